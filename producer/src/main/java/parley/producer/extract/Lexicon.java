package parley.producer.extract;

import java.util.Set;

/** Word lists the rules use (lower case). */
final class Lexicon {
    private Lexicon() { }

    /** Words of titles and roles ("Russian Security Council Secretary", "head of ... services"). */
    static final Set<String> TITLE = set("president", "vice", "prime", "minister", "ministers", "premier", "chancellor", "secretary",
            "general", "secretary-general", "foreign", "defence", "defense", "interior", "deputy", "assistant", "state", "spokesman",
            "spokesperson", "spokeswoman", "ambassador", "envoy", "special", "representative", "director", "director-general",
            "head", "chief", "chairman", "chairwoman", "chair", "speaker", "senator", "governor", "king", "queen", "prince",
            "princess", "crown", "emir", "amir", "sheikh", "sayyid", "sayed", "shaikh", "sultan", "admiral", "honourable", "honorable", "chairperson", "undersecretary", "dame", "lord", "baroness", "adviser", "advisor", "aide", "commissioner", "commander",
            "leader", "mayor", "mr", "mrs", "ms", "dr", "sir", "ayatollah", "high", "lieutenant", "colonel", "gen", "press",
            "pm", "mp", "lawmaker", "analyst", "expert", "official", "diplomat", "founder", "executive", "security", "national",
            "intelligence", "affairs", "first", "top", "former", "ex", "acting", "interim", "senior", "supreme", "council",
            "service", "services", "federal", "foreign-policy", "policy", "counterpart", "president-elect", "monarch", "emperor",
            "field", "marshal", "general-secretary", "member", "members", "deputies", "spokespeople", "officer", "officers",
            "economy", "finance", "trade", "energy", "economic", "external", "relations", "defense-minister", "army", "staff",
            "joint", "chiefs", "national-security", "state-owned", "director-", "hon", "excellency", "his", "her", "majesty",
            "highness", "presidential", "administration", "government", "cabinet", "parliament", "parliamentary", "political",
            "commission", "european", "agency", "committee", "department", "ministry", "office", "assembly", "majority", "minority",
            "opposition", "party", "ruling", "general-director", "ceo", "author", "journalist", "researcher", "professor", "scholar",
            "fellow", "delegation", "columnist", "editor", "correspondent", "observer", "political-analyst", "military", "veteran", "retired");

    /** Words that make a capitalized run an organization, event or thing rather than a person. */
    static final Set<String> ORG = set("ministry", "party", "institute", "council", "service", "services", "agency", "university",
            "radio", "news", "corridor", "summit", "forum", "union", "organization", "organisation", "company", "bank", "group",
            "army", "forces", "committee", "parliament", "assembly", "congress", "senate", "department", "office", "commission",
            "mission", "program", "programme", "agreement", "treaty", "process", "day", "war", "sea", "region", "republic",
            "federation", "states", "nations", "alliance", "house", "palace", "square", "street", "airport", "station", "center",
            "centre", "foundation", "association", "front", "movement", "court", "times", "post", "journal", "tv", "television",
            "channel", "daily", "review", "media", "network", "initiative", "project", "pipeline", "corporation", "inc", "ltd",
            "holding", "fund", "bureau", "guard", "police", "navy", "air", "force", "cabinet", "government", "administration",
            "authority", "authorities", "embassy", "consulate", "club", "cup", "games", "olympics", "championship", "conference",
            "talks", "declaration", "statement", "strategy", "doctrine", "zone", "district", "province", "city", "island",
            "islands", "mountains", "river", "lake", "gulf", "strait", "ocean", "bay", "valley", "peninsula", "east", "west",
            "north", "south", "middle", "central", "caucasus", "asia", "europe", "africa", "america", "studies", "research",
            "policy", "security", "development", "cooperation", "partnership", "transport", "energy", "gas", "oil", "green",
            "vision", "world", "global", "international", "national", "democratic", "liberty", "freedom", "post", "herald",
            "gazette", "tribune", "press", "agence", "reuters", "tass", "ria", "interfax", "xinhua", "al", "jazeera", "bbc", "cnn",
            "network", "channel", "church", "mosque", "cathedral", "hall", "hotel", "stadium", "bridge", "route", "road",
            "railway", "port", "base", "dam", "plant", "reactor", "canal", "airbase", "shoal", "reef", "kremlin", "pentagon", "capitol", "duma", "majlis", "knesset", "bundestag", "rada",
            "convention", "charter", "accord", "accords", "act", "law", "bill", "resolution", "plan", "format", "platform",
            "group", "troika", "quartet", "dialogue", "week", "month", "year", "eve", "christmas", "easter", "ramadan", "eid",
            "covid", "coronavirus", "mr", "expo", "cop", "g7", "g20", "brics", "sco", "asean", "opec", "who", "imf", "wto", "nato");

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

    static final Set<String> SPEECH = set("said", "says", "stated", "states", "told", "tells", "declared", "declares", "claimed",
            "claims", "warned", "warns", "noted", "notes", "stressed", "stresses", "emphasized", "emphasised", "emphasizes",
            "emphasises", "commented", "comments", "remarked", "remarks", "argued", "argues", "added", "adds", "announced",
            "announces", "asserted", "asserts", "insisted", "insists", "underlined", "underlines", "underscored", "underscores",
            "accused", "accuses", "criticized", "criticised", "criticizes", "criticises", "lambasted", "condemned", "condemns",
            "urged", "urges", "answered", "replied", "responded", "explained", "explains", "disclosed", "discloses", "revealed",
            "reveals", "wrote", "writes", "tweeted", "affirmed", "reiterated", "reiterates", "highlighted", "highlights",
            "acknowledged", "acknowledges", "denied", "denies", "rejected", "rejects", "assured", "confirmed", "confirms",
            "slammed", "blasted", "praised", "praises", "opined", "suggested", "suggests", "recalled", "observed", "mentioned",
            "believes", "considers", "thinks", "echoed", "voiced", "lamented", "complained", "demanded", "demands", "vowed",
            "pledged", "promised", "admitted", "conceded", "estimated", "predicted", "described", "characterized", "called",
            "dismissed", "hailed", "welcomed", "expressed", "shared", "spoke", "speaks");

    static final Set<String> SPEECH_PART = set("saying", "stating", "noting", "stressing", "adding", "warning", "claiming",
            "accusing", "arguing", "emphasizing", "emphasising", "insisting", "declaring", "underlining", "explaining", "asserting",
            "calling", "urging", "criticizing", "criticising", "describing", "telling", "affirming", "reaffirming");

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
