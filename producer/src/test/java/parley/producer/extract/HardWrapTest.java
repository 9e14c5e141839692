package parley.producer.extract;

import org.junit.jupiter.api.Test;
import parley.model.Event;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.producer.extract.ExtractorTestSupport.run;

/** Issue #14 class 7: an article hard-wrapped at 60 columns (LF, CR or CRLF) yields exactly the events of the unwrapped one. */
class HardWrapTest {

    /** Articles written for this test: a wire story with a dateline, a government readout, translated state media, a release. */
    static final List<String> ARTICLES = List.of(
            "NAIROBI, Kenya (AP) - Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Addis Ababa on Tuesday, "
                    + "the second meeting of the two leaders this year.\n\n"
                    + "Ruto said the two countries would complete the road corridor by the end of the year, and Abiy told reporters that "
                    + "the talks had been very productive.\n\n"
                    + "On Wednesday, Ruto spoke by phone with Somali President Hassan Sheikh Mohamud about the security situation.",
            "Vientiane (KPL) - Lao Prime Minister Sonexay Siphandone received a phone call from Vietnamese Prime Minister Pham Minh Chinh "
                    + "on Monday afternoon. The two sides reviewed the implementation of the agreements reached during the visit of the "
                    + "Vietnamese leader to Laos in January.\n\n"
                    + "Sonexay stressed that the special relationship between the two parties and the two states is an invaluable asset.",
            "Media release\nMinister for Foreign Affairs\n\n"
                    + "Today the Foreign Minister of Australia, Penny Wong, met her counterparts from Fiji, Tonga and Samoa in Suva on the "
                    + "sidelines of the Pacific Islands Forum foreign ministers meeting, and discussed climate finance and regional security.",
            "Montevideo, 14 May (EFE) - Uruguayan President Yamandu Orsi travelled to Brasilia on Tuesday for a two-day state visit, "
                    + "during which he was received by Brazilian President Luiz Inacio Lula da Silva at the Planalto Palace.\n\n"
                    + "Lula said on Wednesday that the well-known dispute over the bridge had been settled.");

    static String wrap(String text, int width, String eol) {
        StringBuilder out = new StringBuilder();
        String[] paras = text.split("\n", -1);
        for (int p = 0; p < paras.length; p++) {
            if (p > 0) out.append(eol);
            int col = 0;
            for (String w : paras[p].split(" ")) {
                if (col > 0 && col + 1 + w.length() > width) { out.append(eol); col = 0; }
                else if (col > 0) { out.append(' '); col++; }
                out.append(w);
                col += w.length();
            }
        }
        return out.toString();
    }

    private static List<String> keys(List<Event> ev) {
        List<String> k = new ArrayList<>();
        for (Event e : ev) k.add(e.eventKey());
        return k;
    }

    @Test
    void wrappedAt60ColumnsYieldsTheSameEvents() {
        for (String a : ARTICLES) {
            List<String> plain = keys(run("2025-05-15", a));
            assertThat(plain).as("the unwrapped article has events: %s", a).isNotEmpty();
            for (String eol : List.of("\n", "\r", "\r\n")) {
                String wrapped = wrap(a, 60, eol);
                assertThat(wrapped.split(eol.equals("\r\n") ? "\r\n" : eol).length).isGreaterThan(a.split("\n").length);
                assertThat(keys(run("2025-05-15", wrapped))).as("wrapped with %s", eol.replace("\r", "CR").replace("\n", "LF"))
                        .containsExactlyElementsOf(plain);
            }
        }
    }

    @Test
    void unwrappedTextIsLeftAlone() {
        String a = ARTICLES.get(0);
        assertThat(Unwrap.paragraphs(a)).isEqualTo(a);
        assertThat(Unwrap.paragraphs(wrap(a, 60, "\n"))).isEqualTo(a.replace("\n\n", "\n\n"));
    }
}
