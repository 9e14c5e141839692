package parley.producer.extract;

import java.util.List;
import java.util.Set;

/** Word lists the rules use (lower case). */
final class Lexicon {
    private Lexicon() { }

    /** Words of titles and roles ("Russian Security Council Secretary", "head of ... services"). */
    static final Set<String> TITLE = Triggers.words(Triggers.TITLES);

    /** Abbreviated title → the title it stands for ("eam" → "external affairs minister"). */
    static final java.util.Map<String, String> TITLE_ABBREVIATIONS = java.util.Map.copyOf(Triggers.entries(Triggers.TITLE_ABBREVIATIONS));

    /** Words that make a capitalized run an organization, event or thing rather than a person. */
    static final Set<String> ORG = Triggers.words(Triggers.ORG_WORDS);

    /** Shortest title or body word whose misspellings are looked for ("Minsitry", "Presdient"). */
    static final int MISSPELT_MIN = 7;
    /** The long one-word title and body words. */
    private static final Set<String> LONG_TITLE_OR_ORG = longWords();
    /** Each of those with one letter dropped ("ambasador"). */
    private static final Set<String> DROPPED_LETTER = droppedLetter();

    private static Set<String> longWords() {
        Set<String> out = new java.util.HashSet<>();
        for (Set<String> words : List.of(TITLE, ORG))
            for (String w : words) if (w.length() >= MISSPELT_MIN && w.indexOf(' ') < 0) out.add(w);
        return out;
    }

    private static Set<String> droppedLetter() {
        Set<String> out = new java.util.HashSet<>();
        for (String w : LONG_TITLE_OR_ORG) for (int i = 0; i < w.length(); i++) out.add(w.substring(0, i) + w.substring(i + 1));
        return out;
    }

    /**
     * A title or body word with two letters swapped, one dropped or one added ("minsitry", "presidnet", "ambasador",
     * "ministery"): no one's name. An added letter that doubles its neighbour is a name's own spelling ("Marshall").
     */
    static boolean misspeltTitleOrOrg(String low) {
        if (low.length() < MISSPELT_MIN - 1 || TITLE.contains(low) || ORG.contains(low)) return false;
        if (DROPPED_LETTER.contains(low)) return true;
        char[] c = low.toCharArray();
        for (int i = 0; i + 1 < c.length; i++) {
            if (c[i] == c[i + 1]) continue;
            char x = c[i]; c[i] = c[i + 1]; c[i + 1] = x;
            boolean hit = LONG_TITLE_OR_ORG.contains(new String(c));
            c[i + 1] = c[i]; c[i] = x;
            if (hit) return true;
        }
        for (int i = 0; i < c.length; i++) {
            if (i > 0 && c[i] == c[i - 1] || i + 1 < c.length && c[i] == c[i + 1]) continue;
            if (LONG_TITLE_OR_ORG.contains(low.substring(0, i) + low.substring(i + 1))) return true;
        }
        return false;
    }

    /** Capitalized words that are not names when they open a sentence or stand alone. */
    static final Set<String> STOP = set("the", "a", "an", "in", "on", "at", "after", "before", "during", "according", "speaking",
            "however", "but", "and", "or", "both", "this", "that", "these", "those", "it", "he", "she", "they", "we", "i", "you",
            "his", "her", "their", "its", "our", "my", "as", "by", "for", "from", "with", "without", "while", "when", "where",
            "which", "who", "whom", "what", "why", "how", "if", "then", "also", "meanwhile", "earlier", "later", "last", "next",
            "since", "until", "among", "despite", "although", "though", "yet", "so", "hence", "thus", "moreover", "furthermore",
            "indeed", "prior", "following", "recently", "today", "yesterday", "tomorrow", "there", "here", "all", "some", "many",
            "most", "such", "other", "another", "one", "two", "three", "four", "five", "first", "second", "third", "no", "not",
            "nor", "every", "each", "any", "more", "less", "over", "under", "about", "against", "between", "into", "through",
            "still", "even", "just", "only", "now", "once", "again", "further", "besides", "instead", "otherwise", "therefore",
            "nevertheless", "nonetheless", "accordingly", "consequently", "additionally", "notably", "similarly", "likewise",
            "overall", "finally", "lastly", "firstly", "secondly", "photo", "video", "read", "see", "share", "source", "sources",
            "click", "subscribe", "follow", "related", "advertisement", "comments", "tags", "news", "home", "opinion", "analysis",
            "interview", "update", "updated", "breaking", "exclusive", "reporting", "editing", "writing", "by", "via", "credit",
            "getty", "images", "afp", "ap", "reuters", "file", "caption", "pictured", "above", "below", "left", "right", "top",
            "bottom", "western", "eastern", "northern", "southern", "mid", "de", "la", "le", "el", "al", "der", "von", "van",
            "good", "new", "old", "great", "big", "small", "high", "low", "long", "well", "yes", "please", "thank", "thanks",
            "dear", "let", "may", "must", "can", "will", "would", "should", "could", "might", "shall", "do", "does", "did",
            "is", "are", "was", "were", "be", "been", "has", "have", "had", "amid", "amidst", "regarding", "concerning", "unlike",
            "like", "within", "toward", "towards", "upon", "whereas", "whether", "because", "unless", "although", "given",
            "having", "being", "asked", "answering", "responding", "commenting", "addressing", "referring", "noting", "stressing",
            "talking", "writing", "quoted", "cited", "citing", "earlier", "previously", "currently", "presently", "nowadays");

    static final Set<String> PARTICLES = set("von", "der", "den", "de", "la", "le", "du", "da", "dos", "das", "di", "van", "bin",
            "ibn", "al", "el", "y", "bint", "ben", "abu", "al-");

    static final Set<String> TIME_WORDS = set("january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    /** Weekdays: "President X Friday visited Y" dates the verb, it does not end the name. */
    static final Set<String> WEEKDAYS = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    static final Set<String> SPEECH = Triggers.words(Triggers.SPEECH_VERBS);

    static final Set<String> SPEECH_PART = Triggers.words(Triggers.SPEECH_PARTICIPLES);

    static final Set<String> NEWS_AGENCIES = Triggers.words(Triggers.NEWS_AGENCIES);

    /** Heads of a speaker phrase that names nobody ("officials", "a security official", "aid workers"). */
    static final Set<String> UNNAMED = Triggers.words(Triggers.UNNAMED_SPEAKERS);
    /** Courtesies of talks ("expressed gratitude"): after "expressed" no public statement. */
    static final Set<String> COURTESY = Triggers.words(Triggers.COURTESY_NOUNS);
    /** Words of a local official's title ("a local police official"): the story's place is the official's country. */
    static final Set<String> LOCAL = Triggers.words(Triggers.LOCAL_WORDS);

    static final Set<String> VISIT_VERBS = Triggers.words(Triggers.VISIT_VERBS);
    static final Set<String> MOVE_VERBS = Triggers.words(Triggers.MOVE_VERBS);
    static final Set<String> VISIT_NOUNS = Triggers.words(Triggers.VISIT_NOUNS);
    static final Set<String> RECEIVE = Triggers.words(Triggers.RECEIVE_VERBS);
    static final Set<String> MEET = Triggers.words(Triggers.MEET_WORDS);
    static final Set<String> GATHERINGS = Triggers.words(Triggers.GATHERINGS);

    static final Set<String> MODAL = set("will", "would", "'ll", "shall", "may", "might", "could", "should", "must", "plans", "planned",
            "planning", "plan", "intends", "intend", "intended", "expected", "scheduled", "invited", "invites", "inviting",
            "invitation", "upcoming", "forthcoming", "future", "possible", "proposed", "potential", "next", "hopes", "hope",
            "hoped", "wants", "want", "wanted", "if", "unless", "whether", "ready", "likely", "unlikely", "prepare", "prepares",
            "preparing", "preparation", "preparations", "agreed", "agree", "agrees", "due", "set", "would-be", "cancelled", "canceled",
            "postponed", "called", "calls", "urged", "offered", "proposal", "propose", "proposes", "refused", "declined",
            "not", "never", "n't", "no", "without", "to");

    static final Set<String> HABIT = set("repeatedly", "regularly", "often", "usually", "routinely", "frequently", "traditionally",
            "annually", "sometimes");

    private static Set<String> set(String... w) { return Set.copyOf(java.util.Arrays.asList(w)); }

    static boolean isTimeWord(String low) { return TIME_WORDS.contains(low.replace(".", "")); }
}
