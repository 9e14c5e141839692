package parley.producer.extract;

import org.junit.jupiter.api.Test;
import parley.model.Event;
import parley.model.Kind;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.producer.extract.ExtractorTestSupport.hostOf;
import static parley.producer.extract.ExtractorTestSupport.of;
import static parley.producer.extract.ExtractorTestSupport.run;

/** The popes as the Holy See's sovereigns, personal names that contain a title word ("Amir", "Sheikh") or a nickname. */
class HolySeeAndTitledNamesTest {

    private static List<String> visits(List<Event> ev) {
        return of(ev, Kind.VISIT).stream().map(e -> e.actor().name() + "/" + e.actor().country() + ">" + hostOf(e)).toList();
    }

    @Test
    void aNicknameInQuotesDoesNotCutTheName() {
        assertThat(visits(run("2023-09-09", "President Ferdinand \"Bongbong\" Marcos Jr. arrived in Jakarta on Monday.")))
                .containsExactly("Ferdinand Marcos Jr./PHL>IDN");
        assertThat(visits(run("2023-09-09", "President Ferdinand “Bongbong” Marcos Jr. arrived in Jakarta on Monday.")))
                .containsExactly("Ferdinand Marcos Jr./PHL>IDN");
    }

    @Test
    void popesSpeakForTheHolySee() {
        assertThat(visits(run("2025-09-20", "Pope Leo XIV received Lebanese President Joseph Aoun at the Vatican on Thursday.")))
                .containsExactly("Joseph Aoun/LBN>VAT");
        assertThat(visits(run("2024-06-14", "Pope Francis met Brazilian President Luiz Inacio Lula da Silva at the Vatican on Wednesday.")))
                .extracting(v -> v.substring(v.indexOf('/') + 1)).containsExactly("BRA>VAT");
        // no country word in the sentence: only the KB knows the pope's
        assertThat(of(run("2025-09-20", "Pope Leo XIV said on Sunday that the people of Gaza needed an immediate ceasefire."), Kind.STATEMENT))
                .extracting(e -> e.actor().name() + "/" + e.actor().country()).containsExactly("Pope Leo XIV/VAT");
    }

    @Test
    void aTitleWordInsideANameKeepsTheWholeName() {
        // "Abdul" (servant of) takes the next word, known or not
        assertThat(visits(run("2025-09-20", "Jordanian envoy Abdul Amir Haddad arrived in Baghdad on Monday.")))
                .containsExactly("Abdul Amir Haddad/JOR>IRQ");
        assertThat(visits(run("2025-09-20", "Iraqi Interior Minister Abdul Amir al-Shammari arrived in Tehran on Tuesday for talks.")))
                .containsExactly("Abdul Amir al-Shammari/IRQ>IRN");
        // a KB name with a title word after a given name, the title before it still a title
        assertThat(visits(run("2024-03-10", "Somali President Hassan Sheikh Mohamud arrived in Nairobi on Sunday.")))
                .containsExactly("Hassan Sheikh Mohamud/SOM>KEN");
    }
}
