package parley.producer.extract;

import org.junit.jupiter.api.Test;
import parley.model.Event;
import parley.model.Kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Every entry of the news-agency list is a source, never a speaker, while a person in its place still speaks. */
class NewsAgenciesTest {

    @Test
    void noAgencyOfTheListIsEverTheSpeaker() {
        List<String> spoke = new ArrayList<>();
        for (String agency : Triggers.words(Triggers.NEWS_AGENCIES)) {
            String name = display(agency);
            for (String text : List.of(
                    name + " said on Monday that Chile and Peru would sign a border accord.",
                    "According to " + name + ", the Peruvian foreign minister said on Monday that the accord was ready.")) {
                for (Event e : ExtractorTestSupport.run("2025-03-11", text))
                    if (e.kind() == Kind.STATEMENT && e.actor().name() != null
                            && e.actor().name().toLowerCase(Locale.ROOT).contains(agency)) spoke.add(agency + ": " + text);
            }
        }
        assertThat(spoke).isEmpty();
    }

    @Test
    void aPersonInTheAgencysPlaceStillSpeaks() {
        List<Event> ev = ExtractorTestSupport.run("2025-03-11",
                "Chilean Foreign Minister Alberto van Klaveren said on Monday that Chile and Peru would sign a border accord.");
        assertThat(ev).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(Kind.STATEMENT);
            assertThat(e.actor().country()).isEqualTo("CHL");
        });
    }

    /** As a report writes it: short names in capitals (AFP, TASS), others capitalised word by word. */
    private static String display(String entry) {
        if (entry.length() <= 5 && !entry.contains(" ")) return entry.toUpperCase(Locale.ROOT);
        StringBuilder b = new StringBuilder();
        boolean start = true;
        for (char c : entry.toCharArray()) {
            b.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-';
        }
        return b.toString();
    }
}
