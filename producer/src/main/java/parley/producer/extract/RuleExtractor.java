package parley.producer.extract;

import parley.model.Codes;
import parley.model.DatePrecision;
import parley.model.Event;
import parley.model.EventKeys;
import parley.model.ExtractorInfo;
import parley.model.Kind;
import parley.model.Party;
import parley.model.Place;
import parley.model.Source;
import parley.model.Text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rule-based event extractor: sentence split (OpenNLP), gazetteer and title rules for mentions, trigger rules
 * for VISIT / MEETING / CALL / STATEMENT, plan/hypothetical filters, date resolution against the publication day,
 * document-level coreference and merging (one event per trip, per pair and day, per speaker and occasion).
 * Stateless apart from the shared immutable KB and models: safe to use from several threads.
 */
public final class RuleExtractor implements Extractor {
    public static final String NAME = "rules";
    /** "2." + a hash of the rule classes and word lists; the KB version is a hash of the KB files (see RulesVersion). */
    public static final String VERSION = RulesVersion.RULES;
    static final ExtractorInfo INFO = new ExtractorInfo(NAME, VERSION, RulesVersion.KB);

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RuleExtractor.class);
    private static final java.util.concurrent.atomic.AtomicLong FAILED_SENTENCES = new java.util.concurrent.atomic.AtomicLong();
    /** Tests set this (-Dparley.extract.strict=true, as surefire does): a rule that throws fails the test instead. */
    static final boolean STRICT = Boolean.getBoolean("parley.extract.strict");

    /** Sentences a rule failed on since start (each is logged with its source id and skipped). */
    public static long failedSentences() { return FAILED_SENTENCES.get(); }

    private final Kb kb;

    public RuleExtractor() {
        this.kb = Kb.get();
    }

    /** Loads the KB and models now (they are otherwise loaded on first use). */
    public static void warmUp() {
        Kb.get();
        Nlp.sentences("Warm up. Done.");
        Nlp.tags(Tok.tokenize("Warm up."));
    }

    private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern.compile(
            "^\\p{Lu}[\\p{Lu} .'’-]{2,40}(?:,\\s*[\\p{L} .]{2,30})?(?:,\\s*[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2})?\\s*(?:\\([^)]{1,40}\\))?\\s*(?:\\.-\\s*|[—–-]{1,2}\\s+)");

    /** "Muscat, Mar. 6 (ONA) -", "Vientiane (KPL) –", "Montevideo, 14 May (EFE) -": a mixed-case place needs a date or an agency. */
    private static final java.util.regex.Pattern DATELINE_MIXED = java.util.regex.Pattern.compile(
            "^\\p{Lu}[\\p{L}'’.-]+(?:\\s\\p{Lu}[\\p{L}'’.-]+){0,2}(?:,\\s*\\p{Lu}[\\p{L}.]+(?:\\s\\p{Lu}[\\p{L}.]+){0,2})?"
            + "(?:(?:,\\s*(?:[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?|\\d{1,2}\\s+[A-Z][a-z]{2,8}\\.?(?:,?\\s+\\d{4})?))\\s*(?:\\([^)]{1,40}\\))?"
            + "|\\s*\\(\\p{Lu}[\\p{L}/&.-]*(?:\\s\\p{Lu}[\\p{L}/&.-]*){0,3}\\))\\s*(?:\\.-\\s*|[—–-]{1,2}\\s+)");   // (an agency: capitalised words)

    /**
     * "Astana. July 4. KazTAG -", "Addis Ababa February 6/2022 /ENA/": a city, its month and day with no comma, and an
     * agency's name; the city must be a known place (read in {@link #datelineEnd}).
     */
    private static final java.util.regex.Pattern DATELINE_DATED = java.util.regex.Pattern.compile(
            "^(\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+){0,2})[.,]?\\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}"
            + "(?:/\\d{2,4}|,?\\s+\\d{4})?\\.?\\s*(?:/\\p{Lu}{2,10}/|\\(\\p{Lu}[\\p{L}]{1,15}\\)|\\p{Lu}[\\p{L}]{2,15}(?=\\s+[—–-]))\\s*(?:[—–-]{1,2}\\s*)?");

    /** An aggregator's credit before the dateline: "(MENAFN- Kuwait News Agency (KUNA)) NEW DELHI, Sept 10 (KUNA) --". */
    private static final java.util.regex.Pattern SYNDICATION_CREDIT = java.util.regex.Pattern.compile(
            "(?m)^[ \\t]*\\(\\p{Lu}[\\p{L}]{2,15}-\\s?[^()\\n]{2,60}(?:\\([^()\\n]{1,20}\\))?\\)[ \\t]*");

    /**
     * A machine date stamp opening a line of a saved page ("date 2023-09-10", "Published: 2023-09-10T08:00Z"): metadata,
     * not text; left in, it hides the dateline after it.
     */
    private static final java.util.regex.Pattern DATE_STAMP = java.util.regex.Pattern.compile(
            "(?im)^[ \\t]*(?:date|published|posted|updated|last updated)[ \\t]*:?[ \\t]*\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?Z?)?[ \\t]*");

    /**
     * A nickname in double quotes inside a name: President Ferdinand "Bongbong" Marcos Jr. (the quote would cut the name).
     * No look-behind for the given name: one is tried at every character of the text and halved extraction speed.
     */
    private static final java.util.regex.Pattern NICKNAME = java.util.regex.Pattern.compile(
            "\\b(\\p{Lu}\\p{Ll}{1,20}) [\"“]\\p{Lu}[\\p{L}-]{1,20}[\"”](?= \\p{Lu}\\p{Ll})");

    /** A byte of quoted-printable mail encoding inside a word: "Lom=E9", "C=F4te d'Ivoire". */
    private static final java.util.regex.Pattern QP_BYTES = java.util.regex.Pattern.compile("(?:=[0-9A-F]{2})+");
    private static final java.util.regex.Pattern QP_IN_WORD = java.util.regex.Pattern.compile("\\p{L}=[0-9A-F]{2}");
    /** So many encoded letters inside words before a text is read as quoted-printable (one may be an equation). */
    private static final int QP_MIN = 2;

    /**
     * Text that went through quoted-printable mail encoding and was never decoded ("Lom=E9, April 9, GNA"): its bytes as
     * UTF-8 when they are that, else Latin-1, so "Lomé" is the city again. Other text is returned unchanged.
     */
    static String quotedPrintable(String text) {
        java.util.regex.Matcher w = QP_IN_WORD.matcher(text);
        int n = 0;
        while (n < QP_MIN && w.find()) n++;
        if (n < QP_MIN) return text;
        java.util.regex.Matcher m = QP_BYTES.matcher(text.replace("=\n", ""));
        StringBuilder b = new StringBuilder(text.length());
        java.nio.charset.CharsetDecoder utf8 = java.nio.charset.StandardCharsets.UTF_8.newDecoder();   // reports bad bytes
        while (m.find()) {
            String hex = m.group().replace("=", "");
            byte[] bytes = new byte[hex.length() / 2];
            for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
            String decoded;
            try { decoded = utf8.decode(java.nio.ByteBuffer.wrap(bytes)).toString(); }
            catch (java.nio.charset.CharacterCodingException e) { decoded = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1); }
            m.appendReplacement(b, java.util.regex.Matcher.quoteReplacement(decoded));
        }
        m.appendTail(b);
        return b.toString();
    }

    /** "Joseph R. Biden, Jr. spoke": the suffix is the name's last word, not a person "Jr." after an apposition comma. */
    private static final java.util.regex.Pattern SUFFIX_AFTER_COMMA = java.util.regex.Pattern.compile("(?<=\\p{Ll}), (Jr|Sr)\\.(?=[\\s,])");

    private static final java.util.regex.Pattern WS = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern BAR = java.util.regex.Pattern.compile(" \\| ");
    private static final java.util.regex.Pattern LABELLED = java.util.regex.Pattern.compile("^[\\p{L} ]{2,30}:.*");
    // A sentence piece ending in an abbreviation: what matches("(?s).*\\b(Jan|...)\\.$") tested, as a search of the last
    // few characters only (the words are at most 4 letters; \\b still sees the character before, transparent bounds)
    private static final java.util.regex.Pattern MONTH_ABBREV_END = java.util.regex.Pattern.compile(
            "\\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Art|para)\\.\\z");
    private static final java.util.regex.Pattern TITLE_ABBREV_END = java.util.regex.Pattern.compile(
            "\\b(Jr|Sr|Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Prof|Sen|Rep|Gov|No|Md|Mohd|Muhd|[A-Z])\\.\\z");

    private static boolean endsWith(java.util.regex.Pattern abbrevEnd, String s) {
        int n = s.length();
        if (n == 0 || s.charAt(n - 1) != '.') return false;
        return abbrevEnd.matcher(s).region(Math.max(0, n - 6), n).useTransparentBounds(true).find();
    }

    /** A candidate event before document-level merging. */
    static final class Cand {
        Kind kind;
        Party actor;
        Party counterpart;
        Place place;
        LocalDate date;
        DatePrecision precision;
        int rank = -1;
        String evidence;
        double confidence;
        Set<String> about = new LinkedHashSet<>();
        int sentence;
        int tok;              // the trigger token in its sentence
        int para;
        boolean readout;      // STATEMENT: a trailing attribution (", the ministry said") of another report
        boolean source;       // STATEMENT from "according to X": X is the source of what the sentence reports
        String inst;          // STATEMENT by a spokesperson: the institution named in the title ("Kremlin")
        boolean undated;      // the date was not stated in the sentence (inherited or publication)
        boolean companion;    // VISIT: an official travelling with the leader of another VISIT ("accompanied by X")
        boolean lead;         // from the first sentence after a dateline: the news of the report's day
        boolean arrival;      // VISIT: told by its arrival ("arrived in Accra on Monday"): its day is the trip's first

        /** Takes the date of the talk or trip this candidate is part of (a group's member, a travelling minister). */
        void dateOf(Cand o) {
            date = o.date;
            precision = o.precision;
            rank = o.rank;
            undated = o.undated;
        }
    }

    @Override
    public List<Event> extract(Article article) {
        if (article == null || article.text() == null || article.published() == null) return List.of();
        LocalDate pub = article.published();
        DocState doc = new DocState();
        List<Cand> cands = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean leadSeen = false;
        String text = article.text().replace('\u00a0', ' ').replace("\r\n", "\n").replace('\r', '\n');
        if (text.length() > MAX_TEXT_CHARS) text = text.substring(0, MAX_TEXT_CHARS); // callers cut and record first (Ingest, FeedPoller)
        text = quotedPrintable(text);
        text = Unwrap.paragraphs(text);
        text = DATE_STAMP.matcher(text).replaceAll("");
        text = SYNDICATION_CREDIT.matcher(text).replaceAll("");
        text = NICKNAME.matcher(text).replaceAll("$1");
        text = SUFFIX_AFTER_COMMA.matcher(text).replaceAll(" $1.");
        doc.home = homeCountry(text);
        List<Tok> words = Tok.tokenize(text);
        doc.dominant = dominantCountry(words);
        doc.local = localCountry(words);
        doc.issuer = issuer(text);
        DocState.Person author = author(text, pub);
        if (author == null) author = signature(text);
        doc.narrator = author;
        int sIdx = 0;
        LocalDate itemPub = null;
        DocState.Person attributed = null;
        for (String para : text.split("\n")) {
            String p = para.strip();
            if (p.isEmpty()) continue;
            if (!seen.add(norm("", p)) && p.length() > 30) continue;          // a repeated paragraph
            java.util.regex.Matcher at = ATTRIBUTABLE.matcher(p);
            if (at.matches()) {
                attributed = attributedTo(at.group(1), itemPub != null ? itemPub : pub, doc.issuer);
                continue;
            }
            if (attributed != null) {
                cands.add(transcriptStatement(attributed, p, itemPub != null ? itemPub : pub, sIdx + 1, doc.para + 1));
                attributed = null;
            }
            java.util.regex.Matcher lab = LABEL.matcher(p);
            boolean caps = lab.lookingAt();
            if (!caps) lab = LABEL_NAME.matcher(p);
            DocState.Person labelled = caps || lab.lookingAt() ? speakerOf(lab.group(1), pub) : null;
            if (caps || labelled != null) {
                // an interview transcript: "VAN KLAVEREN: Yes. I was in Lima ..." — the I is the labelled speaker
                doc.narrator = labelled;
                p = p.substring(lab.end());
                if (p.isEmpty()) continue;
                // a briefing's answer, "Mao Ning: Tanzania is an important country ...": the official's words on record
                if (doc.narrator != null) cands.add(transcriptStatement(doc.narrator, p, itemPub != null ? itemPub : pub, sIdx + 1, doc.para + 1));
            } else {
                doc.narrator = author;
            }
            LocalDate header = itemDate(p.strip(), pub);
            if (header != null) itemPub = header;   // "February 28, 2024 - Ottawa, Ontario": the item's own day for "today"
            if (boilerplate(p)) continue;
            java.util.regex.Matcher dl = DATELINE.matcher(p);
            int before = p.length();
            if (dl.lookingAt() && dl.end() < p.length()) p = p.substring(dl.end());   // "NAIROBI, Kenya (AP) — "
            else {
                java.util.regex.Matcher dm = DATELINE_MIXED.matcher(p);
                if (dm.lookingAt() && dm.end() < p.length()) p = p.substring(dm.end());
                else p = p.substring(datelineEnd(p));
            }
            boolean leadPara = p.length() < before && !leadSeen;   // the story's first paragraph after its dateline
            leadSeen |= leadPara;
            doc.para++;
            java.util.BitSet quoted = quoted(p);
            for (int[] sp : joinFragments(p, Nlp.sentences(p))) {
                String raw = p.substring(sp[0], sp[1]);
                String s = raw.strip();
                int off = sp[0] + raw.indexOf(s.isEmpty() ? raw : s.substring(0, 1));
                if (s.length() < 12 || s.length() > 2000) continue;
                if (!seen.add(norm("S:", s))) continue;                  // a repeated sentence
                doc.sentence = ++sIdx;
                int from = cands.size();
                try {
                    new SentenceRules(kb, doc, itemPub != null ? itemPub : pub, s, sIdx, cands, quoted, off).run();
                    if (leadPara) for (int i = from; i < cands.size(); i++) cands.get(i).lead = true;
                    leadPara = false;
                } catch (RuntimeException e) {
                    // one odd sentence must not lose the document: count it, log it with where it came from, go on
                    if (STRICT) throw e;
                    long n = FAILED_SENTENCES.incrementAndGet();
                    LOG.warn("extractor rule failed on sentence {} of {} (failure {} since start): {}", sIdx,
                            article.sourceId(), n, e.toString(), e);
                }
            }
        }
        return build(article, merge(cands));
    }

    private static final java.util.regex.Pattern DATELINE_PLACE = java.util.regex.Pattern.compile(
            "^(?:[^|\\n]{0,60}\\|\\s*)?(\\p{Lu}[\\p{L}'’‘ .-]{1,30}?)\\s*(?:,\\s*(?:\\p{Lu}\\p{L}+,?\\s*)?(?:\\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)|\\s[—–-]{1,2}\\s|\\s*\\("
            // "Addis Ababa February 6/2022 /ENA/", "Astana. July 4. KazTAG -": a month and day right after the city
            + "|\\.?\\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}\\b"
            // "Abuja, Nigeria - ", "PESHAWAR, Pakistan — ": the city's country after it
            + "|,\\s*(\\p{Lu}[\\p{L}.]+(?:\\s\\p{Lu}[\\p{L}.]+){0,2})\\s+[—–-]{1,2}\\s"
            // "New Delhi: ...": a city before a colon (a country there heads an item of a list, "Jordan: the ministry ...")
            + "|(?<city>):\\s)");

    /** Where a dateline of {@link #DATELINE_DATED} ends in paragraph p (its city a known place), else 0. */
    private int datelineEnd(String p) {
        java.util.regex.Matcher m = DATELINE_DATED.matcher(p);
        if (!m.lookingAt() || m.end() >= p.length()) return 0;
        for (Kb.Entry e : kb.lookup(Kb.key(m.group(1)))) if (e.type() == Kb.Type.CITY || e.type() == Kb.Type.COUNTRY) return m.end();
        return 0;
    }

    /** A line of a place, a date and a clock time only: a site's section label and stamp, not the story's dateline. */
    private static final java.util.regex.Pattern STAMP_LINE = java.util.regex.Pattern.compile(
            "[\\p{L} .'-]{2,40}\\s+[\\p{L}]+\\.? \\d{1,2},? \\d{4},?\\s+\\d{1,2}:\\d{2}(?:\\s*[AaPp][Mm])?");

    /** The country of the dateline ("NAIROBI, March 14 (Reuters) -", "Muscat, 12 February 2024"), else null. */
    private String homeCountry(String text) {
        int seen = 0;
        for (String para : text.split("\n")) {
            String p = para.strip();
            if (p.isEmpty()) continue;
            if (++seen > 12) break;
            java.util.regex.Matcher m = DATELINE_PLACE.matcher(p);
            if (!m.lookingAt()) continue;
            if (STAMP_LINE.matcher(p).matches()) continue;   // "Russia November 23, 2014, 23:42": a section and a time stamp
            boolean colon = m.group("city") != null;
            for (int g = 1; g <= 2; g++) {
                String place = m.group(g) == null ? "" : m.group(g).strip();
                if (place.isEmpty() || place.split(" ").length > 3) continue;
                for (Kb.Entry e : kb.lookup(Kb.key(place)))
                    if ((e.type() == Kb.Type.CITY || e.type() == Kb.Type.COUNTRY && !colon) && Codes.isValid(e.code()) && !Codes.isOrganization(e.code())) return e.code();
            }
        }
        return null;
    }

    /** Header lines of an institution's own release ("Press release", "Ministry of Foreign Affairs", "State House, Nairobi"). */
    private static final java.util.regex.Pattern RELEASE_HEADER = java.util.regex.Pattern.compile(
            "(?i)\\b(press release|media release|press statement|media statement|news release|communiqu[eé]|press office|"
            + "ministry of|office of the|state house|embassy of|presidency|prime minister's office|government of)\\b");

    /**
     * The country that issues a release: the first country, demonym or city its header lines (short lines before the
     * text, one of them a release marker) name; else null. Its unnamed officials ("The Minister received ...") are its own.
     */
    private String issuer(String text) {
        int seen = 0;
        boolean marked = false;
        String first = null;
        boolean shortSeen = false;
        for (String para : text.split("\n")) {
            String p = para.strip();
            if (p.isEmpty()) continue;
            if (++seen > 6) break;
            if (WS.split(p).length >= 15) {
                if (shortSeen) break;
                continue;   // a site's notice above the header ("This is historical material ...")
            }
            shortSeen = true;
            if (RELEASE_HEADER.matcher(p).find()) marked = true;
            // the White House's own signature line; its readouts' titles name the other side ("Readout of the President's
            // call with UK Prime Minister Brown"): what follows "with" is not the issuer
            if (p.equalsIgnoreCase("Office of the Press Secretary")) return "USA";
            // "Readout of the President's Call with Chancellor Merkel of Germany": the White House's title; "PM call with
            // President Biden: 25 October 2022": the title of a UK government readout (gov.uk dates its titles so)
            if (WHITE_HOUSE_READOUT.matcher(p).find()) return "USA";
            if (UK_PM_READOUT.matcher(p).matches()) return "GBR";
            int with = p.indexOf(" with ");
            if (first == null) first = countryIn(with > 0 ? p.substring(0, with) : p);
        }
        return marked ? first : null;
    }

    private static final java.util.regex.Pattern WHITE_HOUSE_READOUT = java.util.regex.Pattern.compile(
            "^Readout of (?:the )?(?:President|Vice President|First Lady)['’]s ");
    private static final java.util.regex.Pattern UK_PM_READOUT = java.util.regex.Pattern.compile(
            "^PM(?:['’]s)? (?:call|meeting|phone call|bilateral|talks|statement|remarks)\\b.*:\\s*\\d{1,2} [A-Z][a-z]+ \\d{4}$");

    /** A story's country needs this many names of it ("Pakistan", "Pakistani", "Islamabad")... */
    static final int DOMINANT_MIN_NAMES = 3;
    /** ...and at least this share of all the country names of the story. */
    static final double DOMINANT_SHARE = 2.0 / 3;

    /**
     * The country of a story without a dateline: the one its country, demonym and capital names mostly name ("clashes
     * in Pakistan's Bajaur district ... Pakistani troops ..."); null when no country clearly dominates.
     */
    private String dominantCountry(List<Tok> t) {
        Map<String, Integer> n = new HashMap<>();
        int all = countNames(t, (e, name) -> e.type() == Kb.Type.COUNTRY || e.type() == Kb.Type.DEMONYM
                || e.type() == Kb.Type.CITY && kb.isCapital(e.code(), name), n, false);
        for (Map.Entry<String, Integer> e : n.entrySet())
            if (e.getValue() >= DOMINANT_MIN_NAMES && e.getValue() >= DOMINANT_SHARE * all) return e.getKey();
        return null;
    }

    /** A local official's country needs this many names of places in it ("Peshawar", "Pakistan's tribal belt")... */
    static final int LOCAL_MIN_NAMES = 2;
    /** ...and at least this share of all the place names of the story. */
    static final double LOCAL_SHARE = 1.0 / 2;

    /**
     * The country where a story happens, for its local officials ("a local official X", "district police chief Y"): the
     * one most of its country, demonym and city names name, with more than any other; null when none does.
     */
    private String localCountry(List<Tok> t) {
        Map<String, Integer> n = new HashMap<>();
        int all = countNames(t, (e, name) -> e.type() != Kb.Type.INST, n, true);
        String best = null;
        int top = 0;
        int second = 0;
        for (Map.Entry<String, Integer> e : n.entrySet()) {
            if (e.getValue() > top) { second = top; top = e.getValue(); best = e.getKey(); }
            else if (e.getValue() > second) second = e.getValue();
        }
        return top >= LOCAL_MIN_NAMES && top > second && top >= LOCAL_SHARE * all ? best : null;
    }

    /**
     * Counts into n how often the story names each country by the names kind accepts, and returns how many such names it
     * has; with borders, a name by a border does not count ("near the Afghan border", "the border with Afghanistan" name
     * the neighbour, not where it happens).
     */
    private int countNames(List<Tok> t, java.util.function.BiPredicate<Kb.Entry, String> kind, Map<String, Integer> n, boolean borders) {
        int all = 0;
        for (int i = 0; i < t.size(); i++) {
            Named c = countryNameAt(t, i, kind);
            if (c == null) continue;
            i += c.len() - 1;
            if (borders && (i + 1 < t.size() && t.get(i + 1).is("border", "frontier") || i >= c.len() + 1 && t.get(i - c.len()).is("with")
                    && t.get(i - c.len() - 1).is("border", "frontier"))) continue;
            n.merge(c.code(), 1, Integer::sum);
            all++;
        }
        return all;
    }

    /** A country's code named at a token, and the name's length in tokens. */
    private record Named(String code, int len) { }

    /** The longest country, demonym or city names looked for, in tokens. */
    private static final int COUNTRY_NAME_TOKENS = 4;

    /**
     * The country of the longest name of up to {@value #COUNTRY_NAME_TOKENS} words starting at i (capitalised) whose KB
     * entry {@code kind} accepts; null if none. Words no KB phrase starts with are skipped at once: this runs on every
     * capitalised word of an article.
     */
    private Named countryNameAt(List<Tok> t, int i, java.util.function.BiPredicate<Kb.Entry, String> kind) {
        if (!t.get(i).cap) return null;
        int longest = Math.min(Math.min(COUNTRY_NAME_TOKENS, t.size() - i), kb.maxLenFrom(t.get(i).fold));
        for (int len = longest; len >= 1; len--) {
            StringBuilder b = new StringBuilder();
            for (int k = i; k < i + len; k++) { if (b.length() > 0) b.append(' '); b.append(t.get(k).text); }
            String name = b.toString();
            for (Kb.Entry e : kb.lookup(Kb.key(name)))
                if (kind.test(e, name) && Codes.isValid(e.code()) && !Codes.isOrganization(e.code())) return new Named(e.code(), len);
        }
        return null;
    }

    /** The first country a header line names; a government's seat counts ("The White House" heading a release). */
    private String countryIn(String line) {
        List<Tok> t = Tok.tokenize(line);
        for (int i = 0; i < t.size(); i++) {
            Named c = countryNameAt(t, i, (e, name) -> e.type() != Kb.Type.INST || SentenceContext.SEATS.contains(e.canonical()));
            if (c != null) return c.code();
        }
        return null;
    }

    /**
     * "The below is attributable to State Department Spokesperson Ned Price:" heading a readout: the paragraph after it is
     * that official's statement (State Department and White House readouts open so).
     */
    private static final java.util.regex.Pattern ATTRIBUTABLE = java.util.regex.Pattern.compile(
            "^(?:the )?(?:following|below)(?: statement| readout)? (?:is|should be) attribut(?:able|ed) to (.{3,120}?)[:.]?$",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    /** Bodies in an attribution line that stand for the United States government (the one government that words them so). */
    private static final java.util.regex.Pattern US_ATTRIBUTION = java.util.regex.Pattern.compile(
            "\\b(?:State Department|Department of State|White House|National Security Council|NSC|Pentagon|Department of Defense)\\b");
    /** The official an attribution line names, with a country from the knowledge base or the body named; else null. */
    private DocState.Person attributedTo(String who, LocalDate pub, String issuer) {
        // the name: the last two or three capitalised words that are no title ("... Spokesperson Ned Price")
        String[] w = WS.split(who.strip());
        int s = w.length;
        while (s > 0 && w.length - s < 3 && Character.isUpperCase(w[s - 1].charAt(0))
                && !Lexicon.TITLE.contains(w[s - 1].toLowerCase(java.util.Locale.ROOT))) s--;
        if (w.length - s < 2) return null;
        String name = String.join(" ", java.util.Arrays.copyOfRange(w, s, w.length));
        List<Kb.Office> o = kb.person(name);
        Kb.Office now = Kb.bestOn(o, pub);
        DocState.Person a = new DocState.Person();
        a.name = now != null ? now.name() : name;
        a.country = now != null ? now.country() : US_ATTRIBUTION.matcher(who).find() ? "USA" : issuer;
        a.role = String.join(" ", java.util.Arrays.copyOfRange(w, 0, s));
        return a.country == null ? null : a;
    }

    private static final java.util.regex.Pattern LABEL = java.util.regex.Pattern.compile("^(\\p{Lu}[\\p{Lu}'’. -]{2,40}):\\s+");
    /** A transcript's label in mixed case, "Mao Ning: ...": only for a known official (read in {@link #speakerOf}). */
    private static final java.util.regex.Pattern LABEL_NAME = java.util.regex.Pattern.compile("^(\\p{Lu}[\\p{Ll}'’-]+(?: \\p{Lu}[\\p{Ll}'’-]+){1,3}):\\s+");
    private static final java.util.regex.Pattern AUTHOR = java.util.regex.Pattern.compile(
            "^(?:(?:media|press) (?:release|statement)|statement by|remarks by|interview with|op-ed by|transcript)?[\\s—–:|-]*(?:the )?"
            + "(prime minister|president|foreign minister|minister (?:for|of) foreign affairs|chancellor|secretary of state|foreign secretary)"
            + "(?: of (?:the )?([^,]+?))?(?:,?\\s+(?:the )?(?:hon\\.?\\s+)?([^,]+?))?(?:\\s+MP)?\\s*$",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** Words of a signature's name line and of its title line. */
    private static final int SIGNATURE_NAME_WORDS = 5, SIGNATURE_TITLE_WORDS = 12;

    /**
     * The signer of a first-person statement: its last lines are a name and a title with a country ("Samuel Okudzeto
     * Ablakwa" / "Ghana's Minister For Foreign Affairs"); null when the text does not end so.
     */
    private DocState.Person signature(String text) {
        List<String> lines = new ArrayList<>();
        for (String para : text.split("\n")) if (!para.isBlank()) lines.add(para.strip());
        for (int k = lines.size() - 2; k >= Math.max(0, lines.size() - 4); k--) {
            String name = lines.get(k), title = lines.get(k + 1);
            String[] nw = WS.split(name), tw = WS.split(title);
            if (nw.length < 2 || nw.length > SIGNATURE_NAME_WORDS || tw.length > SIGNATURE_TITLE_WORDS) continue;
            boolean capitalised = true;
            for (String w : nw) capitalised &= Character.isUpperCase(w.charAt(0));
            if (!capitalised || name.endsWith(".")) continue;
            boolean titled = false;
            for (String w : tw) titled |= Lexicon.TITLE.contains(w.toLowerCase(java.util.Locale.ROOT));
            String code = titled ? countryIn(title) : null;
            if (code == null) continue;
            DocState.Person a = new DocState.Person();
            a.name = name;
            a.country = code;
            a.role = title;
            a.office = Analyzer.office(title.toLowerCase(java.util.Locale.ROOT), code);
            return a;
        }
        return null;
    }

    /** The author of a first-person release: its header names the office ("Prime Minister of Australia", "Media release — Minister X"). */
    private DocState.Person author(String text, LocalDate pub) {
        int seen = 0;
        for (String para : text.split("\n")) {
            String p = para.strip();
            if (p.isEmpty()) continue;
            if (++seen > 8 || WS.split(p).length >= 15) break;
            java.util.regex.Matcher m = AUTHOR.matcher(p);
            if (!m.matches()) continue;
            String office = Analyzer.office(m.group(1).toLowerCase(java.util.Locale.ROOT), null);
            String code = null;
            String name = m.group(3);
            if (m.group(2) != null) {
                for (Kb.Entry e : kb.lookup(Kb.key(m.group(2)))) if (e.type() == Kb.Type.COUNTRY) code = e.code();
                if (code == null && name != null) {   // "of New Zealand" read as "of New" + "Zealand"
                    for (Kb.Entry e : kb.lookup(Kb.key(m.group(2) + " " + name))) if (e.type() == Kb.Type.COUNTRY) { code = e.code(); name = null; }
                }
            }
            if (name != null && !Character.isUpperCase(name.charAt(0))) name = null;
            if (code == null && name != null) { List<Kb.Office> o = kb.person(name); if (!o.isEmpty()) code = o.get(0).country(); }
            if (code == null) continue;
            if (name == null && office != null) { Kb.Office o = kb.holder(code, office, pub); if (o != null) name = o.name(); }
            if (name == null) continue;
            DocState.Person a = new DocState.Person();
            a.name = name;
            a.country = code;
            a.role = m.group(1);
            a.office = office;
            return a;
        }
        return null;
    }

    /** The STATEMENT of an official's labelled answer in a transcript, on the item's day; its first sentence the evidence. */
    private static Cand transcriptStatement(DocState.Person speaker, String answer, LocalDate day, int sentence, int para) {
        Cand c = new Cand();
        c.kind = Kind.STATEMENT;
        c.actor = new Party(speaker.name, speaker.country, speaker.role);
        int end = answer.indexOf(". ");
        c.evidence = end > 0 ? answer.substring(0, end + 1) : answer;
        c.date = day;
        c.precision = DatePrecision.PUBLISHED;
        c.rank = -1;
        c.undated = true;
        c.confidence = 0.6;
        c.sentence = sentence;
        c.para = para;
        return c;
    }

    /** The person an interview label names ("VAN KLAVEREN"), when the knowledge base knows them; else null (the interviewer). */
    private DocState.Person speakerOf(String label, LocalDate pub) {
        StringBuilder b = new StringBuilder();
        for (String w : WS.split(label.strip())) {
            if (b.length() > 0) b.append(' ');
            b.append(w.length() <= 3 && w.equals("VAN") || w.equals("DE") || w.equals("DA") ? w.toLowerCase(java.util.Locale.ROOT)
                    : w.charAt(0) + w.substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        List<Kb.Office> o = kb.person(b.toString());
        Kb.Office now = Kb.bestOn(o, pub);
        if (now == null && !o.isEmpty()) now = o.get(0);
        if (now == null) return null;
        DocState.Person a = new DocState.Person();
        a.name = now.name();
        a.country = now.country();
        a.role = now.office();
        a.office = now.office();
        return a;
    }

    /** Re-joins sentence pieces split after an abbreviation ("Marcos Jr. on Monday"): a piece starting in lower case. */
    static List<int[]> joinFragments(String p, List<int[]> spans) {
        List<int[]> out = new ArrayList<>();
        for (int[] sp : spans) {
            String piece = p.substring(sp[0], sp[1]).strip();
            if (!out.isEmpty() && !piece.isEmpty() && (Character.isLowerCase(piece.charAt(0))
                    || Character.isDigit(piece.charAt(0)) && endsWith(MONTH_ABBREV_END, previous(p, out))
                    || endsWith(TITLE_ABBREV_END, previous(p, out)))) {
                out.get(out.size() - 1)[1] = sp[1];
            } else {
                out.add(new int[]{sp[0], sp[1]});
            }
        }
        return out;
    }

    /** The text of the last span so far, stripped. */
    private static String previous(String p, List<int[]> out) {
        int[] last = out.get(out.size() - 1);
        return p.substring(last[0], last[1]).strip();
    }

    private static final java.util.regex.Pattern ITEM_DATE = java.util.regex.Pattern.compile(
            "(?i)((?:january|february|march|april|may|june|july|august|september|october|november|december) \\d{1,2}, \\d{4}"
            + "|\\d{1,2} (?:january|february|march|april|may|june|july|august|september|october|november|december) \\d{4})"
            + "(?:\\s*[-–—|,]\\s*[\\p{L} .,'-]{0,60})?");

    private static final java.time.format.DateTimeFormatter DAY_FIRST = new java.time.format.DateTimeFormatterBuilder()
            .parseCaseInsensitive().appendPattern("d MMMM yyyy").toFormatter(java.util.Locale.ENGLISH);
    private static final java.time.format.DateTimeFormatter MONTH_FIRST = new java.time.format.DateTimeFormatterBuilder()
            .parseCaseInsensitive().appendPattern("MMMM d, yyyy").toFormatter(java.util.Locale.ENGLISH);

    /**
     * A paragraph that is only a full date (and a place): the header of one item of a page of readouts or releases,
     * dated up to 60 days before publication; else null.
     */
    static LocalDate itemDate(String p, LocalDate pub) {
        if (p.length() > 80 || pub == null) return null;
        java.util.regex.Matcher m = ITEM_DATE.matcher(p);
        if (!m.matches()) return null;
        LocalDate day;
        try {
            day = LocalDate.parse(m.group(1), Character.isDigit(m.group(1).charAt(0)) ? DAY_FIRST : MONTH_FIRST);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
        if (day.isAfter(pub) || day.isBefore(pub.minusDays(60))) return null;
        return day;
    }

    /** Characters of a paragraph inside quotation marks. */
    static java.util.BitSet quoted(String p) {
        java.util.BitSet b = new java.util.BitSet(p.length());
        boolean in = false;
        int start = 0;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            // '..., face," the ministry said': a straight quote right after the words' last punctuation closes a quote
            // opened in an earlier paragraph (news runs a long quote over paragraphs): what precedes it is quoted
            if (c == '"' && !in && i > 0 && ",.!?".indexOf(p.charAt(i - 1)) >= 0 && (i + 1 == p.length() || p.charAt(i + 1) == ' ')
                    && b.nextSetBit(0) < 0) {
                b.set(0, i + 1);
                continue;
            }
            boolean open = c == '“' || c == '«' || c == '„' || c == '"' && !in;
            boolean close = c == '”' || c == '»' || c == '"' && in;
            if (!in && open) { in = true; start = i; }
            else if (in && close) { b.set(start, i + 1); in = false; }
        }
        if (in && p.length() - start < 600) b.set(start, p.length());
        return b;
    }

    /** prefix + the text's letters and digits in lower case, other runs as one space, trimmed. */
    private static String norm(String prefix, String s) {
        StringBuilder b = new StringBuilder(prefix.length() + s.length());
        b.append(prefix);
        int base = prefix.length();
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean word;
            if (c < 0x80) {   // ASCII: the same tests without the Unicode tables
                if (c >= 'A' && c <= 'Z') c = (char) (c + ('a' - 'A'));
                word = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            } else {
                word = Character.isLetterOrDigit(c);
                if (word) c = Character.toLowerCase(c);
            }
            if (word) { b.append(c); space = false; }
            else if (!space && b.length() > base) { b.append(' '); space = true; }
        }
        if (space) b.setLength(b.length() - 1);     // the trailing space trim() dropped
        return b.toString();
    }

    /** Navigation, share buttons, bylines, captions: short lines without sentence punctuation and few lower-case words. */
    private static boolean boilerplate(String p) {
        String l = p.toLowerCase(java.util.Locale.ROOT);
        if (l.startsWith("read also") || l.startsWith("related") || l.startsWith("see also") || l.startsWith("share")
                || l.startsWith("follow us") || l.startsWith("subscribe") || l.startsWith("copyright") || l.startsWith("©")
                || l.startsWith("all rights reserved") || l.startsWith("tags:") || l.startsWith("photo:") || l.startsWith("source:")) return true;
        // (p is stripped, so " | " never ends it: splitting on it gives two or more parts exactly when it occurs)
        if (p.length() < 200 && p.contains(" | ") && (LABELLED.matcher(l).matches() || BAR.split(p).length >= 3)) return true;   // "More analysis: A | B"
        char last = p.charAt(p.length() - 1);
        boolean punct = ".!?\"”»'’)…:".indexOf(last) >= 0;
        return !punct && WS.split(p).length < 14;
    }

    // ------------------------------------------------------------------ merging

    /** Days a dated trip may lie before the report and still be the trip its undated lead tells. */
    private static final int LEAD_TRIP_DAYS = 14;

    /**
     * "ASTANA, July 4 - Tokayev held talks with Putin" and "Putin's visit to Kazakhstan last November": the undated lead is
     * the news of the report's day, not the earlier trip told later as background.
     */
    private static boolean newsAndBackground(Cand a, Cand b) {
        Cand lead = a.lead && a.undated ? a : b.lead && b.undated ? b : null;
        Cand other = lead == a ? b : a;
        if (lead == null || other.undated || other.date == null || lead.date == null) return false;
        LocalDate end = switch (other.precision) {
            case YEAR -> other.date.plusYears(1).minusDays(1);
            case MONTH -> other.date.plusMonths(1).minusDays(1);
            default -> other.date;
        };
        return end.plusDays(LEAD_TRIP_DAYS).isBefore(lead.date);
    }

    private static boolean sameDay(Cand a, Cand b, int tol) {
        if (a.precision == DatePrecision.PUBLISHED || b.precision == DatePrecision.PUBLISHED) return true;
        if (a.precision == DatePrecision.YEAR || b.precision == DatePrecision.YEAR) return a.date.getYear() == b.date.getYear();
        if (a.precision == DatePrecision.MONTH || b.precision == DatePrecision.MONTH)
            return a.date.getYear() == b.date.getYear() && a.date.getMonth() == b.date.getMonth();
        return Math.abs(a.date.toEpochDay() - b.date.toEpochDay()) <= tol;
    }

    private static boolean samePerson(Party a, Party b) {
        if (a == null || b == null) return false;
        if (a.name() == null || b.name() == null) return a.name() == null && b.name() == null && eq(a.country(), b.country());
        if (!eq(a.country(), b.country())) return false;
        String ka = EventKeys.speakerKey(a.name()), kb = EventKeys.speakerKey(b.name());
        return ka.equals(kb) || Names.sameSurname(ka, kb);
    }

    /**
     * Two meetings or calls of the same pair of countries held by other people: "Trump spoke with Sheinbaum ... Rubio spoke with
     * de la Fuente". Only full names that differ tell it; a title or a surname may be the same person told again.
     */
    private static boolean otherPeople(Cand o, Cand c) {
        Party same = eq(o.actor.country(), c.actor.country()) ? o.actor : o.counterpart;
        return fullName(same) && fullName(c.actor) && !samePerson(same, c.actor);
    }

    private static boolean fullName(Party p) {
        return p != null && p.name() != null && p.role() != null && p.name().indexOf(' ') > 0 && !p.name().startsWith("Government of");
    }

    /** Sentences between a body's statement and its spokesperson's: "..., a ministry spokesperson said. [...] noted Guo". */
    private static final int SPOKES_WINDOW = 3;

    /** Statement s is by a spokesperson of the body (a name without a role) that made statement body near it. */
    private static boolean spokesOf(Cand s, Cand body) {
        return s.actor.role() != null && s.actor.role().toLowerCase(java.util.Locale.ROOT).contains("spokes") && body.actor.role() == null
                && body.actor.name() != null && eq(s.actor.country(), body.actor.country())
                && Math.abs(s.sentence - body.sentence) <= SPOKES_WINDOW && sameDay(s, body, 1);
    }

    private static boolean eq(String a, String b) { return a == null ? b == null : a.equals(b); }

    private static String host(Cand c) {
        if (c.place != null && c.place.country() != null) return c.place.country();
        return c.counterpart == null ? null : c.counterpart.country();
    }

    private static void absorb(Cand into, Cand from) {
        into.undated &= from.undated;
        into.lead |= from.lead;   // the lead told again in the headline is still the news of the day
        // one trip told twice ("concluded on Sunday", "arrived on Friday") is dated by its first day
        boolean earlierDay = into.kind == Kind.VISIT && from.rank == into.rank && from.precision == DatePrecision.DAY
                && into.precision == DatePrecision.DAY && from.date.isBefore(into.date);
        // the day of arrival is the trip's first day, whatever the other day's date words ranked
        boolean arrivedFirst = datedArrival(from) && (into.precision != DatePrecision.DAY || from.date.isBefore(into.date));
        boolean keepArrival = datedArrival(into) && !arrivedFirst;
        if (from.rank > into.rank && !keepArrival || earlierDay || arrivedFirst) {
            into.date = from.date;
            into.precision = from.precision;
            into.rank = from.rank;
            into.arrival = from.arrival;
        }
        if (into.counterpart == null && from.counterpart != null) into.counterpart = from.counterpart;
        if (into.place != null && into.place.name() == null && from.place != null && from.place.name() != null
                && eq(into.place.country(), from.place.country())) into.place = from.place;
        if (into.place == null) into.place = from.place;
        if (into.actor.name() == null || into.actor.name().split(" ").length < (from.actor.name() == null ? 0 : from.actor.name().split(" ").length)) {
            if (from.actor.name() != null && samePerson(into.actor, from.actor)) into.actor = from.actor;
        }
        if (into.evidence != null && from.evidence != null && !into.evidence.contains(from.evidence) && into.evidence.length() < 600)
            into.evidence = into.evidence + " ... " + from.evidence;
        into.confidence = Math.min(0.98, Math.max(into.confidence, from.confidence) + 0.03);
        into.about.addAll(from.about);
    }

    private static boolean datedArrival(Cand c) {
        return c.kind == Kind.VISIT && c.arrival && c.precision == DatePrecision.DAY && !c.undated;
    }

    static List<Cand> merge(List<Cand> in) {
        List<Cand> out = new ArrayList<>();
        for (Cand c : in) {
            Cand target = null;
            for (Cand o : out) {
                if (o.kind != c.kind) continue;
                switch (c.kind) {
                    case VISIT -> {
                        // a companion is another traveller than the leader, even of the same family name ("First Lady X")
                        boolean companion = o.companion || c.companion;
                        if (eq(host(o), host(c)) && eq(o.actor.country(), c.actor.country())
                                && (companion ? eq(o.actor.name(), c.actor.name())
                                    : samePerson(o.actor, c.actor) || o.actor.name() == null || c.actor.name() == null)
                                && (sameDay(o, c, 3) || o.sentence == c.sentence) && !newsAndBackground(o, c)) target = o;
                    }
                    case MEETING, CALL -> {
                        Set<String> a = Set.of(o.actor.country(), o.counterpart.country());
                        Set<String> b = Set.of(c.actor.country(), c.counterpart.country());
                        if (a.equals(b) && sameDay(o, c, 1) && !otherPeople(o, c)) target = o;
                    }
                    case STATEMENT -> {
                        // "The Kremlin said ... . Spokesman Dmitry Peskov told reporters": one occasion, the spokesman's
                        if (spokesOf(o, c) || spokesOf(c, o)) {
                            if (spokesOf(c, o)) o.actor = c.actor;
                            target = o;
                        } else if (samePerson(o.actor, c.actor)) {
                            boolean near = Math.abs(o.sentence - c.sentence) <= 3;
                            boolean pubOnly = o.precision == DatePrecision.PUBLISHED || c.precision == DatePrecision.PUBLISHED;
                            if (pubOnly ? true : sameDay(o, c, 1) && (near || !o.undated && !c.undated || o.para == c.para)) target = o;
                        }
                    }
                }
                if (target != null) break;
            }
            if (target == null) out.add(c);
            else absorb(target, c);
        }
        // a meeting that is part of a visit is not a separate meeting
        List<Cand> res = new ArrayList<>();
        for (Cand c : out) {
            if (c.kind == Kind.MEETING) {
                boolean inVisit = false;
                for (Cand v : out) {
                    if (v.kind != Kind.VISIT) continue;
                    Set<String> pair = Set.of(c.actor.country(), c.counterpart.country());
                    String h = host(v);
                    boolean strictDay = v.precision == DatePrecision.PUBLISHED && c.precision != DatePrecision.PUBLISHED && !c.undated
                            ? sameDay(c, withDate(v), 3) : sameDay(v, c, 2);
                    if (pair.contains(v.actor.country()) && pair.contains(h) && strictDay
                            && (c.place == null || eq(c.place.country(), h))) inVisit = true;
                    // "flew to Ankara for talks with Erdogan on the transition in Syria": one sentence, one trip
                    if (pair.contains(v.actor.country()) && pair.contains(h) && v.sentence == c.sentence && v.para == c.para
                            && (sameDay(v, c, 2) || c.undated)) inVisit = true;
                }
                if (inVisit) continue;
            }
            res.add(c);
        }
        return res;
    }

    /** A copy of a candidate read as dated on its (publication) day. */
    private static Cand withDate(Cand c) {
        Cand x = new Cand();
        x.date = c.date;
        x.precision = DatePrecision.DAY;
        return x;
    }

    private List<Event> build(Article a, List<Cand> cands) {
        Source src = new Source(a.sourceId() == null ? "unknown" : a.sourceId(), a.title(), a.url(), a.published(), a.feed());
        Map<String, Event> byId = new LinkedHashMap<>();
        Set<String> companions = new HashSet<>();
        for (Cand c : cands) {
            if (c.actor == null || !Codes.isValid(c.actor.country())) continue;
            if (c.counterpart != null && !Codes.isValid(c.counterpart.country())) c.counterpart = null;
            if (c.place != null && !Codes.isValid(c.place.country())) c.place = null;
            if (c.kind == Kind.VISIT && (host(c) == null || host(c).equals(c.actor.country()))) continue;
            if ((c.kind == Kind.MEETING || c.kind == Kind.CALL) && (c.counterpart == null || c.counterpart.country().equals(c.actor.country()))) continue;
            LocalDate d = c.date == null ? a.published() : c.date;
            DatePrecision p = c.date == null ? DatePrecision.PUBLISHED : c.precision;
            if (d.isAfter(a.published().plusDays(1)) || d.getYear() < 1900) { d = a.published(); p = DatePrecision.PUBLISHED; }
            List<String> about = new ArrayList<>();
            if (c.kind == Kind.STATEMENT) for (String x : c.about) if (Codes.isValid(x) && about.size() < 5) about.add(x);
            Event e = new Event(Event.SCHEMA, null, null, c.kind, d, p, c.actor,
                    c.kind == Kind.STATEMENT ? null : c.counterpart,
                    c.kind == Kind.STATEMENT || c.kind == Kind.CALL ? null : c.place,
                    about, src, c.evidence, Math.round(c.confidence * 100) / 100.0, INFO, null).withKeys();
            byId.putIfAbsent(e.id(), e);
            if (c.companion) companions.add(e.id());
        }
        // equal event keys within one article are one event, except those merge() kept apart as made by other people
        // ("Trump spoke with Sheinbaum ... Rubio spoke with de la Fuente", a minister travelling with the president):
        // downstream they share the key and count once (CONTRACT §1), but all happened and all are reported
        Map<String, Event> byKey = new LinkedHashMap<>();
        for (Event e : byId.values()) byKey.putIfAbsent(e.eventKey() + people(e, companions), e);
        return List.copyOf(byKey.values());
    }

    private static String people(Event e, Set<String> companions) {
        if (e.kind() == Kind.VISIT && companions.contains(e.id())) return "|" + EventKeys.speakerKey(e.actor().name());
        if (e.kind() != Kind.MEETING && e.kind() != Kind.CALL) return "";
        String a = EventKeys.speakerKey(e.actor().name()), b = EventKeys.speakerKey(e.counterpart().name());
        return a.compareTo(b) < 0 ? "|" + a + "|" + b : "|" + b + "|" + a;
    }
}
