package parley.producer.extract;

import org.junit.jupiter.api.Test;
import parley.model.Event;
import parley.model.Kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every entry of every trigger file fires: its example sentence yields the file's kind of event. */
class TriggersTest {

    static final Map<String, Kind> KIND = Map.of(
            Triggers.VISIT_VERBS, Kind.VISIT, Triggers.MOVE_VERBS, Kind.VISIT, Triggers.VISIT_NOUNS, Kind.VISIT,
            Triggers.RECEIVE_VERBS, Kind.VISIT, Triggers.GATHERINGS, Kind.VISIT, Triggers.CEREMONIES, Kind.VISIT, Triggers.MEET_WORDS, Kind.MEETING, Triggers.CALL_RECEIVE_VERBS, Kind.CALL,
            Triggers.SPEECH_VERBS, Kind.STATEMENT, Triggers.SPEECH_PARTICIPLES, Kind.STATEMENT);

    /** Entries whose example yields no event of the file's kind, as "file: entry: example". */
    static List<String> silent() {
        List<String> bad = new ArrayList<>();
        for (Map.Entry<String, Kind> f : KIND.entrySet()) {
            for (Map.Entry<String, String> e : Triggers.entries(f.getKey()).entrySet()) {
                String example = e.getValue();
                if (example == null || !example.toLowerCase(java.util.Locale.ROOT).matches("(?s).*\\b" + java.util.regex.Pattern.quote(e.getKey()) + "\\b.*")) {
                    bad.add(f.getKey() + ": " + e.getKey() + ": no example containing it");
                    continue;
                }
                List<Event> ev = ExtractorTestSupport.run("2025-03-07", example);
                if (ev.stream().noneMatch(x -> x.kind() == f.getValue())) bad.add(f.getKey() + ": " + e.getKey() + ": " + example);
            }
        }
        return bad;
    }

    @Test
    void everyTriggerEntryFiresOnItsExample() {
        assertThat(silent()).isEmpty();
    }

    @Test
    void everyRuleFileLoads() {
        for (String f : Triggers.FILES) assertThat(Triggers.words(f)).as(f).isNotEmpty();
        assertThat(Lexicon.SPEECH).contains("said", "told");
        assertThat(Lexicon.TITLE).contains("minister", "president");
    }

    @Test
    void versionsAreHashesOfRulesAndKb() {
        assertThat(RuleExtractor.VERSION).matches("2\\.[0-9a-f]{12}");
        assertThat(RuleExtractor.INFO.kbVersion()).matches("[0-9a-f]{12}");
        // another set of resources gives another hash
        assertThat(RulesVersion.hash(List.of(), List.of(Triggers.TITLES)))
                .isNotEqualTo(RulesVersion.hash(List.of(), List.of(Triggers.ORG_WORDS)));
        Event e = ExtractorTestSupport.run("2025-03-07", "Kenyan President William Ruto visited Ghana on Monday.").get(0);
        assertThat(e.extractor().version()).isEqualTo(RuleExtractor.VERSION);
    }
}
