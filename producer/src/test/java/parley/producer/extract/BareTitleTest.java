package parley.producer.extract;

import org.junit.jupiter.api.Test;
import parley.model.Event;
import parley.model.Kind;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.producer.extract.ExtractorTestSupport.hostOf;
import static parley.producer.extract.ExtractorTestSupport.of;
import static parley.producer.extract.ExtractorTestSupport.run;

/** Releases and briefings name their own officials by a bare or abbreviated title ("Prime Minister met ...", "EAM met ..."). */
class BareTitleTest {

    private static List<String> meetings(List<Event> ev) {
        return of(ev, Kind.MEETING).stream().map(e -> e.actor().name() + "/" + e.actor().country() + "~" + e.counterpart().country()
                + "@" + (e.place() == null ? null : e.place().country())).toList();
    }

    @Test
    void bareTitleInAReleaseIsTheIssuersOfficeHolder() {
        List<Event> ev = run("2024-11-20", "Press release\nMinistry of External Affairs, Government of India\n\n"
                + "On the margins of the summit in Rio de Janeiro on 19 November, Prime Minister met President Emmanuel Macron of France.");
        assertThat(meetings(ev)).containsExactly("Narendra Modi/IND~FRA@BRA");
    }

    @Test
    void abbreviatedTitleWithAListOfCounterparts() {
        List<Event> ev = run("2025-03-01", "Press release\nMinistry of External Affairs, Government of India\n\n"
                + "On the sidelines of the meeting in Cape Town on 12 February, EAM met his counterparts from Kenya, Chile and Italy.");
        assertThat(meetings(ev)).containsExactlyInAnyOrder("Subrahmanyam Jaishankar/IND~KEN@ZAF",
                "Subrahmanyam Jaishankar/IND~CHL@ZAF", "Subrahmanyam Jaishankar/IND~ITA@ZAF");
    }

    /** Without an issuer, the bare title is the person the text last named with that very title, not any foreign minister. */
    @Test
    void withoutIssuerTheBareTitleIsWhoeverLastBoreIt() {
        List<Event> ev = run("2025-03-10", "External Affairs Minister S. Jaishankar held talks with Foreign Secretary David Lammy in London on 5 March.\n\n"
                + "EAM is in Oslo today, the first visit by an Indian minister to Norway in years.");
        assertThat(of(ev, Kind.VISIT).stream().map(e -> e.actor().country() + ">" + hostOf(e)).toList()).contains("IND>NOR")
                .doesNotContain("GBR>NOR");
    }

    /** A title after a word or in apposition is another phrase's: it must not become a second party. */
    @Test
    void titlesInsidePhrasesAreNotBare() {
        List<Event> ev = run("2024-05-22", "Press release\nDepartment of International Relations, South Africa\n\n"
                + "On Tuesday, Minister Ronald Lamola held a telephone conversation with the Minister of Foreign Affairs of Ghana, "
                + "Samuel Okudzeto Ablakwa.");
        assertThat(of(ev, Kind.CALL)).extracting(e -> e.actor().country() + "-" + e.counterpart().country()).containsExactly("ZAF-GHA");
        List<Event> ap = run("2024-03-06", "Ahmed Attaf, the Algerian foreign minister, arrived in Rome on Monday.\n\n"
                + "Mohammed Ali Youssouf, Foreign Minister, held telephone talks yesterday with Mr. Antony Blinken, US Secretary of State.");
        assertThat(of(ap, Kind.CALL)).extracting(e -> e.actor().country()).doesNotContain("DZA");
    }

    /** An abbreviation stands for the whole title after any lower-case word ("a follow-up to EAM's visit"). */
    @Test
    void abbreviatedTitleInsideASentence() {
        List<Event> ev = run("2024-10-22", "Press release\nMinistry of External Affairs, Government of India\n\n"
                + "The two ministers reviewed the follow-up to EAM's visit to Nairobi on 4 October 2024.");
        assertThat(of(ev, Kind.VISIT)).extracting(e -> e.actor().name() + "/" + e.actor().country() + ">" + hostOf(e))
                .containsExactly("Subrahmanyam Jaishankar/IND>KEN");
    }

    @Test
    void abbreviationsReadAsTheirTitles() {
        assertThat(Analyzer.office("eam", "IND")).isEqualTo("Foreign Minister");
        assertThat(Analyzer.office("FM", null)).isEqualTo("Foreign Minister");
        assertThat(Analyzer.office("pm", null)).isEqualTo("Prime Minister");
        assertThat(Analyzer.isPersonRole("eam")).isTrue();
    }
}
