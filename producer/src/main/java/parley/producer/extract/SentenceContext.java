package parley.producer.extract;

import parley.model.DatePrecision;
import parley.model.Kind;
import parley.model.Party;
import parley.model.Place;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One sentence as the rules see it (tokens, mentions, dates, what is quoted) and the helpers all kinds share: the
 * subject of a verb, the first party after a word, coordinated lists, plans and negation, dates, places. The rules
 * of each kind extend it, one class a kind: {@link VisitRules}, {@link MeetingCallRules}, {@link StatementRules};
 * {@link SentenceRules} runs them on every trigger word.
 */
abstract class SentenceContext {

    SentenceContext(Kb kb, DocState doc, LocalDate pub, String s, int idx, List<RuleExtractor.Cand> out, java.util.BitSet quoted, int off) {
        this.quoted = quoted;
        this.off = off;
        this.kb = kb;
        this.doc = doc;
        this.pub = pub;
        this.s = s;
        this.idx = idx;
        this.out = out;
    }

    static final Set<String> PREP = Set.of("of", "with", "by", "to", "from", "for", "about", "against", "on", "at", "in",
            "between", "among", "toward", "towards", "(", "like", "than", "including", "under", "into", "regarding", "referring",
            "via", "behind", "upon", "beside", "besides", "unlike", "over", "through");

    // whole-token alternations of the rules, as sets (the same test as String.matches on the alternation)
    static final Set<String> POSSESSED_GROUP = Set.of("delegation", "team", "motorcade", "plane", "entourage", "party");
    static final Set<String> DEMONYM_GROUP = Set.of("counterpart", "counterparts", "official", "officials", "delegation", "side",
            "leader", "leaders", "colleague", "colleagues");
    static final Set<String> NEXT_UNIT = Set.of("week", "month", "year", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "spring", "summer", "autumn", "fall", "winter");
    static final Set<String> GROUP_HEADS = Set.of("ministers", "leaders", "presidents", "heads", "delegations", "officials",
            "representatives", "diplomats", "chiefs", "envoys");

    /** Words that open a relative clause after a comma: "X, who visited Moscow in February, met Y on Friday". */
    static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "whom", "whose", "which");
    /** Tokens that end a relative clause set off by commas. */
    static final Set<String> CLAUSE_END = Set.of(",", ";", ".", "—", "–", "(");
    /** How much farther a date across a relative clause's edge counts than its distance: the clause tells of another occasion. */
    static final int RELATIVE_CLAUSE_DISTANCE = 20;

    static final boolean DEBUG = Boolean.getBoolean("parley.debug");
    final Kb kb;
    final DocState doc;
    final LocalDate pub;
    final String s;
    final int idx;
    final List<RuleExtractor.Cand> out;
    List<Tok> t;
    List<Ment> ms;
    Ment[] at;
    List<Dates.Mention> dates;
    int[] dateTok;
    boolean habitual;
    String lowOutside = "";

    final java.util.BitSet quoted;
    final int off;

    /** Tokens on either side of the one asked about that the tagger reads: it decides a word from its neighbours. */
    static final int TAG_CONTEXT = 4;
    private String[] tags;   // UD part-of-speech tags of tokens [tagFrom, tagTo), on need: tagging costs more than the rules
    private int tagFrom;
    private int tagTo;

    /** The part-of-speech tag of token k (VERB, AUX, NOUN, PROPN...), read from its window of the sentence. */
    String tag(int k) {
        if (tags == null || k < tagFrom || k >= tagTo) {
            tagFrom = Math.max(0, k - TAG_CONTEXT);
            tagTo = Math.min(t.size(), k + TAG_CONTEXT + 1);
            tags = Nlp.tags(t.subList(tagFrom, tagTo));
        }
        return tags[k - tagFrom];
    }

    /** Token k is a verb, as the tagger reads it among its neighbours: not a noun ("the Baltic states", "his remarks") nor a name's word. */
    boolean verbAt(int k) {
        String g = tag(k);
        return g.equals("VERB") || g.equals("AUX");
    }

    boolean inQuote(int k) {
        return quoted != null && k < t.size() && quoted.get(off + t.get(k).start);
    }

    int tokAt(int ch) {
        for (int i = 0; i < t.size(); i++) if (t.get(i).end > ch) return i;
        return t.size() - 1;
    }

    // ------------------------------------------------------------------ helpers

    Ment agentAt(int k) {
        Ment m = at[k];
        return m != null && m.isAgent() ? m : null;
    }

    /** Words of esteem before a name in state media and speeches. */
    static final String[] ESTEEM = {"respected", "esteemed", "beloved", "dear", "honourable", "honorable", "distinguished", "comrade"};

    /** Start of the noun phrase of a mention (its title words before it). */
    int phraseStart(Ment m) {
        int k = m.s - 1;
        while (k >= 0) {
            Tok x = t.get(k);
            boolean titleish = Lexicon.TITLE.contains(x.low) || x.is("'s", "’s")
                    || x.is("the", "of") && k > 0 && k < m.s - 1 && Lexicon.TITLE.contains(t.get(k + 1).low)
                    || x.is("of") && k > 0 && k < m.s - 2 && t.get(k + 1).is("the") && Lexicon.TITLE.contains(t.get(k + 2).low) && Lexicon.TITLE.contains(t.get(k - 1).low)
                    || x.is("the") && k < m.s - 1 && at[k + 1] != null && at[k + 1].type == Ment.Type.DEMONYM
                    // "to the respected Comrade X", "my dear friend": words of esteem before a name
                    || x.is(ESTEEM) || x.is("the", "my", "our") && k < m.s - 1 && t.get(k + 1).is(ESTEEM)
                    // "spokesperson for the Kenyan president X": the staff title's phrase, unless X is the one served
                    // ("the spokesman for Secretary-General Antonio Guterres", whom the KB knows in that office)
                    || x.is("for", "to") && k > 0 && Analyzer.STAFF_TITLES.contains(t.get(k - 1).low) && servedIsUnknown(m)
                    // "and visiting Kenyan President X": a modifier of the title
                    || x.is("visiting", "outgoing", "incoming", "acting") && k < m.s - 1 && (Lexicon.TITLE.contains(t.get(k + 1).low)
                        || at[k + 1] != null && at[k + 1].type == Ment.Type.DEMONYM)
                    || (at[k] != null && at[k] != m && (at[k].type == Ment.Type.DEMONYM || at[k].type == Ment.Type.INST
                        || at[k].type == Ment.Type.PLACE && at[k].e < t.size() && (t.get(at[k].e).is("'s", "’s") || Lexicon.TITLE.contains(t.get(at[k].e).low))));
            if (!titleish) break;
            k--;
        }
        return k + 1;
    }

    /** A person the KB holds no office for: after "spokesperson for the president", the spokesperson, not the president. */
    private boolean servedIsUnknown(Ment m) {
        return m.type == Ment.Type.PERSON && m.name != null && kb.person(m.name).isEmpty();
    }

    boolean inPP(Ment m) {
        int ps = phraseStart(m);
        for (int k = ps - 1; k >= Math.max(0, ps - 1); k--) {
            if (t.get(k).is("by") && k > 0 && t.get(k - 1).is("led", "headed")) return false;   // "a delegation led by X arrived"
            if (PREP.contains(t.get(k).low)) return true;
        }
        // inside an apposition ", the head of X,"
        return false;
    }

    boolean validAgent(Ment m) {
        if (m == null || !m.isAgent()) return false;
        if (m.code == null) return false;
        if (m.type == Ment.Type.PRON && m.possessive) return false;
        if (m.type == Ment.Type.INST && m.name == null) return false;
        return true;
    }

    /** The subject of a verb at token v: the nearest agent before it that is not possessive nor inside a prepositional phrase. */
    Ment subjectBefore(int v) {
        boolean relWho = false;
        for (int k = Math.max(0, v - 3); k < v; k++) if (t.get(k).is("who")) {
            relWho = true;
            // "... with President X, who has accused Y", "a meeting with X who is in Y": the relative clause's subject is the
            // name before it, PP or not
            int named = k >= 2 && t.get(k - 1).is(",") ? k - 2 : k - 1;
            if (named >= 0 && at[named] != null && at[named].type == Ment.Type.PERSON && !at[named].possessive) {
                if (at[named].code != null) return at[named];
                if (named == k - 1) return null;   // a name the KB cannot place: still the clause's subject, not the sentence's
            }
        }
        // a relative clause closed before the verb (", where he met President X, and then went to"): not the subject
        java.util.BitSet relative = new java.util.BitSet();
        for (int k = 1; k < v; k++) {
            if (!(t.get(k).is("where", "who", "which", "whom") && t.get(k - 1).is(","))) continue;
            int end = k + 1;
            while (end < v && !t.get(end).is(",", ";")) end++;
            if (end < v) relative.set(k, end);
        }
        for (int j = ms.size() - 1; j >= 0; j--) {
            Ment m = ms.get(j);
            if (m.e > v) continue;
            if (!m.isAgent()) continue;
            if (relative.get(m.s)) continue;
            if (m.possessive && !(m.e + 1 < t.size() && POSSESSED_GROUP.contains(t.get(m.e + 1).low))) continue;
            if (m.type == Ment.Type.PRON && m.possessive) continue;
            if (relWho && m.type != Ment.Type.PERSON) continue;
            if (inPP(m)) continue;
            if (m.code == null) continue;
            return m;
        }
        return null;
    }

    /** The country as speaker/party when it is the sentence subject ("France recalled ...", "Azerbaijan said"). */
    Ment countrySubject(int v) {
        for (Ment m : ms) {
            if (m.s >= v) break;
            if (m.type == Ment.Type.PLACE && !m.city && !m.possessive && !inPP(m)) {
                // nothing but adverbs/aux between it and the verb, or it is the first mention of the sentence
                boolean close = true;
                for (int k = m.e; k < v; k++) if (!(t.get(k).is("has", "have", "had", "also", "again", "officially", "publicly", ",", "recently", "then")
                        || mannerAdverb(k))) close = false;   // "France strongly condemned
                if (close) return m;
            }
            if (m.isAgent() || m.type == Ment.Type.PLACE) break;
        }
        return null;
    }

    /** A lower-case "-ly" adverb of manner at k ("strongly", "quickly"), as the tagger reads it. */
    boolean mannerAdverb(int k) {
        Tok x = t.get(k);
        return !x.cap && x.low.endsWith("ly") && tag(k).equals("ADV");
    }

    /** Words allowed between a capital and its verb: "Beijing on Friday accused ...", "Moscow has also said". */
    static final Set<String> SUBJECT_GAP = Set.of("has", "have", "had", "also", "again", "officially", "publicly", ",", "recently", "then",
            "on", "late", "early", "earlier", "later", "swiftly", "quickly", "immediately");

    /**
     * "Moscow said", "Beijing on Friday accused Manila": a capital as the subject right before the verb speaks for its
     * government; the mention returned is the country's.
     */
    Ment capitalSubject(int v) {
        for (Ment m : ms) {
            if (m.s >= v) break;
            if (m.type == Ment.Type.PLACE && m.city && !m.possessive && !inPP(m) && (m.s == 0 || !t.get(m.s - 1).isWord())
                    && kb.isCapital(m.code, m.name)) {
                for (int k = m.e; k < v; k++) if (!SUBJECT_GAP.contains(t.get(k).low) && !Lexicon.isTimeWord(t.get(k).low)) return null;
                Ment c = Ment.country(m.s, m.e, m.code);
                c.name = kb.countryName(m.code);
                return c;
            }
            if (m.isAgent() || m.type == Ment.Type.PLACE) break;
        }
        return null;
    }

    /** "Ghana on Friday hosted X", "Qatar received X in Doha": a country opening the sentence as the subject of the verb at v. */
    Ment countryAsHost(int v) {
        for (Ment m : ms) {
            if (m.s >= v) break;
            if (m.type == Ment.Type.PLACE && !m.city && !m.orgCode && !m.possessive && !inPP(m) && (m.s == 0 || !t.get(m.s - 1).isWord())) {
                for (int k = m.e; k < v; k++) if (!SUBJECT_GAP.contains(t.get(k).low) && !Lexicon.isTimeWord(t.get(k).low)) return null;
                return m;
            }
            if (m.isAgent() || m.type == Ment.Type.PLACE) break;
        }
        return null;
    }

    /** "Jordan's King Abdullah II" whose name the KB does not know: a role of that country, else null. */
    Ment titledAfter(Ment place) {
        int k = place.e + 1;
        int ts = k;
        while (k < t.size() && at[k] == null && Lexicon.TITLE.contains(t.get(k).low)) k++;
        if (k == ts) return null;
        String role = join(ts, k);
        if (!Analyzer.isPersonRole(role.toLowerCase(java.util.Locale.ROOT))) return null;
        int ns = k;
        while (k < t.size() && at[k] == null && t.get(k).cap && t.get(k).isWord() && !Lexicon.STOP.contains(t.get(k).low)) k++;
        Ment r = new Ment(Ment.Type.ROLE, place.s, k);
        r.code = place.code;
        r.role = role;
        r.office = Analyzer.office(role.toLowerCase(java.util.Locale.ROOT), place.code);
        r.name = k > ns ? join(ns, k) : kb.countryName(place.code) + " " + role.toLowerCase(java.util.Locale.ROOT);
        return r;
    }

    /** Words that make the country after a gathering noun its topic: "talks on Ukraine", "a meeting about Iran". */
    static final Set<String> TOPIC_WORDS = Set.of("on", "about", "over", "regarding", "concerning");

    /** The country at q is what talks are about, not a party: "met in Geneva for talks on Ukraine". */
    boolean topicOfTalks(int q) {
        return q >= 2 && TOPIC_WORDS.contains(t.get(q - 1).low) && (Lexicon.GATHERINGS.contains(t.get(q - 2).low) || t.get(q - 2).is("discussions", "consultations", "negotiations"));
    }

    /** Words of a title between a country and its holder's name: "U.S. Secretary of State for Foreign Affairs X". */
    private static final int TITLE_AFTER_COUNTRY = 8;

    Ment firstAgentAfter(int k, int max) {
        Ment possessed = null;
        for (int q = k; q < Math.min(t.size(), k + max); q++) {
            Tok x = t.get(q);
            if (x.text.equals(".") || x.text.equals(";")) break;
            Ment m = at[q];
            if (m != null && m.isAgent() && !(m.type == Ment.Type.PRON && m.possessive && !"counterpart".equals(m.office))) return m;
            if (m != null && m.type == Ment.Type.PLACE && !m.city && topicOfTalks(q)) { q = m.e - 1; continue; }   // "talks on Ukraine"
            if (m != null && m.type == Ment.Type.PLACE && !m.city) {
                if (m.e < t.size() && t.get(m.e).is("'s", "’s") && possessed == null) possessed = titledAfter(m);
                if (m.e < t.size() && (Lexicon.GATHERINGS.contains(t.get(m.e).low) || t.get(m.e).is("'s", "’s", "-"))) { q = m.e - 1; continue; }
                if (m.e < t.size() && Lexicon.TITLE.contains(t.get(m.e).low)) {   // "New Zealand Prime Minister Christopher Luxon"
                    int r = m.e;
                    // "U.S. Secretary of State Antony Blinken": the words of a title, its "of" and "for" included
                    while (r < t.size() && r < m.e + TITLE_AFTER_COUNTRY && at[r] == null
                            && (Lexicon.TITLE.contains(t.get(r).low) || t.get(r).is("of", "for", "and") && r + 1 < t.size() && t.get(r + 1).cap)) r++;
                    if (r < t.size() && at[r] != null && at[r].type == Ment.Type.PERSON && at[r].code != null) return at[r];
                }
                // "President of the French Republic Emmanuel Macron": the titled name right after its country
                Ment holder = personAfterHonorific(m.e);
                if (holder != null && holder.code != null) return holder;
                if (m.e < t.size() && t.get(m.e).is(",")) {   // "the Minister of Senegal, Ambassador Yassine Fall"
                    int r = m.e + 1;
                    while (r < t.size() && (Lexicon.TITLE.contains(t.get(r).low.replace(".", "")) || t.get(r).is("the"))) r++;
                    if (r < t.size() && at[r] != null && at[r].type == Ment.Type.PERSON && at[r].code != null) return at[r];
                }
                return m;   // a country as the other party
            }
            if (m != null && m.type == Ment.Type.DEMONYM && q + 1 < t.size() && DEMONYM_GROUP.contains(t.get(q + 1).low)) {
                // "his Ugandan counterpart Yoweri Museveni": the name in apposition is the party, of the demonym's country
                Ment named = q + 2 < t.size() ? at[q + 2] : null;
                if (named != null && named.s == q + 2 && named.type == Ment.Type.PERSON && (named.code == null || named.code.equals(m.code))) {
                    named.code = m.code;
                    return named;
                }
                Ment r = new Ment(Ment.Type.ROLE, m.s, m.e + 1);
                r.code = m.code;
                r.name = kb.countryName(m.code) + " " + t.get(q + 1).low;
                return r;
            }
            if (m != null && m.type == Ment.Type.DEMONYM && m.s == q) {
                String head = sharedHead(m);
                if (head != null) return demonymRole(m, head, m.e);
            }
        }
        return possessed;
    }

    // ------------------------------------------------------------------ coordination

    /** Words that join two conjuncts of a list of parties. */
    static final Set<String> CONJ = Set.of("and", "&");
    /** An aside between "and" and the "with" of the next party: "and, separately, with", "and later with". */
    static final Set<String> WITH_ASIDE = Set.of(",", "separately", "later", "then", "also", "subsequently", "afterwards", "individually");
    /** Words after a conjunct that open a new clause: the conjunct is that clause's subject, not a list member. */
    static final Set<String> CLAUSE_VERB = Set.of("has", "have", "had", "was", "were", "is", "are", "will", "would", "also",
            "later", "then", "who", "which", "did", "does", "can", "could", "may", "might", "must", "should");

    /** "Estonian and Latvian counterparts": the head noun a list of demonyms starting at m shares, else null. */
    String sharedHead(Ment m) {
        int q = m.e;
        boolean list = false;
        while (q < t.size()) {
            if (DEMONYM_GROUP.contains(t.get(q).low)) return list ? t.get(q).low : null;
            int r = q;
            if (t.get(r).is(",")) r++;
            if (r < t.size() && CONJ.contains(t.get(r).low)) r++;
            // "the Egyptian, Jordanian and Saudi leaders": a country's name may stand for its demonym ("Saudi")
            Ment n = r < t.size() ? at[r] : null;
            boolean country = n != null && (n.type == Ment.Type.DEMONYM || n.type == Ment.Type.PLACE && !n.city && !n.possessive && !n.orgCode);
            if (r == q || !country || n.s != r) return null;
            list = true;
            q = at[r].e;
        }
        return null;
    }

    Ment demonymRole(Ment d, String head, int end) {
        Ment r = new Ment(Ment.Type.ROLE, d.s, end);
        r.code = d.code;
        r.name = kb.countryName(d.code) + " " + (head.endsWith("s") ? head.substring(0, head.length() - 1) : head);
        r.role = head.startsWith("counterpart") ? "counterpart" : null;
        r.office = r.role;
        return r;
    }

    /**
     * The parties listed after m ("Brazil, Japan, Canada and Mexico", "the presidents of Chile, Peru and Ecuador",
     * "Estonian and Latvian counterparts", "President A, Prime Minister B and King C"): each is its own party. A
     * conjunct followed by a verb opens a new clause ("A met B, and C said") and ends the list.
     */
    List<Ment> conjuncts(Ment m) {
        return conjuncts(m, true);
    }

    /** conjuncts(m); with newClause false a verb after a conjunct does not end the list (the list is the subject). */
    List<Ment> conjuncts(Ment m, boolean newClause) {
        List<Ment> out = new ArrayList<>();
        if (m == null || m.code == null) return out;
        boolean countryList = m.type == Ment.Type.PLACE || m.type == Ment.Type.DEMONYM
                || m.type == Ment.Type.ROLE && m.s < t.size() && at[m.s] != null && at[m.s].type == Ment.Type.DEMONYM;
        int q = m.type == Ment.Type.ROLE && countryList ? demonymEnd(m) : m.e;
        String ofTitle = null;   // "foreign minister of A, B and C": the title the countries after it share
        // "his Brazilian counterpart Luiz Inacio Lula da Silva and ...": the list goes on after the role's name
        Ment named = m.e < t.size() ? at[m.e] : null;
        if (named != null && named.s == m.e && named.type == Ment.Type.PERSON && m.code.equals(named.code)) q = named.e;
        q = pastOwnCountry(m, q);
        while (q < t.size()) {
            // "with A on Monday and with B on Tuesday", "... on Monday, and later with B": past A's own day to the "with" of the next
            // "met A in Brussels on Thursday, as well as with B": past A's own place and day too
            int pd = q;
            if (pd < t.size() && t.get(pd).is("officials", "leaders", "ministers") && m.type == Ment.Type.PLACE) pd++;   // "met EU officials"
            while (pd + 1 < t.size() && (t.get(pd).is("on") && Lexicon.isTimeWord(t.get(pd + 1).low)
                    || t.get(pd).is("in", "at") && at[pd + 1] != null && at[pd + 1].type == Ment.Type.PLACE && at[pd + 1].s == pd + 1))
                pd = t.get(pd).is("on") ? pd + 2 : at[pd + 1].e;
            if (pd > q) {
                int c = pd < t.size() && t.get(pd).is(",") ? pd + 1 : pd;
                boolean asWell = c + 2 < t.size() && t.get(c).is("as") && t.get(c + 1).is("well") && t.get(c + 2).is("as");
                int w = asWell ? c + 3 : c + 1;
                while (w < t.size() && WITH_ASIDE.contains(t.get(w).low)) w++;
                if (asWell || w < t.size() && c < t.size() && CONJ.contains(t.get(c).low) && t.get(w).is("with")) q = pd;
            }
            int r = q;
            if (t.get(r).is(",")) r++;
            if (r < t.size() && CONJ.contains(t.get(r).low)) r++;
            else if (r + 2 < t.size() && t.get(r).is("as") && t.get(r + 1).is("well") && t.get(r + 2).is("as")) r += 3;
            if (r == q || r >= t.size()) break;
            if (CONJ.contains(t.get(r - 1).low) || t.get(r - 1).is("as") && t.get(r - 2).is("well")) {
                // "separate meetings with A and with B", "spoke with A and, separately, with B": past the aside to its "with"
                int w = r;
                while (w < t.size() && WITH_ASIDE.contains(t.get(w).low)) w++;
                if (w < t.size() && t.get(w).is("with")) r = w + 1;
            }
            // "and his South African counterpart": past the possessive pronoun too
            // and a lower-case particle that opens the next name ("..., bin Hamad, ...")
            while (r < t.size() && (at[r] == null || at[r].type == Ment.Type.PRON && at[r].possessive && at[r].e == r + 1)
                    && (t.get(r).is("the", "his", "her", "their") || at[r] == null && titleOrPlural(t.get(r).low)
                        || at[r] == null && Lexicon.PARTICLES.contains(t.get(r).text) && r + 1 < t.size() && at[r + 1] != null
                           && at[r + 1].type == Ment.Type.PERSON && at[r + 1].s == r + 1)) r++;
            // "and foreign minister of Cyprus, Uganda and Egypt": a title's "of" leads to its countries, each that office's holder;
            // "Chancellor of Germany Friedrich Merz" names the holder itself (below)
            Ment holderNamed = titledOfCountry(r);
            if (r + 1 < t.size() && t.get(r).is("of") && titleOrPlural(t.get(r - 1).low) && holderNamed == null) {
                int ts = r;
                while (ts > 0 && at[ts - 1] == null && titleOrPlural(t.get(ts - 1).low)) ts--;
                // "and the presidents of Lithuania, Latvia and Estonia": each country's holder of the (singular) office
                ofTitle = join(ts, r).toLowerCase(java.util.Locale.ROOT).replaceAll("s$", "");
                r += t.get(r + 1).is("the") ? 2 : 1;
            }
            if (r >= t.size()) break;
            Ment n = at[r];
            if (n == null && (n = holderNamed) != null) r = n.s;   // "..., Prime Minister of Canada Justin Trudeau, ..." (r did not move)
            if (n == null || n.s != r || n.code == null) break;
            if (ofTitle != null && n.type == Ment.Type.PLACE && !n.city && !n.orgCode && !n.possessive) n = holderRole(n, ofTitle);
            if (n.type == Ment.Type.PLACE && n.orgCode && !n.possessive) {
                // "..., and NATO Secretary General Mark Rutte": the body's titled official, else no list member
                int k = n.e;
                while (k < t.size() && at[k] == null && Lexicon.TITLE.contains(t.get(k).low)) k++;
                if (k == n.e || k >= t.size() || at[k] == null || at[k].s != k || at[k].type != Ment.Type.PERSON) break;
                n = at[k];
                if (n.code == null) n.code = at[r].code;
            }
            if (n.type == Ment.Type.PLACE && (n.city || n.orgCode)) break;
            if (n.type == Ment.Type.PRON || n.type == Ment.Type.INST && !countryList) break;
            if (n.type == Ment.Type.PLACE && n.possessive || n.type == Ment.Type.DEMONYM) {
                // "Uganda's President Yoweri Museveni", "Tongan Prime Minister Siaosi Sovaleni": the person after the country
                int k = n.type == Ment.Type.DEMONYM ? n.e : n.e + 1;
                while (k < t.size() && at[k] == null && Lexicon.TITLE.contains(t.get(k).low)) k++;
                if (k < t.size() && at[k] != null && at[k].isAgent() && at[k].s == k) n = at[k];
            }
            if (n.type == Ment.Type.PLACE && !n.city && !n.orgCode) {
                // "India's Human Resource Development Minister X", "US civil rights activist Y": past a longer title to the
                // person; one with no title word is no official, and the list goes on after him
                int k = n.possessive ? n.e + 1 : n.e;
                boolean titled = false;
                int end = Math.min(t.size(), k + TITLE_PHRASE_WINDOW);
                while (k < end && (at[k] == null || at[k].type != Ment.Type.PERSON || at[k].possessive) && titleWord(k)) { titled |= Lexicon.TITLE.contains(t.get(k).low); k++; }
                if (k < end && k > n.e && at[k] != null && at[k].type == Ment.Type.PERSON && !at[k].possessive && at[k].s == k) {
                    if (!titled) { q = at[k].e; continue; }
                    n = at[k];
                }
            }
            int after = n.e;
            if (n.type == Ment.Type.DEMONYM) {
                if (after < t.size() && DEMONYM_GROUP.contains(t.get(after).low)) after++;
                String head = after > n.e ? t.get(n.e).low : m.role != null ? m.role : "side";
                Ment role = demonymRole(n, head, after);
                n = role;
            }
            after = pastOwnCountry(n, after);
            if (newClause && after < t.size() && (CLAUSE_VERB.contains(t.get(after).low) || TRIGGERS.contains(t.get(after).low) && !t.get(after).is("talks", "meeting", "meetings", "visit"))) break;
            out.add(n);
            q = after;
        }
        return out;
    }

    /**
     * "King Abdullah II of Jordan, President X of Egypt and ...": past the country a named person's title is of (the
     * person's own) to where the list goes on; else k.
     */
    private int pastOwnCountry(Ment n, int k) {
        // "presidents Gustavo Petro (Colombia) and Guillermo Lasso (Ecuador)": the person's country in brackets
        if (n.type == Ment.Type.PERSON && k + 2 < t.size() && t.get(k).is("(") && at[k + 1] != null && at[k + 1].s == k + 1
                && at[k + 1].type == Ment.Type.PLACE && !at[k + 1].city && at[k + 1].e < t.size() && t.get(at[k + 1].e).is(")")) return at[k + 1].e + 1;
        if (n.type != Ment.Type.PERSON || k + 1 >= t.size() || !t.get(k).is("of")) return k;
        int c = t.get(k + 1).is("the") ? k + 2 : k + 1;
        Ment p = c < t.size() ? at[c] : null;
        return p != null && p.s == c && p.type == Ment.Type.PLACE && !p.city && !p.possessive && p.code != null && p.code.equals(n.code) ? p.e : k;
    }

    /** A title word, or its plural ("presidents", "ministers"). */
    static boolean titleOrPlural(String w) {
        return Lexicon.TITLE.contains(w) || w.length() > 3 && w.endsWith("s") && Lexicon.TITLE.contains(w.substring(0, w.length() - 1));
    }

    /** Plural nouns that head a group of parties a list then names: "seven leaders", "her Baltic counterparts". */
    static final Set<String> LIST_HEADS = union(GROUP_HEADS, Set.of("counterparts", "premiers", "dignitaries"));
    /** Tokens that introduce the list after its group phrase: "leaders, including A", "leaders: A", "leaders, namely A". */
    static final Set<String> LIST_INTRO = Set.of(",", ":", "—", "–", "including", "namely", "notably", "among", "them", "such", "as");
    /** How many tokens before its head noun a group phrase may have: "two of Asia's most senior leaders". */
    static final int GROUP_PHRASE_WINDOW = 8;
    /** How far after the head noun its list may start: "seven leaders visiting Tokyo for the summit: A, B and C". */
    static final int GROUP_LIST_WINDOW = 10;

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new java.util.HashSet<>(a);
        u.addAll(b);
        return Set.copyOf(u);
    }

    /**
     * "with two of Asia's most senior leaders, A and B", "with seven leaders visiting Tokyo: A, B and C", "with several
     * leaders, including A and B": the first named person of the list a group phrase starting at k introduces (the rest
     * are its conjuncts); else null. Countries after the head ("ministers from A, B and C") are the group's own list.
     */
    Ment listAfterGroup(int k) {
        int h = groupHead(k);
        if (h < 0) return null;
        for (int q = h + 1; q < Math.min(t.size(), h + GROUP_LIST_WINDOW); q++) {
            Tok x = t.get(q);
            if (x.is(",", ":", "—", "–", "including", "namely") || x.is("such") && q + 1 < t.size() && t.get(q + 1).is("as")) return listStart(q);
            Ment m = at[q];
            if (x.is(".", ";") || m != null && m.isAgent()) return null;
            // "leaders visiting Tokyo", "leaders in Brussels": where they are; "leaders of A and B" names the group's countries
            if (m != null && !(m.type == Ment.Type.PLACE && m.s == q && t.get(q - 1).is("in", "at", "to", "visiting"))) return null;
            if (m != null) q = m.e - 1;
        }
        return null;
    }

    /**
     * The head noun of a group phrase starting at k and naming no one ("Nordic leaders", "two of Asia's most senior
     * leaders", "EU counterparts"), else -1.
     */
    int groupHead(int k) {
        for (int q = k; q < Math.min(t.size(), k + GROUP_PHRASE_WINDOW); q++) {
            Ment m = at[q];
            if (m == null && LIST_HEADS.contains(t.get(q).low)) return q;
            if (m == null ? !t.get(q).isWord() && !t.get(q).is("'s", "’s")
                    : !(m.type == Ment.Type.DEMONYM || m.type == Ment.Type.PLACE && (m.possessive || m.orgCode))) return -1;
            if (m != null) q = m.e - 1;
        }
        return -1;
    }

    /** The named person a list starts with right after its introducing words at q ("including", ":"); else null. */
    Ment listStart(int q) {
        int r = q;
        while (r < t.size() && LIST_INTRO.contains(t.get(r).low)) r++;
        Ment first = r < t.size() ? firstAgentAfter(r, GROUP_PHRASE_WINDOW) : null;
        if (first == null || !first.isNamedPerson() || first.code == null || first.possessive) return null;
        // only titles and countries before the name ("Japanese Prime Minister X"), and no verb after it ("leaders, X said")
        for (int k = r; k < first.s; k++)
            if (at[k] == null && !Lexicon.TITLE.contains(t.get(k).low) && !t.get(k).is("the", "of", "'s", "’s")
                    && !(t.get(k).low.endsWith("s") && Lexicon.TITLE.contains(t.get(k).low.substring(0, t.get(k).low.length() - 1)))) return null;   // "such as presidents X (Colombia) and Y"
        if (first.e < t.size() && (CLAUSE_VERB.contains(t.get(first.e).low) || Lexicon.SPEECH.contains(t.get(first.e).low))) return null;
        return first;
    }

    /** "of Canada Justin Trudeau" at r, after a title in a list: the person named after the title's country, else null. */
    private Ment titledOfCountry(int r) {
        if (r < 1 || !t.get(r).is("of") || !Lexicon.TITLE.contains(t.get(r - 1).low)) return null;
        int k = r + 1;
        // "of the Republic of Gabon": past the words of a state's formal name the gazetteer did not take in
        while (k < Math.min(t.size(), r + 1 + STATE_NAME_WINDOW) && at[k] == null && t.get(k).is("the", "republic", "kingdom", "state", "of")) k++;
        Ment c = k < t.size() ? at[k] : null;
        if (c == null || c.s != k || c.type != Ment.Type.PLACE || c.city || c.e >= t.size()) return null;
        // "the President of the Republic of Gabon, Ali Bongo Ondimba": the holder after a comma too
        Ment p = personAfterHonorific(t.get(c.e).is(",") ? c.e + 1 : c.e);
        return p != null && !p.possessive && c.code.equals(p.code) ? p : null;
    }

    /**
     * The person named from token k, past an honorific: "Prime Minister of Bangladesh Sheikh Hasina", "Prime Minister of
     * Bhutan Dr. Lotay Tshering"; null when no person starts there.
     */
    private Ment personAfterHonorific(int k) {
        int h = k;
        while (h < t.size() && at[h] == null && (Lexicon.TITLE.contains(t.get(h).low.replace(".", "")) || h > k && t.get(h).is("."))) h++;
        Ment p = h < t.size() ? at[h] : null;
        return p != null && p.s == h && p.type == Ment.Type.PERSON ? p : null;
    }

    /** Words of a state's formal name before its country ("the Republic of", "the State of"). */
    static final int STATE_NAME_WINDOW = 4;

    /** Tokens of a title between a country and its official in a list: "China's National People's Congress (NPC) Vice-Chairman". */
    static final int TITLE_PHRASE_WINDOW = 8;

    /** A word of a title phrase: capitalised, a title, a lower-case word ("special envoy") or the punctuation of an acronym. */
    private boolean titleWord(int k) {
        Tok x = t.get(k);
        return x.isWord() && !x.is("and", "or", "who", "which", "said", "says") && !CLAUSE_VERB.contains(x.low) && !TRIGGERS.contains(x.low)
                || x.is("(", ")", "'s", "’s", "-");
    }

    /** The role of the country c whose title is given: its office holder on the publication day, else "Cyprus foreign minister". */
    Ment holderRole(Ment c, String title) {
        Ment r = new Ment(Ment.Type.ROLE, c.s, c.e);
        r.code = c.code;
        String office = Analyzer.office(title, null);
        Kb.Office o = office == null ? null : kb.holder(c.code, office, pub);
        r.name = o != null ? o.name() : kb.countryName(c.code) + " " + title;
        r.role = o != null ? o.office() : null;
        return r;
    }

    /** The end of the demonym a demonym-list role starts with. */
    int demonymEnd(Ment role) {
        Ment d = at[role.s];
        return d != null && d.type == Ment.Type.DEMONYM && d != role ? d.e : role.e;
    }

    static final java.util.regex.Pattern FUTURE = java.util.regex.Pattern.compile(
            "(?i)\\b(next (week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday|spring|summer|autumn|fall|winter)|tomorrow|"
            + "later this (week|month|year)|in the coming (days|weeks|months)|is scheduled|are scheduled|is due|are due|will|is set to|are set to|is slated)\\b");

    // FUTURE can only match where one of these occurs (the text is lower-cased; its letters are ASCII)
    static final String[] FUTURE_WORDS = {"next ", "tomorrow", "later this ", "in the coming ", "scheduled", "due", "will",
            "set to", "slated"};

    /** FUTURE.matcher(low).find() for lower-case text, skipping the regex when none of its words occurs. */
    static boolean future(String low) {
        for (String w : FUTURE_WORDS) if (low.contains(w)) return FUTURE.matcher(low).find();
        return false;
    }

    /** A future cue right after the trigger: "Modi's visit to the US next month will focus on ...". */
    boolean futureAfter(int v) {
        int end = Math.min(t.size(), v + 12);
        for (int k = v + 1; k < end; k++) {
            Tok x = t.get(k);
            if (x.is(".", ";", "said", "says", "told", "who", "which", "whose", "where", "while", "but")) break;   // a relative clause's future is not the event's
            if (x.is("next", "tomorrow", "will", "scheduled", "upcoming", "slated")) {
                if (x.is("next") && k + 1 < t.size() && !NEXT_UNIT.contains(t.get(k + 1).low)) continue;
                return true;
            }
        }
        return false;
    }

    /** A trigger in the past tense: "discussed", "spoke", "held". */
    static boolean pastVerb(Tok x) {
        return x.low.endsWith("ed") && !x.is("planned", "scheduled", "expected", "proposed") || x.is("spoke", "met", "held", "had", "sat", "told");
    }

    /** Verbs that deny the event reported after them. */
    static final String[] DENIALS = {"denied", "denies", "deny", "denying", "refuted", "dismissed"};
    /** How many words before a trigger its modal may stand: "will pay a working visit". */
    static final int MODAL_WINDOW = 5;

    /** Words between a negation and the talk noun it denies: "not had a phone conversation", "not yet held any talks". */
    static final Set<String> NEGATED_LIGHT = Set.of("had", "have", "has", "held", "hold", "made", "make", "a", "an", "any", "the",
            "yet", "been", "single", "formal", "direct", "official", "telephone", "phone", "bilateral", "face-to-face");

    /** Words a "the first/last ... to" phrase may have between its ordinal and "to": "the last sitting U.S. president to". */
    static final int FIRST_TO_WINDOW = 7;

    /**
     * "was the last sitting U.S. president to visit Argentina in 1997", "became the first Indian prime minister to visit
     * Poland": the infinitive after an ordinal tells what happened, unless the clause is itself a plan ("will be the first").
     */
    boolean firstToDo(int to) {
        for (int q = to - 1; q >= Math.max(1, to - FIRST_TO_WINDOW); q--) {
            if (t.get(q).is(",", ";", ".")) return false;
            if (t.get(q).is("first", "last", "only", "second", "third") && t.get(q - 1).is("the")) {
                for (int r = q - 2; r >= Math.max(0, q - 5); r--) {
                    if (t.get(r).is("will", "would", "could", "may", "might", "to") || inQuote(r)) return false;
                    if (t.get(r).is(",", ";")) break;
                }
                return true;
            }
        }
        return false;
    }

    boolean modal(int v, boolean verb) {
        // "discussed an upcoming summit": after a past verb the future word is its object's, not the event's
        if (!verb && futureAfter(v) && !pastVerb(t.get(v))) return true;
        if (verb && v + 2 < t.size() && futureAfter(v) && FUTURE.matcher(join(v, Math.min(t.size(), v + 12))).find()
                && !t.get(v).low.endsWith("ed") && !Lexicon.SPEECH.contains(t.get(v).low) && !t.get(v).low.equals("met")) return true;
        // the window's words do not count a day named inside it: "will on Tuesday pay a working visit"
        int from = v;
        for (int counted = 0; from > 0 && counted < MODAL_WINDOW; ) if (!(Lexicon.isTimeWord(t.get(--from).low) || t.get(from).is("on"))) counted++;
        for (int k = from; k < v; k++) {
            Tok x = t.get(k);
            if (inQuote(k) && !inQuote(v)) continue;   // a quote's "will" is its own; inside the quote it is the trigger's
            if (x.text.equals(",") && k < v - 1 && !verb) continue;
            if (x.low.equals("to")) {
                if (verb && k == v - 1 && !firstToDo(k)) return true;
                continue;
            }
            if (x.low.equals("not") || x.low.endsWith("n't") || x.low.endsWith("n’t") || x.low.equals("never") || x.low.equals("no") || x.low.equals("without")) {
                if (k >= v - 2) return true;
                // "has not had a phone conversation with", "have not yet held any talks with": the light verb's noun
                boolean light = true;
                for (int q = k + 1; q < v && light; q++) light = NEGATED_LIGHT.contains(t.get(q).low);
                if (light) return true;
                continue;
            }
            if (Lexicon.MODAL.contains(x.low) && !monthMay(k)) {
                if (x.is("called", "calls", "urged", "agreed", "agree", "agrees", "set", "due", "next", "possible")) {
                    if (k >= v - 3) return true;
                    continue;
                }
                return true;
            }
        }
        for (int k = 0; k < v; k++) if (t.get(k).is("if", "unless", "whether") && !inQuote(k)) return true;
        // "who confirmed Lula's trip to Buenos Aires", "announced the president's visit to X": a trip announced is ahead
        if (!verb) for (int k = Math.max(0, v - ANNOUNCED_TRIP_WINDOW); k < v; k++) if (t.get(k).is("confirmed", "announced", "confirms", "announces")) return true;
        // "X denied that he had travelled to Y", "denied having met", "denied speaking to": the event is the one denied
        for (int k = 0; k + 1 < v; k++)
            if (t.get(k).is(DENIALS) && (t.get(k + 1).is("that", "having", "any", "reports") || t.get(k + 1).low.endsWith("ing")) && !inQuote(k)) return true;
        return plannedBefore(v) || modalOfFirstVerb(v);
    }

    /** Tokens between "confirmed"/"announced" and the trip noun it announces: "confirmed Lula's trip". */
    static final int ANNOUNCED_TRIP_WINDOW = 4;

    /** How far back from "and" the modal of a coordinated verb phrase may stand: "will give a lecture ... and also meet X". */
    static final int COORDINATED_VERB_WINDOW = 15;
    /** Modals that, before the first of two coordinated verbs, also govern the second one. */
    static final Set<String> SHARED_MODAL = Set.of("will", "would", "'ll", "shall", "may", "might", "could", "should", "must",
            "expected", "scheduled", "due", "set", "plans", "intends", "hopes");

    /**
     * "he will give a lecture there and also meet President X": a bare verb after "and" shares the modal of the verb before
     * it, so it is a plan too. Only within the clause (no comma or stop between), and only for a base form ("and met" is a fact).
     */
    boolean modalOfFirstVerb(int v) {
        String w = t.get(v).low;
        if (w.endsWith("ed") || w.endsWith("s") || w.equals("met")) return false;
        int k = v - 1;
        while (k > 0 && t.get(k).is("also", "then", "later", "possibly", "perhaps")) k--;
        if (k <= 0 || !t.get(k).is("and", "or")) return false;
        for (int q = k - 1; q >= 0 && q >= k - COORDINATED_VERB_WINDOW; q--) {
            if (t.get(q).is(",", ";", ".", ":") || inQuote(q)) return false;
            if (SHARED_MODAL.contains(t.get(q).low) && !monthMay(q)) return true;
        }
        return false;
    }

    /** How far back from a trigger its clause's "is to" may be: "is also to attend a C5+1 ministerial meeting". */
    static final int PLANNED_WINDOW = 10;

    /** "X is also to attend a meeting with ...": an arrangement ("is to", "are to") in the trigger's clause. */
    boolean plannedBefore(int v) {
        for (int k = v - 1; k > 0 && k >= v - PLANNED_WINDOW; k--) {
            if (t.get(k).is(",", ";", ".") || inQuote(k)) return false;
            if (t.get(k).is("to") && planned(k)) return true;
        }
        return false;
    }

    /** "It is to be recalled that ...": a news agency's formula for a reminder of what happened, no arrangement. */
    static final Set<String> REMINDED = Set.of("recalled", "noted", "remembered", "mentioned");

    /** "is to attend", "are also to meet": a present "be" before the "to" at k states an arrangement, not a fact. */
    boolean planned(int k) {
        if (k + 2 < t.size() && t.get(k + 1).is("be") && REMINDED.contains(t.get(k + 2).low)) return false;
        int b = k - 1;
        if (b > 0 && t.get(b).is("also")) b--;
        return b >= 0 && t.get(b).is("is", "are");
    }

    /** Words before "May" that make it the month: "on May 9", "in May", "early May". */
    static final Set<String> BEFORE_MONTH = Set.of("on", "in", "of", "since", "until", "early", "late", "mid", "mid-", "last", "this", "next", "from", "by");

    /** "on May 9 received", "9 May": the month, not the modal verb. */
    boolean monthMay(int k) {
        Tok x = t.get(k);
        if (!x.text.equals("May")) return false;
        if (k + 1 < t.size() && !t.get(k + 1).text.isEmpty() && Character.isDigit(t.get(k + 1).text.charAt(0))) return true;
        return k > 0 && (BEFORE_MONTH.contains(t.get(k - 1).low) || !t.get(k - 1).text.isEmpty() && Character.isDigit(t.get(k - 1).text.charAt(0)));
    }

    /** Whether one of the words stands between tokens from and to. */
    boolean wordBetween(int from, int to, String... words) {
        for (int q = from; q < to; q++) if (t.get(q).is(words)) return true;
        return false;
    }

    /** A "will", "would" or "is to" in the comma-bounded clause before token k: the clause tells a plan. */
    boolean futureClauseOf(int k) {
        for (int q = k - 1; q >= 0 && !t.get(q).is(",", ";", ":"); q--)
            if (t.get(q).is("will", "would", "shall") || t.get(q).is("to") && q > 0 && t.get(q - 1).is("is", "are")) return true;
        return false;
    }

    Dates.Mention dateFor(int v) {
        Dates.Mention best = null;
        int bestD = Integer.MAX_VALUE;
        for (int i = 0; i < dates.size(); i++) {
            if (sinceDate(i, v) && !(dateTok[i] < v)) continue;
            int d = Math.abs(dateTok[i] - v);
            // a date across a clause boundary ("... in February 2023 and X paid a visit in July") is farther away
            for (int q = Math.min(dateTok[i], v) + 1; q < Math.max(dateTok[i], v); q++) if (t.get(q).is("and", "but", ";", "while", "whereas") && !inQuote(q)) { d += 6; break; }
            if (relativeClauseOf(dateTok[i]) != relativeClauseOf(v)) d += RELATIVE_CLAUSE_DISTANCE;
            // "X and Y will have a call on November 24, Lavrov said on Sunday at a meeting with Z": a plan's day does not
            // date what happened in another clause
            if (futureClauseOf(dateTok[i]) && wordBetween(Math.min(dateTok[i], v), Math.max(dateTok[i], v), ",")) continue;
            Dates.Mention m = dates.get(i);
            if (d < bestD - 3 || (Math.abs(d - bestD) <= 3 && best != null && m.rank() >= best.rank())) {
                if (best == null || d < bestD && m.rank() >= best.rank() || m.rank() > best.rank()) { best = m; bestD = d; }
            } else if (best == null) { best = m; bestD = d; }
        }
        return best;
    }

    /** Words after "called on X to" that are no verb of an appeal. */
    static final Set<String> NOT_INFINITIVE = Set.of("the", "a", "an", "his", "her", "their", "its", "this", "that");
    /** How many tokens after "called on" the person called on may start ("called on the visiting Prime Minister X"). */
    static final int CALLED_ON_PARTY_WINDOW = 8;

    /**
     * "called on Prime Minister X in Putrajaya": a courtesy call on a person, not an appeal; "called on X to do Y" and "called on
     * China" (a country, not a person) are appeals.
     */
    boolean courtesyCallOn(int v) {
        if (v + 2 >= t.size() || !t.get(v).is("called", "calls", "call") || !t.get(v + 1).is("on", "upon")) return false;
        Ment party = null;
        for (int q = v + 2; q < Math.min(t.size(), v + 2 + CALLED_ON_PARTY_WINDOW); q++) {
            if (at[q] == null) { if (t.get(q).isWord() && (!t.get(q).cap || Lexicon.TITLE.contains(t.get(q).low))) continue; else break; }
            if (at[q].type == Ment.Type.DEMONYM || at[q].type == Ment.Type.PLACE && at[q].possessive) continue;   // "Malaysian Prime Minister X"
            // "called on Saudi Crown Prince X", "called on US President Y": a country's name as the title's modifier
            if (at[q].type == Ment.Type.PLACE && !at[q].city && at[q].e < t.size() && Lexicon.TITLE.contains(t.get(at[q].e).low)) continue;
            if (at[q].type == Ment.Type.PERSON || at[q].type == Ment.Type.ROLE || at[q].type == Ment.Type.PRON && at[q].possessive) party = at[q];
            break;
        }
        if (party == null) return false;
        for (int q = party.e; q + 1 < t.size(); q++) {
            if (t.get(q).is(".", ";")) break;
            if (t.get(q).is("to") && infinitive(q)) return false;
        }
        return true;
    }

    /** "to discuss ...", "called on X to end": the "to" at k opens an infinitive, not a party. */
    boolean infinitive(int k) {
        return k + 1 < t.size() && t.get(k + 1).isWord() && !t.get(k + 1).cap && !NOT_INFINITIVE.contains(t.get(k + 1).low);
    }

    private int[] relativeClause;   // per token: 1 + the index of the comma opening the relative clause it is in, else 0

    /** Which relative clause set off by a comma (", who visited Moscow in February,") token k is in: 0 for none. */
    int relativeClauseOf(int k) {
        if (relativeClause == null) {
            relativeClause = new int[t.size()];
            for (int q = 0; q + 1 < t.size(); q++) {
                if (!t.get(q).is(",") || !RELATIVE_PRONOUNS.contains(t.get(q + 1).low)) continue;
                int r = q + 1;
                while (r < t.size() && !CLAUSE_END.contains(t.get(r).low)) relativeClause[r++] = q + 1;
                q = r - 1;
            }
        }
        return relativeClause[k];
    }

    /** A statement's date: before the speech verb or right after it ("said on Monday"), never inside what was said. */
    Dates.Mention statementDate(int v) {
        // "Speaking to the press in Addis Ababa on 18 February, X said": the occasion's phrase up to its comma holds no content
        int occasionEnd = v;
        if (t.get(v).is("speaking", "addressing", "writing")) while (occasionEnd + 1 < t.size() && !t.get(occasionEnd + 1).is(",")) occasionEnd++;
        // "..., was sentenced on Aug. 1, said a spokesman": the words before an inverted verb are what was said, their date too
        boolean inverted = invertedAttribution(v);
        Dates.Mention best = null;
        int bestD = Integer.MAX_VALUE;
        for (int i = 0; i < dates.size(); i++) {
            int k = dateTok[i];
            if (inQuote(k) || sinceDate(i, v) || inverted && k < v) continue;
            Dates.Mention m = dates.get(i);
            if (k > v) {
                if (k - v > 8 || m.rank() == 0) continue;
                boolean content = false;
                for (int q = v + 1; q < k && k > occasionEnd; q++) if (t.get(q).is("that", ":", "\"", "“", "to", "would", "will", "had", "has", "was", "were", "is")) content = true;
                if (content) continue;
            }
            int dd = Math.abs(k - v);
            if (best == null || dd < bestD - 3 || Math.abs(dd - bestD) <= 3 && m.rank() > best.rank()) { best = m; bestD = dd; }
        }
        return best;
    }

    /** Tokens that close a quote or a clause right before an inverted speech verb ("...,” said X", "..., said X"). */
    static final String[] INVERSION_OPENERS = {",", "”", "\"", "’"};
    static final String[] QUOTES = {"“", "”", "\"", "‘", "’"};
    /** Speech verbs that come before their speaker after the reported words ("..., said X"); "told" never does. */
    static final Set<String> INVERTING = Set.of("said", "says", "added", "adds", "wrote", "writes", "tweeted", "stated", "noted",
            "explained", "insisted", "warned", "declared", "continued", "asked", "argued", "stressed", "emphasized", "emphasised");

    /**
     * "..., said the White House.", "“...,” said campaign spokesman X on Monday": a speech verb right after the words it
     * reports, with no verb after it up to the clause's end, has its speaker after it (the subject of the reported words
     * before it did not speak).
     */
    boolean invertedAttribution(int v) {
        if (v == 0 || !INVERTING.contains(t.get(v).low) || !t.get(v - 1).is(INVERSION_OPENERS) || v + 1 >= t.size() || !t.get(v + 1).isWord()) return false;
        Ment before = v > 1 ? at[v - 2] : null;
        if (before != null && before.isAgent() && before.e == v - 1 && phraseStart(before) > 0 && t.get(phraseStart(before) - 1).is(",")) return false;   // "the minister, X, said": an apposition closes before the verb
        if (t.get(v + 1).is("that") || PREP.contains(t.get(v + 1).low)) return false;
        // "said Europe “must act”": a quote or a verb after it is what was said
        for (int k = v + 1; k < t.size() && !t.get(k).is(",", ".", ";", "("); k++) if (t.get(k).is(QUOTES) || verbAt(k)) return false;
        return true;
    }

    /** How far back from a date its "since" may stand: "since 2017", "since taking office in November". */
    static final int SINCE_WINDOW = 4;
    /** How far back a "since" may open the clause of a date when the event's word stands before it: "since X took over in March". */
    static final int SINCE_CLAUSE_WINDOW = 14;

    /**
     * "since 2017", "since taking office in November", "X's visit is the first since Y took over in March": a period's start,
     * not the day of the event at v; an event inside the since-clause keeps it ("since they met in Madrid in June").
     */
    boolean sinceDate(int i, int v) {
        if (t.get(dateTok[i]).is("since")) return true;              // the mention includes its "since"
        for (int k = dateTok[i] - 1; k >= Math.max(0, dateTok[i] - SINCE_CLAUSE_WINDOW); k--) {
            if (t.get(k).is("since")) return dateTok[i] - k <= SINCE_WINDOW || k > v;
            if (t.get(k).is(",", ";", "when", "and", "on", "but", "while", "after", "before", "during", "who", "where", "which")
                    || Character.isDigit(t.get(k).text.charAt(0))) return false;   // "since 2018 on Thursday": Thursday is the event's
        }
        return false;
    }

    Party party(Ment m) {
        if (m == null || m.code == null) return null;
        String name = m.name;
        if (m.type == Ment.Type.PLACE) name = "Government of " + kb.countryName(m.code);
        return new Party(name, m.code, m.role);
    }

    static final Set<String> SEATS = Set.of("Kremlin", "White House", "Élysée Palace", "Office of the Prime Minister",
            "Casa Rosada", "Planalto Palace", "Presidency", "Zhongnanhai", "Office of the President", "Chancellery");

    /** The seat of a government ("the Kremlin", "the White House") stands for its country as a place. */
    static boolean seat(Ment m) {
        return m.type == Ment.Type.INST && m.code != null && SEATS.contains(m.name);
    }

    /** A place introduced by in/at anywhere in the sentence (for meetings). */
    Ment placeIn(int from, int to) {
        for (int q = Math.max(1, from); q < Math.min(t.size(), to); q++) {
            Ment m = at[q];
            Ment town = demonymTown(q);
            if (town != null) return town;
            if (m == null || !(m.type == Ment.Type.PLACE || seat(m)) || m.orgCode || m.s != q) continue;
            Tok prev = t.get(q - 1);
            if (prev.is("in", "at") || prev.is("the") && q > 1 && t.get(q - 2).is("in", "at")
                    || prev.is(",") && q > 2 && t.get(q - 2).cap && at[q - 2] == null && t.get(q - 3).is("in", "at") && !m.city
                    || prev.is("capital", "city") && q > 2 || m.city && afterSeatName(q) || settlementOf(q)) return m;
            if (prev.is("outside", "near") && m.city) return Ment.country(q, m.e, m.code);   // "in a town outside Paris": the country, not the city
        }
        return gatheringVenue(from, to);
    }

    /** Lower-case words a settlement noun may have before it: "the northern port city of". */
    static final int SETTLEMENT_MODIFIERS = 3;

    /** "in the northern port city of Haiphong", "at the resort town of": the name at q follows a settlement after in/at. */
    private boolean settlementOf(int q) {
        if (q < 4 || !t.get(q - 1).is("of") || !SETTLEMENTS.contains(t.get(q - 2).low)) return false;
        for (int k = q - 3; k >= Math.max(1, q - 3 - SETTLEMENT_MODIFIERS); k--) {
            if (t.get(k).is("the")) return t.get(k - 1).is("in", "at");
            if (!t.get(k).isWord() || !t.get(k).text.equals(t.get(k).low)) return false;
        }
        return false;
    }

    /** Words a gathering's name may have between its city and its head word: "the St Petersburg International Economic Forum". */
    static final int GATHERING_NAME_WORDS = 4;
    /** Words of the longest fixed-venue name (kb/overrides.tsv VENUE rows), parentheses skipped. */
    static final int VENUE_NAME_WORDS = 12;

    /** "the UNGA", "the 78th UN General Assembly": the name of an occasion, not a word of a title. */
    private boolean afterThe(int q) {
        int k = q - 1;
        if (k > 1 && t.get(k).is("st", "nd", "rd", "th")) k--;   // "32nd" is two tokens
        if (k > 0 && t.get(k).isWord() && Character.isDigit(t.get(k).text.charAt(0))) k--;
        return t.get(k).is("the", "this", "last");
    }

    /**
     * Where a gathering named in tokens [from, to) is held: the city its name begins with ("the Munich Security Conference",
     * "the Bali summit"), or the one place it always meets ("the Shangri-La Dialogue", "the UN General Assembly");
     * null without one. Only a fallback: a place the sentence gives with in/at wins.
     */
    private Ment gatheringVenue(int from, int to) {
        int end = Math.min(t.size(), to);
        for (int q = Math.max(1, from); q < end; q++) {
            Ment v = fixedVenueAt(q, end);
            if (v != null) return v;
            Ment m = at[q];
            if (m != null && m.type == Ment.Type.PLACE && m.city && !m.orgCode && m.s == q && t.get(q - 1).is("the")) {
                for (int k = m.e; k < Math.min(end, m.e + GATHERING_NAME_WORDS); k++) {
                    Tok w = t.get(k);
                    if (Lexicon.GATHERINGS.contains(w.low)) return m;
                    if (!w.cap || !w.isWord()) break;
                }
            }
        }
        return null;
    }

    /** A gathering of kb/overrides.tsv VENUE rows named from token q ("the 32nd African Union (AU) summit"), else null. */
    private Ment fixedVenueAt(int q, int end) {
        if (!t.get(q).cap || !kb.beginsVenue(t.get(q).fold) || !afterThe(q)) return null;
        StringBuilder key = new StringBuilder();
        int words = 0;
        for (int k = q; k < end && words < VENUE_NAME_WORDS; k++) {
            if (t.get(k).is("(") && k + 2 < end && t.get(k + 2).is(")")) { k += 2; continue; }   // an acronym in parentheses
            if (t.get(k).fold.isEmpty()) continue;   // as Kb.key() reads the name
            if (!t.get(k).isWord() && !t.get(k).is("-", ".")) return null;
            if (key.length() > 0) key.append(' ');
            key.append(t.get(k).fold);
            words++;
            Kb.Entry v = kb.venue(key.toString());
            if (v == null) continue;
            if (k + 1 < t.size() && Lexicon.TITLE.contains(t.get(k + 1).low)) return null;   // "UNGA President X": a title
            Ment p = new Ment(Ment.Type.PLACE, q, k + 1);
            p.code = v.code();
            p.name = v.canonical();
            p.city = p.name != null;
            return p;
        }
        return null;
    }

    /** Nouns of a settlement named after a demonym: "in the Uruguayan city of Colonia". */
    static final Set<String> SETTLEMENTS = Set.of("city", "town", "capital", "port", "resort", "village", "province", "region");

    /**
     * "in the Uruguayan city of Colonia", "at the Kenyan coastal town of Malindi": a place of the demonym's country even when
     * the town is too small for the gazetteer; null when the words at q are not so built.
     */
    private Ment demonymTown(int q) {
        Ment m = at[q];
        if (m == null || m.type != Ment.Type.DEMONYM || m.s != q || m.code == null || q < 2 || !t.get(q - 1).is("the")
                || !t.get(q - 2).is("in", "at")) return null;
        int k = m.e;
        if (k < t.size() && t.get(k).isWord() && !t.get(k).cap && !SETTLEMENTS.contains(t.get(k).low)) k++;   // "coastal", "northern"
        if (k + 2 >= t.size() || !SETTLEMENTS.contains(t.get(k).low) || !t.get(k + 1).is("of") || !t.get(k + 2).cap) return null;
        Ment p = new Ment(Ment.Type.PLACE, q, k + 3);
        p.code = m.code;
        return p;
    }

    /** How many capitalised words a seat's name before its city may have: "at the Presidential Villa, Abuja". */
    static final int SEAT_NAME_WORDS = 4;

    /** "at State House Entebbe", "at the Presidential Villa, Abuja": the city at q after the name of a seat after at/in. */
    boolean afterSeatName(int q) {
        int k = q - 1;
        if (t.get(k).is(",")) k--;
        int words = 0;
        while (k > 0 && words < SEAT_NAME_WORDS && t.get(k).cap && t.get(k).isWord() && (at[k] == null || at[k].type == Ment.Type.INST)) { k--; words++; }
        if (words == 0) return false;
        if (t.get(k).is("the") && k > 0) k--;
        return t.get(k).is("at", "in");
    }

    static final java.util.regex.Pattern OCCASION = java.util.regex.Pattern.compile(
            "\\b(after|during|at|following|on|ahead of|before|opening|closing|addressing)\\s+(?:(?:the|their|a|his|her|its|this|that)\\s+)?(?:[\\p{L}-]+\\s+){0,2}?"
            + "(talks|meeting|session|summit|visit|ceremony|signing|news conference|press conference|briefing|forum|conference|sidelines|margins|plenary|arrival|conversation|call|discussion)\\b");

    static final java.util.regex.Pattern NTH_DAY = java.util.regex.Pattern.compile(
            "\\b(?:on|during) the (first|opening|second|third) day\\b");

    /** The day of the occasion a sentence refers to without a date of its own ("after the talks", "on the sidelines"). */
    LocalDate occasionDay() {
        // "On the first day, ...": a day of the talks (or summit) the story dated before
        java.util.regex.Matcher nth = NTH_DAY.matcher(lowOutside);
        if (nth.find()) {
            LocalDate base = doc.talksDay != null ? doc.talksDay : doc.summitDay;
            if (base != null) {
                String w = nth.group(1);
                return base.plusDays(w.equals("second") ? 1 : w.equals("third") ? 2 : 0);
            }
        }
        java.util.regex.Matcher m = OCCASION.matcher(lowOutside);
        while (m.find()) {
            String w = m.group(2);
            LocalDate d = w.equals("summit") || w.equals("sidelines") || w.equals("margins") || w.equals("forum") || w.equals("plenary")
                    ? (doc.summitDay != null ? doc.summitDay : doc.talksDay) : (doc.talksDay != null ? doc.talksDay : doc.summitDay);
            if (d != null) return d;
        }
        return null;
    }

    /** Verbs of arriving: a visit told by one is dated by its first day. */
    static final String[] ARRIVALS = {"arrived", "arrives", "arrive", "arriving", "landed", "lands"};

    /** The latest candidate before index {@code before} told in the last {@code reach} sentences that passes the test; else null. */
    RuleExtractor.Cand lastCand(int before, int reach, java.util.function.Predicate<RuleExtractor.Cand> test) {
        for (int i = before - 1; i >= 0 && out.get(i).sentence >= idx - reach; i--) if (test.test(out.get(i))) return out.get(i);
        return null;
    }

    RuleExtractor.Cand cand(Kind kind, int v, double conf) {
        RuleExtractor.Cand c = new RuleExtractor.Cand();
        c.kind = kind;
        c.sentence = idx;
        c.tok = v;
        c.para = doc.para;
        c.evidence = s;
        c.confidence = conf;
        c.arrival = kind == Kind.VISIT && t.get(v).is(ARRIVALS);
        Dates.Mention d = kind == Kind.STATEMENT ? statementDate(v) : dateFor(v);
        LocalDate inherited = null;
        if (d == null) {
            inherited = occasionDay();
            if (inherited == null && kind == Kind.STATEMENT && doc.paraDate != null && doc.paraDateOf == doc.para) inherited = doc.paraDate;
        }
        if (d != null) {
            c.date = d.date();
            c.precision = d.precision();
            c.rank = d.rank();
            c.confidence += d.rank() >= 3 ? 0.05 : 0;
        } else if (inherited != null) {
            c.date = inherited;
            c.precision = DatePrecision.DAY;
            c.rank = 1;
            c.undated = true;
        } else {
            c.undated = true;
            c.date = pub;
            c.precision = DatePrecision.PUBLISHED;
            c.rank = -1;
        }
        return c;
    }

    /** Confidence of a MEETING or CALL read from its trigger. */
    static double pairConfidence(Kind kind) { return kind == Kind.CALL ? 0.75 : 0.6; }

    /**
     * "held a video call on Tuesday with Nordic leaders", "hosted Nordic leaders in Berlin": the talk of a with a group
     * naming no one (at place p for a meeting), kept for the next sentence to name its members (groupMembers).
     */
    void rememberGroupTalk(Kind kind, int v, Ment a, Ment p) {
        RuleExtractor.Cand c = cand(kind, v, pairConfidence(kind));
        c.actor = party(a);
        if (kind == Kind.MEETING) c.place = place(p);
        doc.groupTalk = c;
    }

    Place place(Ment p) {
        if (p == null || p.code == null) return null;
        return new Place(p.city ? p.name : null, p.code);
    }

    /** Titles of envoys posted abroad: received in the host country they meet its officials there; they do not visit it. */
    static final java.util.regex.Pattern RESIDENT = java.util.regex.Pattern.compile("(?i)\\b(ambassador|high commissioner|charg[eé] d'affaires|envoy to)\\b");

    /** The party is an ambassador (or high commissioner, chargé) by title. */
    static boolean resident(Ment m) {
        return m != null && (m.role != null && RESIDENT.matcher(m.role).find() || m.name != null && RESIDENT.matcher(m.name).find());
    }

    String join(int s0, int e0) {
        StringBuilder b = new StringBuilder();
        for (int k = Math.max(0, s0); k < Math.min(t.size(), e0); k++) { if (b.length() > 0) b.append(' '); b.append(t.get(k).text); }
        return b.toString();
    }

    /**
     * Every word a rule can start at: visit, attend, meetOrCall and statement return at once, doing nothing, when the
     * token is none of these (keep this in step with the first tests of those methods). Declared last: it is built
     * from the word sets above.
     */
    static final Set<String> TRIGGERS = triggers();

    static Set<String> triggers() {
        Set<String> w = new java.util.HashSet<>();
        w.addAll(Lexicon.VISIT_VERBS);
        w.addAll(Lexicon.MOVE_VERBS);
        w.addAll(Lexicon.VISIT_NOUNS);
        w.addAll(Lexicon.RECEIVE);
        w.addAll(Lexicon.GATHERINGS);
        w.addAll(Lexicon.MEET);
        w.addAll(Lexicon.SPEECH);
        w.addAll(Lexicon.SPEECH_PART);
        w.addAll(List.of(
                // visit
                "paid", "pays", "paying", "made", "makes", "making", "pay", "make", "conducted", "began", "started", "wrapped",
                "concluded", "ended", "completed", "led", "leads", "leading", "headed", "heads", "was", "were", "is", "are", "been",
                "accompanied", "accompanying", "accompanies", "returned", "returns", "returning", "took", "takes", "taking", "guest",
                "begins", "starts", "concludes", "ends", "completes", "wraps", "covered", "covers", "included", "includes",
                "spent", "spending", "spends", "sent", "dispatched",
                // meetOrCall
                "talks", "negotiations", "consultations", "spoke", "talked", "conferred", "phone", "telephone", "video",
                "tele-phone", "phone-call", "virtual", "online", "conference", "telephonic", "phoned", "telephoned", "videoconference", "video-conference", "videocall", "speaks",
                "spoken", "called", "rang", "calls", "signed", "inked", "call", "conversation", "conversations", "chat", "exchange", "discussion", "discussions",
                "lunch", "luncheon", "dinner", "breakfast", "bilateral", "encounter",
                "conversed", "chatted", "converses", "chats", "confers", "contact", "contacts", "joined", "joins", "way", "huddled", "huddles", "tete-a-tete", "tête-à-tête", "sat", "sits", "sitting", "dialled", "dialed", "dials", "kicked", "embarked",
                "undertook", "undertakes", "launched", "discussed", "discusses", "exchanged", "exchanges", "joining",
                // statement
                "according", "issued", "released", "published", "adopted", "speaking", "addressing", "writing",
                "held", "hosted", "gave"));
        return Set.copyOf(w);
    }
}
