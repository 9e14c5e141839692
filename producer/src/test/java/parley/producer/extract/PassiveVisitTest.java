package parley.producer.extract;

import org.junit.jupiter.api.Test;
import parley.model.Event;
import parley.model.Kind;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.producer.extract.ExtractorTestSupport.hostOf;
import static parley.producer.extract.ExtractorTestSupport.of;
import static parley.producer.extract.ExtractorTestSupport.run;

/** Joint statements recall visits in the passive: "the visit paid to X by Y", "the visit made by Y to X". */
class PassiveVisitTest {

    private static List<String> visits(String pub, String text) {
        return of(run(pub, text), Kind.VISIT).stream().map(e -> e.actor().name() + ":" + e.actor().country() + ">" + hostOf(e) + "@" + e.date()).toList();
    }

    @Test
    void visitPaidToAHostByATraveller() {
        assertThat(visits("2024-06-20", "Both ministers recalled the state visit paid to Ghana by Japanese Prime Minister Fumio Kishida "
                + "on May 1.")).containsExactly("Fumio Kishida:JPN>GHA@2024-05-01");
        assertThat(visits("2024-06-20", "The communique welcomed the official visit made by Turkish President Recep Tayyip Erdogan "
                + "to Algeria on May 3.")).containsExactly("Recep Tayyip Erdoğan:TUR>DZA@2024-05-03");
    }

    /** A formal title without article: "President of the Republic of Kenya William Ruto" is Ruto, not Kenya. */
    @Test
    void formalTitleRightBeforeTheName() {
        assertThat(visits("2024-06-20", "The talks followed the state visit of President of the Republic of Kenya William Ruto "
                + "to Indonesia on May 2.")).containsExactly("William Ruto:KEN>IDN@2024-05-02");
    }
}
