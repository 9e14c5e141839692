package parley.producer.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules' word lists as data: {@code parley/rules/*.txt}, one lower-case entry a line, '#' comments. A trigger
 * file names a template sentence ("#template", with {w} for the entry); an entry may carry its own example after a
 * tab where the template does not fit. TriggersTest runs every entry's sentence and expects the file's event.
 */
final class Triggers {
    private Triggers() { }

    static final String VISIT_VERBS = "visit-verbs.txt";
    static final String MOVE_VERBS = "move-verbs.txt";
    static final String VISIT_NOUNS = "visit-nouns.txt";
    static final String RECEIVE_VERBS = "receive-verbs.txt";
    static final String MEET_WORDS = "meet-words.txt";
    static final String CALL_RECEIVE_VERBS = "call-receive-verbs.txt";
    static final String GATHERINGS = "gatherings.txt";
    static final String SPEECH_VERBS = "speech-verbs.txt";
    static final String SPEECH_PARTICIPLES = "speech-participles.txt";
    static final String TITLES = "titles.txt";
    static final String ORG_WORDS = "org-words.txt";
    static final String NEWS_AGENCIES = "news-agencies.txt";
    static final String TITLE_ABBREVIATIONS = "title-abbreviations.txt";
    static final String UNNAMED_SPEAKERS = "unnamed-speakers.txt";
    static final String COURTESY_NOUNS = "courtesy-nouns.txt";
    static final String LOCAL_WORDS = "local-words.txt";
    static final String CEREMONIES = "ceremonies.txt";

    /** Every rule file (the rules version hashes them all). */
    static final List<String> FILES = List.of(VISIT_VERBS, MOVE_VERBS, VISIT_NOUNS, RECEIVE_VERBS, MEET_WORDS, CALL_RECEIVE_VERBS, GATHERINGS,
            SPEECH_VERBS, SPEECH_PARTICIPLES, TITLES, ORG_WORDS, NEWS_AGENCIES, TITLE_ABBREVIATIONS, UNNAMED_SPEAKERS,
            COURTESY_NOUNS, LOCAL_WORDS, CEREMONIES);

    /** The entries of a rule file. */
    static Set<String> words(String file) {
        return Set.copyOf(entries(file).keySet());
    }

    /** Entry → its example sentence (the template with the entry filled in, or the entry's own); null without either. */
    static Map<String, String> entries(String file) {
        Map<String, String> out = new LinkedHashMap<>();
        String template = null;
        try (InputStream in = Triggers.class.getResourceAsStream("/parley/rules/" + file)) {
            if (in == null) throw new IllegalStateException("missing rule resource parley/rules/" + file);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#template\t")) { template = line.substring("#template\t".length()); continue; }
                if (line.isBlank() || line.startsWith("#")) continue;
                int tab = line.indexOf('\t');
                String w = (tab < 0 ? line : line.substring(0, tab)).strip();
                String example = tab >= 0 ? line.substring(tab + 1).strip() : template == null ? null : template.replace("{w}", w);
                if (!w.equals(w.toLowerCase(java.util.Locale.ROOT))) throw new IllegalStateException(file + ": entry not in lower case: " + w);
                out.put(w, example);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
