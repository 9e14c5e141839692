package parley.producer.extract;

import org.junit.jupiter.api.Test;
import parley.model.Event;
import parley.model.Kind;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.producer.extract.ExtractorTestSupport.of;
import static parley.producer.extract.ExtractorTestSupport.run;

/** Issue #14 class 5: datelines in capitals or mixed case, with agencies and dates, are no part of the first sentence. */
class DatelineTest {

    private static List<String> keys(String pub, String text) {
        return run(pub, text).stream().map(Event::eventKey).toList();
    }

    @Test
    void mixedCaseDatelineWithDateAndAgency() {
        // the dateline's date (14 May) is not the event's: Tuesday before publication is
        assertThat(keys("2025-05-15", "Montevideo, 14 May (EFE) - Uruguayan President Yamandu Orsi travelled to Brasilia on Tuesday."))
                .containsExactly("VISIT|URY|BRA|2025-05-13");
        assertThat(keys("2025-03-07", "Muscat, Mar. 6 (ONA) - Oman's foreign minister received the Iranian Foreign Minister Abbas Araghchi on Wednesday."))
                .containsExactly("VISIT|IRN|OMN|2025-03-05");
        assertThat(keys("2025-03-07", "Vientiane (KPL) – Lao Prime Minister Sonexay Siphandone met Vietnamese Prime Minister Pham Minh Chinh in Hanoi on Wednesday."))
                .containsExactly("VISIT|LAO|VNM|2025-03-05");
    }

    @Test
    void spanishAgencyPeriodDashSeparator() {
        // EFE / Prensa Latina style "(EFE).-": the dateline's day (15 May) is not the event's
        assertThat(keys("2025-05-15", "Lima, May 15 (EFE).- Peruvian President Dina Boluarte travelled to Quito on Tuesday."))
                .containsExactly("VISIT|PER|ECU|2025-05-13");
        assertThat(keys("2025-05-15", "Lima, May 15 (EFE).-Peruvian President Dina Boluarte travelled to Quito on Tuesday."))
                .containsExactly("VISIT|PER|ECU|2025-05-13");
    }

    @Test
    void datelineCountryIsNotTheSpeakers() {
        List<Event> ev = run("2025-03-07", "PARIS (AFP) - Nigeria's presidential spokesman Bayo Onanuga said on Thursday that the talks had been productive.");
        assertThat(of(ev, Kind.STATEMENT)).extracting(e -> e.actor().country()).containsExactly("NGA");
        ev = run("2025-03-07", "GAZIANTEP, Turkey – Syrian Foreign Minister Asaad al-Shaibani said on Monday that refugees would return.");
        assertThat(of(ev, Kind.STATEMENT)).extracting(e -> e.actor().country()).containsExactly("SYR");
    }

    @Test
    void anOrdinarySentenceIsNotADateline() {
        // a parenthesis of lower-case words is a caption note, not an agency: the person stays the subject
        assertThat(keys("2025-03-07", "President William Ruto (centre) - who hosted Ugandan President Yoweri Museveni in Nairobi on Monday - "
                + "said the talks were good.")).contains("STATEMENT|KEN|ruto|2025-03-03");
    }

    @Test
    void arrivedHereIsTheDatelinesCountry() {
        assertThat(keys("2024-02-28", "NAIROBI, Kenya, Feb 28 (CMC) - Ugandan President Yoweri Museveni arrived here on Wednesday "
                + "morning for a two-day summit of regional leaders.")).containsExactly("VISIT|UGA|KEN|2024-02-28");
        assertThat(keys("2023-11-09", "SEOUL, Nov. 9 (Yonhap) -- Japanese Foreign Minister Yoko Kamikawa arrived here Wednesday evening for talks."))
                .containsExactly("VISIT|JPN|KOR|2023-11-08");
    }

    @Test
    void readoutItemHeadersDateTheirToday() {
        String page = "Office of the President - Readouts\n\n"
                + "President Ruto speaks with President Museveni\n\n"
                + "March 12, 2024 - Nairobi, Kenya\n\n"
                + "President William Ruto today spoke by phone with President Yoweri Museveni of Uganda.\n\n"
                + "President Ruto welcomes President Kagame\n\n"
                + "8 March 2024 - Nairobi\n\n"
                + "President William Ruto today welcomed President Paul Kagame of Rwanda to State House.\n";
        assertThat(keys("2024-03-12", page)).contains("CALL|KEN|UGA|2024-03-12", "VISIT|RWA|KEN|2024-03-08");
    }

    @Test
    void anOldOrFutureDateLineIsNoItemHeader() {
        assertThat(RuleExtractor.itemDate("March 12, 2024 - Nairobi, Kenya", java.time.LocalDate.parse("2024-03-12")))
                .isEqualTo(java.time.LocalDate.parse("2024-03-12"));
        assertThat(RuleExtractor.itemDate("March 12, 2021", java.time.LocalDate.parse("2024-03-12"))).isNull();
        assertThat(RuleExtractor.itemDate("March 14, 2024", java.time.LocalDate.parse("2024-03-12"))).isNull();
        assertThat(RuleExtractor.itemDate("President Ruto met Kagame on March 8, 2024 in Nairobi.", java.time.LocalDate.parse("2024-03-12"))).isNull();
    }

    /** A month and day right after the city, with no comma: the story is told where the host is, so the guests came. */
    @Test
    void datelineWithoutCommaBeforeItsDate() {
        assertThat(keys("2022-02-06", "Nairobi February 5/2022 /KNA/ President Uhuru Kenyatta held talks with Ghanaian President "
                + "Nana Akufo-Addo on Saturday."))
                .containsExactly("VISIT|GHA|KEN|2022-02-05");
        assertThat(keys("2024-07-05", "Astana. July 4. KazTAG - President Kassym-Jomart Tokayev held talks with Turkish President "
                + "Recep Tayyip Erdogan on Thursday."))
                .containsExactly("VISIT|TUR|KAZ|2024-07-04");
    }

    /** The lead after a dateline is the report's news: a trip of months before, told later, does not absorb it. */
    @Test
    void theLeadIsNotTheBackgroundTrip() {
        List<String> k = keys("2024-07-04", "Ruto met Museveni\n\nNairobi. July 4. KNA - President William Ruto held a meeting "
                + "with Ugandan President Yoweri Museveni.\n\nMuseveni last paid a state visit to Kenya in November last year.");
        assertThat(k).contains("VISIT|UGA|KEN|2024-07-04", "VISIT|UGA|KEN|2023-11-01");
        // without a dateline the undated talk may be the background trip told again: one visit
        k = keys("2024-07-04", "President William Ruto held a meeting with Ugandan President Yoweri Museveni in Nairobi.\n\n"
                + "Museveni paid a state visit to Kenya in November last year.");
        assertThat(k).containsExactly("VISIT|UGA|KEN|2023-11-01");
    }

    @Test
    void aSavedPagesDateStampDoesNotHideTheDateline() {
        // a stamp a scraper or archive puts before the text is metadata: the dateline and its agency still open the story
        String story = "Nairobi (KNA) - Ugandan President Yoweri K. Museveni, Jr. arrived in Nairobi on Thursday afternoon, beginning his State visit.";
        assertThat(keys("2025-03-07", "Published: 2025-03-06T09:30Z\n" + story)).containsExactly("VISIT|UGA|KEN|2025-03-06");
        assertThat(keys("2025-03-07", " date 2025-03-06 " + story)).containsExactly("VISIT|UGA|KEN|2025-03-06");
        // a date inside the text is no stamp
        assertThat(keys("2025-03-07", "The visit was dated 2025-03-06 in the minutes, the ministry said.")).isEmpty();
    }

    /** "Russia November 23, 2014, 23:42" above the story is a section label and a stamp; the dateline is the later "VIENNA". */
    @Test
    void aSectionAndTimeStampIsNoDateline() {
        List<Event> ev = run("2014-11-23", "Russia November 23, 2014, 23:42\n\nVIENNA, November 23 (TASS) - Russian Foreign Minister "
                + "Sergei Lavrov met his Iranian counterpart Javad Zarif on Sunday.");
        assertThat(of(ev, Kind.VISIT)).noneSatisfy(e -> assertThat(e.place().country()).isEqualTo("RUS"));
    }

    /** "A and B will have a call on November 24, X said on Sunday at a meeting with Y": the plan's day does not date the meeting. */
    @Test
    void aPlansDayDoesNotDateWhatHappened() {
        List<Event> ev = run("2014-11-23", "The presidents of Russia and Iran will have a telephone conversation on November 24, Russian "
                + "Foreign Minister Sergei Lavrov said on Sunday at a meeting with his Iranian counterpart Javad Zarif.");
        assertThat(of(ev, Kind.MEETING)).singleElement().satisfies(e -> assertThat(e.date()).hasToString("2014-11-23"));
    }

    /** "met X of France and agreed to make the 2024 Summer Olympics in Paris a success": Paris is not where they met. */
    @Test
    void aPlaceInALaterVerbPhraseIsNotTheMeetings() {
        List<Event> ev = run("2021-12-12", "Japanese Foreign Minister Yoshimasa Hayashi met with Jean-Yves Le Drian of France on Saturday "
                + "and agreed to work together to make the 2024 Summer Olympics in Paris a success.");
        assertThat(of(ev, Kind.VISIT)).isEmpty();
        assertThat(of(ev, Kind.MEETING)).hasSize(1);
    }

    /** "ULAANBAATAR (Montsame) - X wrapped up his two-day visit today": a trip with no place named is where the story is filed. */
    @Test
    void aTripEndedUnderTheDateline() {
        assertThat(keys("2020-09-16", "ULAANBAATAR, Sept. 15 (Montsame) - Chinese Foreign Minister Wang Yi wrapped up his two-day visit today."))
                .singleElement().satisfies(k -> assertThat(k).startsWith("VISIT|CHN|MNG|"));
        assertThat(keys("2020-09-16", "BEIJING, Sept. 15 (Xinhua) - Chinese Foreign Minister Wang Yi wrapped up his two-day visit today.")).isEmpty();
        assertThat(keys("2020-09-16", "Chinese Foreign Minister Wang Yi wrapped up his two-day visit today.")).isEmpty();
        // the noun forms: "the visit paid by X", "the visit of X ... ended"
        assertThat(keys("2020-09-16", "ULAANBAATAR, Sept. 15 (Montsame) - The two-day visit paid by Chinese Foreign Minister Wang Yi wrapped up today."))
                .singleElement().satisfies(k -> assertThat(k).startsWith("VISIT|CHN|MNG|"));
        assertThat(keys("2020-09-16", "ULAANBAATAR, Sept. 15 (Montsame) - The visit of Chinese Foreign Minister Wang Yi ended on Tuesday."))
                .containsExactly("VISIT|CHN|MNG|2020-09-15");
    }
}
