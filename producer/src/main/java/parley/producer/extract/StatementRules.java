package parley.producer.extract;

import parley.model.DatePrecision;
import parley.model.Kind;
import parley.model.Party;
import parley.model.Place;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** STATEMENT: a speech verb with its speaker as the subject of an asserted clause, "according to", issued statements. */
abstract class StatementRules extends MeetingCallRules {

    StatementRules(Kb kb, DocState doc, LocalDate pub, String s, int idx, List<RuleExtractor.Cand> out, java.util.BitSet quoted, int off) {
        super(kb, doc, pub, s, idx, out, quoted, off);
    }
    static final Set<String> STATEMENT_NOUNS = Set.of("statement", "statements", "declaration", "communique", "communiqu\u00e9", "readout");
    static final Set<String> READOUT_BODY = Set.of("office", "aides", "spokesman", "spokesperson", "team", "camp");

    boolean statementNoun(int k) {
        for (int q = k; q < Math.min(t.size(), k + 4); q++) if (STATEMENT_NOUNS.contains(t.get(q).low)) return true;
        return false;
    }

    // ------------------------------------------------------------------ STATEMENT

    static final Set<String> COLLECTIVE = Lexicon.UNNAMED;

    /** "an Iraqi security official", "a senior diplomat": an indefinite role of an unnamed speaker ("the official" may be a named one). */
    boolean unnamedRole(Ment sp) {
        if (sp.type != Ment.Type.ROLE || sp.role == null || !COLLECTIVE.contains(DocState.lastWord(sp.role))) return false;
        int k = phraseStart(sp);
        return t.get(k).is("a", "an", "one") || k > 0 && t.get(k - 1).is("a", "an", "one");
    }

    /** "Officials in the United States", "sources from Egypt": the place a collective comes from; nobody named speaks. */
    boolean collectiveOf(Ment sp) {
        if (sp.type != Ment.Type.PLACE) return false;
        int k = sp.s - 1;
        if (k >= 0 && t.get(k).is("the")) k--;
        return k >= 1 && t.get(k).is("in", "from", "of", "at") && COLLECTIVE.contains(t.get(k - 1).low);
    }

    /** "the US President", "Uganda's foreign minister": a country naming whose official the title after it is. */
    boolean titledPlace(Ment m) {
        if (m.type != Ment.Type.PLACE) return false;
        int k = m.e < t.size() && t.get(m.e).is("'s", "’s") ? m.e + 1 : m.e;
        return k < t.size() && Lexicon.TITLE.contains(t.get(k).low) && Analyzer.isPersonRole(t.get(k).low);
    }

    /** Words after or before a name that make it a news agency ("Russia's TASS news agency", "the news agency IRNA"). */
    static final Set<String> AGENCY_WORDS = Set.of("news", "agency", "wire");

    /** A news agency ("Xinhua", "TASS", "the Iranian news agency IRNA"): the source of a report, never its speaker. */
    boolean newsAgency(Ment m) {
        if (m.name != null && Lexicon.NEWS_AGENCIES.contains(m.name.toLowerCase(java.util.Locale.ROOT))) return true;
        for (int k = m.s; k < m.e; k++) if (Lexicon.NEWS_AGENCIES.contains(t.get(k).low)) return true;
        if (m.e < t.size() && AGENCY_WORDS.contains(t.get(m.e).low)) return true;
        int b = phraseStart(m) - 1;
        return b >= 0 && t.get(b).is("agency");
    }

    /** "Abuja, Nigeria - The opposition ...": a place before the dash of a dateline says where, not who. */
    boolean datelinePlace(Ment m) {
        return m.e < t.size() && t.get(m.e).is("-", "–", "—", "--");
    }

    /** How far after "held" a press event's noun may come: "held a regular news briefing". */
    static final int PRESS_EVENT_WINDOW = 4;

    /** "a (regular) press conference", "a news briefing", "the daily briefing": an occasion of public speech from token k. */
    boolean pressEventAfter(int k) {
        for (int q = k; q < Math.min(t.size(), k + PRESS_EVENT_WINDOW); q++) {
            Tok w = t.get(q);
            if (w.is("briefing", "briefings")) return true;
            if (w.is("conference") && q > k && t.get(q - 1).is("press", "news")) return true;
            if (!w.isWord() || at[q] != null) return false;
        }
        return false;
    }

    /** Determiners, possessives and prepositions that make a following participle an adjective. */
    static final String[] MODIFIER_OPENERS = {"the", "a", "an", "our", "their", "his", "her", "its", "my", "your", "this", "these",
            "those", "on", "of", "for", "in", "at", "from", "about", "into", "under"};

    /** Forms of "be" before a participle: a passive ("was echoed by X"). */
    static final String[] BE = {"was", "were", "is", "are", "been", "be"};

    static final Set<String> BODY = Set.of("office", "spokesman", "spokesperson", "spokeswoman", "ministry", "government",
            "administration", "cabinet", "press", "team", "camp", "aides", "spokespeople", "party");

    /**
     * "Algeria will not ..., Foreign Minister Ahmed Attaf said": a titled person whose country is not stated takes the
     * one country the sentence (outside quotes) names.
     */
    Ment titledWithoutCountry(int v) {
        Ment p = null;
        for (int j = ms.size() - 1; j >= 0; j--) {
            Ment m = ms.get(j);
            if (m.e > v) continue;
            if (m.type == Ment.Type.PERSON && m.code == null && m.role != null && !m.possessive && !inPP(m) && Analyzer.isPersonRole(m.role.toLowerCase(java.util.Locale.ROOT))) { p = m; break; }
            if (m.isAgent()) return null;
        }
        if (p == null || v - p.e > 3) return null;
        String code = null;
        for (Ment m : ms) {
            if (m == p || inQuote(m.s) || m.code == null || !(m.type == Ment.Type.PLACE || m.type == Ment.Type.DEMONYM)) continue;
            // "Russian drones struck ..., governor X said": a demonym of a thing tells whose the thing is, not the speaker's country
            if (m.type == Ment.Type.DEMONYM && m.e < t.size() && t.get(m.e).isWord() && !t.get(m.e).cap && tag(m.e).equals("NOUN")
                    && !Lexicon.TITLE.contains(t.get(m.e).low) && !BODY.contains(t.get(m.e).low)) continue;
            if (m.s > 0 && t.get(m.s - 1).is("to", "for", "with", "against", "from", "into", "toward", "towards")) continue;
            if (m.s > v && t.get(m.s - 1).is("in", "at")) continue;   // a place in what was said ("build a factory in India")
            if (code != null && !code.equals(m.code)) return null;
            code = m.code;
        }
        if (code == null) return null;
        p.code = code;
        DocState.Person dp = doc.remember(p);
        if (dp != null && dp.country == null) dp.country = code;
        return p;
    }

    /** Words that may stand before a subject (besides punctuation, conjunctions and time words). */
    static final Set<String> SUBJECT_OPENERS = Set.of("and", "but", "or", "that", "while", "whereas", "as", "when", "after",
            "before", "because", "since", "although", "though", "if", "where", "then", "also", "meanwhile", "today", "yesterday",
            "earlier", "later", "now", "however", "visiting", "new", "outgoing", "incoming", "acting", "interim", "former", "top",
            "senior", "so", "thus", "once", "until", "nor", "whom", "who", "which", "why", "how", "said", "says", "added", "both");

    /**
     * The verb's subject is a determiner phrase without a name or country after a comma or at the start ("..., the
     * ministry said", "The statement said", "a spokesman added"): nobody the rules could name speaks.
     */
    boolean unnamedSubject(int v) {
        int k = v - 1;
        while (k >= 0 && t.get(k).is("also", "later", "then", "earlier", "further", "separately", "had", "has")) k--;
        // "..., the foreign ministry in Abuja said": the seat after the body names no speaker either
        if (k > 1 && at[k] != null && at[k].type == Ment.Type.PLACE && at[k].city && t.get(at[k].s - 1).is("in", "at")) k = at[k].s - 2;
        int words = 0;
        while (k >= 0 && words < 4) {
            Tok x = t.get(k);
            if (!x.isWord() || at[k] != null && at[k].code != null) break;
            if (x.cap && !Lexicon.TITLE.contains(x.low) && !(k == 0 && x.is("the", "a", "an", "its", "his", "her", "their"))) break;
            words++;
            k--;
        }
        if (words < 2) return false;
        Tok det = t.get(k + 1);
        if (!det.is("the", "a", "an", "its", "his", "her", "their")) return false;
        return k < 0 || t.get(k).is(",", "“", "\"", "”", "—", "–", "-", ";", ":");
    }

    /**
     * "The State House said that President X had told Ruto ...", "Sheinbaum said she and Carney shared ...": a speech verb
     * before the speaker in the same clause reports these words; their speaker made no statement of their own here.
     */
    boolean reportedInside(Ment sp, int v) {
        // "said Emre Kaya, an analyst" names its speaker after the verb; ", who called for" is the antecedent's own clause
        if (sp.s > v || sp.e + 1 < t.size() && t.get(sp.e).is(",") && t.get(sp.e + 1).is("who")) return false;
        for (int u = phraseStart(sp) - 1; u >= 0; u--) {
            Tok w = t.get(u);
            if (!w.isWord() && !w.is("'s", "’s")) return false;
            if (Lexicon.SPEECH.contains(w.low) && at[u] == null && !inQuote(u) && verbAt(u)) return true;
        }
        return false;
    }

    /** Nouns of time that may stand between a speaker and the verb ("Macron last week said"). */
    static final Set<String> TIME_NOUNS = Set.of("week", "weekend", "month", "year", "day", "night", "morning", "afternoon", "evening", "time");

    /**
     * The word right before the verb is a common noun outside any mention ("neither side has confirmed", "aid groups
     * said", "the report said"): the verb's subject names nobody, and no earlier name speaks instead.
     */
    boolean commonNounSubject(int v) {
        int k = v - 1;
        while (k >= 0 && t.get(k).is("has", "have", "had", "also", "later", "then", "earlier", "further", "separately")) k--;
        if (k < 0 || at[k] != null) return false;
        Tok x = t.get(k);
        return x.isWord() && !x.cap && !inQuote(k) && tag(k).equals("NOUN") && !Lexicon.TITLE.contains(x.low) && !BODY.contains(x.low)
                && !TIME_NOUNS.contains(x.low);
    }

    /** "they both pledged", "they later said": a plural pronoun as the subject, no one speaker the nearest name could be. */
    boolean pluralPronounSubject(int v) {
        int k = v - 1;
        while (k >= 0 && t.get(k).is("both", "all", "also", "jointly", "together", "later", "then", "has", "have", "had")) k--;
        return k >= 0 && t.get(k).is("they") && !inQuote(k);
    }

    /** A mention right after a verb ("X thanked Y and told reporters"): the verb's object, never the speaker of another. */
    @Override
    boolean objectOfVerb(Ment m) {
        int k = phraseStart(m) - 1;
        while (k >= 0 && t.get(k).is("the", "a", "an", "his", "her", "its", "their", "our")) k--;
        if (k < 0) return false;
        Tok p = t.get(k);
        // "received A and B together and said": B is a conjunct of the object A
        if (p.is("and") && k > 0 && at[k - 1] != null && at[k - 1] != m && at[k - 1].isAgent() && !at[k - 1].possessive
                && at[k - 1].e == k) return objectOfVerb(at[k - 1]);
        // "urged visiting Russian President X": a modifier of the name after the verb whose object it is
        if (NAME_MODIFIERS.contains(p.low) && k > 0 && objectVerb(k - 1)) return true;
        if (!p.isWord() || p.cap || SUBJECT_OPENERS.contains(p.low) || PREP.contains(p.low) || Lexicon.isTimeWord(p.low)) return false;
        if (Character.isDigit(p.text.charAt(0)) || inQuote(k) || Lexicon.TITLE.contains(p.low) || COLLECTIVE.contains(p.low)) return false;
        return p.low.endsWith("ed") || p.low.endsWith("s") || Lexicon.SPEECH.contains(p.low) || TRIGGERS.contains(p.low)
                || OBJECT_VERBS.contains(p.low) || objectVerb(k);
    }

    /** Words that may open a name's phrase as its modifier ("visiting", "outgoing", "newly"), not as a clause. */
    static final Set<String> NAME_MODIFIERS = Set.of("visiting", "outgoing", "incoming", "acting", "interim", "newly", "new");

    /** Token k is a lower-case main verb, as the tagger reads it, that can take an object (not "said" of "said X"). */
    boolean objectVerb(int k) {
        Tok p = t.get(k);
        return p.isWord() && !p.cap && !SUBJECT_OPENERS.contains(p.low) && !inQuote(k) && tag(k).equals("VERB");
    }

    static final Set<String> OBJECT_VERBS = Set.of("met", "thank", "thanked", "congratulate", "told", "urge", "meet", "saw",
            "sent", "gave", "hosted", "received", "welcomed", "called", "invited", "urged", "asked", "briefed", "informed", "assured");

    /** The speaker of a speech verb: the nearest agent before it that is its subject (not an object of another verb). */
    Ment speakerBefore(int v) {
        Ment sb = subjectBefore(v);
        // "hosted visiting President X, who said": the relative pronoun's antecedent speaks, object of another verb or not;
        // "congratulated X, who won ..., and praised": a comma closed that clause, the main verb's subject speaks
        if (sb == null || !objectOfVerb(sb) || sb.e + 1 < v && t.get(sb.e).is(",") && t.get(sb.e + 1).is("who") && !commaBetween(sb.e + 1, v)) return sb;
        for (int j = ms.size() - 1; j >= 0; j--) {
            Ment m = ms.get(j);
            if (m.s >= sb.s || !validAgent(m) || m.possessive || inPP(m) || objectOfVerb(m)) continue;
            return m;
        }
        return null;
    }

    /** Words that open a clause of its own after a comma, not an attribution. */
    static final String[] CLAUSE_OPENERS = {"which", "who", "whom", "where", "when", "while", "as", "after", "because", "but", "and", "though", "although"};

    /** How many tokens after a comma the speech verb of a trailing attribution may stand. */
    static final int ATTRIBUTION_WINDOW = 8;

    /**
     * "Iran has rejected the proposal, Foreign Minister X said": the clause of the verb at v is what a person named after its
     * comma said, so its country subject makes no statement of its own.
     */
    boolean attributedAfter(int v) {
        int c = v + 1;
        while (c < t.size() && !t.get(c).is(",", ".", ";")) c++;
        if (c >= t.size() || !t.get(c).is(",") || inQuote(c)) return false;
        for (int k = c + 1; k < Math.min(t.size(), c + 1 + ATTRIBUTION_WINDOW); k++) {
            // "..., in which he said": a clause of its own, no attribution
            if (at[k] == null && (PREP.contains(t.get(k).low) || t.get(k).is(CLAUSE_OPENERS)) || !t.get(k).isWord()) return false;
            if (at[k] != null || !Lexicon.SPEECH.contains(t.get(k).low)) continue;
            int e = k - 1;
            while (e > c && t.get(e).is("also", "later", "has", "had")) e--;
            Ment m = at[e];
            return m != null && m.isAgent() && m.type != Ment.Type.PLACE && !m.possessive;
        }
        return false;
    }

    /** Words of an apposition that a speaker's body may stand among: "a spokeswoman for the", "a foreign ministry spokesman". */
    static final int APPOSITION_WORDS = 6;

    /**
     * "Mao Ning, a spokeswoman for the Chinese foreign ministry, said": a body inside an apposition closed right before the
     * verb describes the person named before it, who speaks (of the body's country when the name alone has none).
     */
    Ment apposedPerson(Ment sp, int v) {
        if (sp.type == Ment.Type.PERSON || v < 1 || !t.get(v - 1).is(",") || sp.e >= v) return sp;
        for (int k = sp.e; k < v - 1; k++) if (!apposedWord(k)) return sp;
        int o = sp.s - 1;
        while (o > 0 && sp.s - o <= APPOSITION_WORDS && apposedWord(o)) o--;
        if (o < 1 || !t.get(o).is(",") || o == sp.s - 1) return sp;
        Ment named = at[o - 1];
        if (named == null || named.type != Ment.Type.PERSON || named.possessive || named.e != o) return sp;
        if (named.code == null) named.code = sp.code;
        return named;
    }

    /** A lower-case word of a title or its preposition ("a", "senior", "spokesman", "for"), outside any mention. */
    private boolean apposedWord(int k) {
        Tok w = t.get(k);
        return at[k] == null && w.isWord() && !w.cap && !Lexicon.SPEECH.contains(w.low) && !verbAt(k);
    }

    /** The speaker named after an inverted verb: the last agent of its clause outside a prepositional phrase, not a possessor. */
    Ment speakerAfter(int v) {
        Ment sp = null;
        int k = v + 1;
        for (; k < t.size() && !t.get(k).is(",", ".", ";", "("); k++) {
            Ment m = at[k];
            // "High Commissioner for Refugees X" is a title; "a spokesman for the ministry" names no speaker
            if (m != null && m.s == k && m.isAgent() && !m.possessive && (!inPP(m) || phraseStart(m) > 1 && t.get(phraseStart(m) - 2).cap)) sp = m;
        }
        // "said a spokesman for the city prosecutor's office, Oleg Agafonov.": the name in apposition is the speaker
        Ment named = sp == null && k + 1 < t.size() && t.get(k).is(",") ? at[k + 1] : null;
        if (named != null && named.s == k + 1 && named.type == Ment.Type.PERSON && (named.e == t.size() || t.get(named.e).is(".", ","))) return named;
        return sp;
    }

    /** Words a courtesy's noun may follow: "expressed his deep gratitude", "conveyed their sincere condolences". */
    static final int COURTESY_WINDOW = 4;

    /** "expressed gratitude to X for ...", "expressed their satisfaction with ...": a courtesy of talks, not a public statement. */
    boolean courtesyAfter(int v) {
        if (!t.get(v).is("expressed", "expresses", "conveyed", "conveys")) return false;
        for (int k = v + 1; k < Math.min(t.size(), v + 1 + COURTESY_WINDOW); k++) {
            Tok w = t.get(k);
            if (Lexicon.COURTESY.contains(w.low)) return true;
            if (!w.isWord() || w.is("that") || at[k] != null && at[k].type != Ment.Type.PRON) return false;
        }
        return false;
    }

    /** Determiners and possessives that open a noun phrase as a verb's object. */
    static final String[] OBJECT_OPENERS = {"the", "a", "an", "his", "her", "their", "its", "our"};

    /**
     * "observed the signing of the agreements", "noted the growing trade between them", "acknowledged the support of X":
     * with a noun phrase as its object (no clause of what was said) such a verb reports an act of the talks.
     */
    boolean actObject(int v) {
        if (!t.get(v).is("observed", "noted", "acknowledged") || v + 1 >= t.size()) return false;
        if (t.get(v).is("observed")) return t.get(v + 1).is(OBJECT_OPENERS);
        boolean det = t.get(v + 1).is(OBJECT_OPENERS);
        boolean country = at[v + 1] != null && at[v + 1].s == v + 1 && at[v + 1].type == Ment.Type.PLACE && !at[v + 1].city;
        if (!det && !country) return false;
        for (int k = v + 2; k < t.size(); k++) {
            Tok w = t.get(k);
            if (w.is("that", ",", ".", ";", "and", ":") || w.is(QUOTES)) break;
            // "noted the talks were useful": a clause; "the growing trade" keeps its participle an adjective
            if (verbAt(k) && !w.low.endsWith("ing") && !t.get(k - 1).is(OBJECT_OPENERS)) return false;
        }
        return true;
    }

    /** "Ruto's office said": the body of a person (its country), when it is the verb's subject. */
    Ment possessorBody(int v) {
        int k = v - 1;
        while (k >= 0 && t.get(k).is("has", "have", "had", "also", "later", "then", "service")) k--;
        // "the Prime Minister's Office of Singapore said": past the country the office is of
        Ment ofCountry = null;
        if (k >= 3 && at[k] != null && at[k].type == Ment.Type.PLACE && !at[k].city && at[k].s >= 1 && t.get(at[k].s - 1).is("of")
                && at[k].s >= 2 && BODY.contains(t.get(at[k].s - 2).low)) { ofCountry = at[k]; k = at[k].s - 2; }
        if (k < 2 || !BODY.contains(t.get(k).low)) return null;
        int h = k;
        while (h > 0 && BODY.contains(t.get(h - 1).low)) h--;
        if (h < 1) return null;
        // "Ruto's office said", or "X met Y ..., his office said": the office of the sentence's subject
        boolean pronoun = t.get(h - 1).is("his", "her", "their") && at[h - 1] != null && at[h - 1].type == Ment.Type.PRON;
        Ment p = pronoun ? subjectOf(h - 1, at[h - 1]) : h >= 2 && t.get(h - 1).is("'s", "’s") ? at[h - 2] : null;
        if (p != null && p.type == Ment.Type.ROLE && p.code == null && ofCountry != null && ofCountry.code != null) {
            Ment m = new Ment(Ment.Type.INST, p.s, ofCountry.e);   // "the Prime Minister's Office of Singapore"
            m.code = ofCountry.code;
            m.name = join(p.s, ofCountry.e).replace(" 's", "'s").replace(" ’s", "’s").replaceFirst("^(?i)the ", "");
            return m;
        }
        // "the Prime Minister's Office said": a title the KB resolves to its holder counts as the person
        if (p == null || p.code == null || !(p.type == Ment.Type.PERSON || p.type == Ment.Type.PRON && p.name != null
                || p.type == Ment.Type.ROLE && p.name != null && !pronoun)) return null;
        Ment m = new Ment(Ment.Type.INST, pronoun ? h - 1 : p.s, k + 1);
        m.code = p.code;
        String head = t.get(k).low;
        m.name = head.startsWith("spokes") ? "Spokesperson of " + p.name : "Office of " + p.name;
        return m;
    }

    /** The first person before k that is a subject (not possessive, not in a prepositional phrase, no verb's object), else fallback. */
    Ment subjectOf(int k, Ment fallback) {
        for (Ment m : ms) {
            if (m.e > k) break;
            if (m.type == Ment.Type.PERSON && m.code != null && !m.possessive && !inPP(m) && !objectOfVerb(m)) return m;
        }
        return fallback;
    }

    /** Verbs of a readout that two leaders of talks share ("X and Y reaffirmed their commitment"); said/told/announced are speech. */
    static final Set<String> JOINT_READOUT = Set.of("expressed", "reaffirmed", "underlined", "underscored", "highlighted", "welcomed",
            "noted", "acknowledged", "hailed", "praised", "voiced", "shared", "recalled");

    /** Plural subjects that name the two parties of the talks just told: "Both sides", "The two presidents". */
    private static final java.util.regex.Pattern PAIR_SUBJECT = java.util.regex.Pattern.compile(
            "^(?:both (?:sides|parties|leaders|ministers|presidents|heads of state|countries)|the two (?:\\S+ ){0,2}?(?:sides|parties|leaders|presidents"
            + "|ministers|heads of state|diplomats|counterparts|officials|premiers|statesmen)|the two|they)$");
    /** Sentences back the talks whose two parties a pair subject may name. */
    private static final int PAIR_REACH = 3;

    /**
     * "The two presidents emphasized the need ...", "Both parties reaffirmed ...", "They stressed ...": a readout's
     * words shared by the two parties of the meeting, call or visit just told, one statement each (one per speaker and
     * occasion: a party's own statement that day absorbs it). True when it made them.
     */
    private boolean jointReadout(int v) {
        Tok x = t.get(v);
        if (!JOINT_READOUT.contains(x.low) && !x.is("stressed", "emphasized", "emphasised", "reiterated", "affirmed", "noted")) return false;
        int s = v;
        if (s > 0 && t.get(s - 1).is("also", "further", "jointly")) s--;
        if (s == 0 || s > 7) return false;
        for (int k = 0; k < s; k++) if (at[k] != null || !t.get(k).isWord()) return false;
        if (!PAIR_SUBJECT.matcher(join(0, s).toLowerCase(java.util.Locale.ROOT)).matches()) return false;
        if (inQuote(v) || modal(v, true)) return false;
        RuleExtractor.Cand talks = lastCand(out.size(), PAIR_REACH, c -> c.kind != Kind.STATEMENT && c.actor != null && c.counterpart != null
                && c.actor.country() != null && c.counterpart.country() != null && !c.actor.country().equals(c.counterpart.country())
                && c.actor.name() != null && c.counterpart.name() != null
                && !c.actor.name().startsWith("Government of") && !c.counterpart.name().startsWith("Government of"));
        if (talks == null) return false;
        java.util.List<String> about = new java.util.ArrayList<>();
        for (Ment m : ms) if ((m.type == Ment.Type.PLACE || m.type == Ment.Type.DEMONYM) && m.code != null) about.add(m.code);
        for (Party p : java.util.List.of(talks.actor, talks.counterpart)) {
            RuleExtractor.Cand c = cand(Kind.STATEMENT, v, 0.5);
            c.actor = p;
            c.about.addAll(about);
            if (c.date == null || c.precision == DatePrecision.PUBLISHED) { c.date = talks.date; c.precision = talks.precision; }
            out.add(c);
        }
        return true;
    }

    /** "X and Y said in a joint statement", "at a joint press conference": the shared words were public. */
    boolean jointStatement() {
        for (int k = 0; k + 1 < t.size(); k++) {
            if (!t.get(k).is("joint")) continue;
            if (statementNoun(k + 1) || pressEventAfter(k + 1)) return true;
        }
        return false;
    }

    /** "Putin and Aliyev": the named person joined to the speaker by "and" right before its phrase, else null. */
    Ment coordinatedSpeaker(Ment sp) {
        int ps = phraseStart(sp);
        if (ps <= 1 || !t.get(ps - 1).is("and")) return null;
        for (int j = ms.size() - 1; j >= 0; j--) {
            Ment m = ms.get(j);
            if (m.e <= ps - 1 && m.type == Ment.Type.PERSON && !m.possessive && m.code != null) return m.e == ps - 1 || m.e + 1 == ps - 1 ? m : null;
        }
        return null;
    }

    void statement(int i) {
        if (jointReadout(i)) return;
        Tok x = t.get(i);
        // "posted a video of the talks": a thing shared, not words (words are "posted on X that", "..., X posted")
        if (x.is("posted", "tweeted", "shared") && i + 1 < t.size() && t.get(i + 1).is("a", "an", "the", "photos", "pictures", "images", "videos")
                && !(x.is("tweeted") && t.get(i + 1).is("a", "an", "the") && i + 2 < t.size() && !t.get(i + 2).is("photo", "picture", "video", "image"))) return;
        // "confirmed her participation in the event": an act announced, no words on record
        if (x.is("confirmed") && i + 2 < t.size() && t.get(i + 1).is("his", "her", "their", "its") && t.get(i + 2).is("participation", "attendance", "presence")) return;
        // "pointed out that", "pointed to the need": words; "pointed at the map" is a gesture
        if (x.is("pointed") && !(i + 1 < t.size() && t.get(i + 1).is("out", "to"))) return;
        if (x.is("drew") && !(i + 1 < t.size() && t.get(i + 1).is("attention"))) return;   // "drew attention to"; not "drew criticism"
        Ment sp = null;
        int v = i;
        boolean verb = true;
        boolean speech = Lexicon.SPEECH.contains(x.low) || Lexicon.SPEECH_PART.contains(x.low);
        if (x.is("according") && i + 1 < t.size() && t.get(i + 1).is("to")) {
            Ment m = firstAgentAfter(i + 2, 6);
            if (m == null || m.type == Ment.Type.PLACE) return;
            if (newsAgency(m)) return;
            if (m.possessive && i + 2 < t.size() && m.e + 1 < t.size() && READOUT_BODY.contains(t.get(m.e + 1).low)) return;   // "according to X's office": a readout
            // "according to the President's press secretary": the aide spoke, not the possessor
            if (m.possessive && (m.type == Ment.Type.PERSON || m.type == Ment.Type.ROLE)) return;
            // "according to Kenyan officials", "according to a White House official": nobody named
            if (m.e > 0 && COLLECTIVE.contains(t.get(m.e - 1).low) || m.e < t.size() && COLLECTIVE.contains(t.get(m.e).low)) return;
            sp = m;
            verb = false;
        } else if (x.is("issued", "released", "published", "adopted") && i + 1 < t.size() && statementNoun(i + 1)) {
            sp = subjectBefore(i);
            if (sp == null) sp = countrySubject(i);
        } else if (x.is("held", "hosted", "gave") && pressEventAfter(i + 1)) {
            sp = subjectBefore(i);                // "spokesman X hosted a regular press conference": his words that day
            if (sp != null && sp.type == Ment.Type.PLACE) return;
        } else if (x.is("speaking", "addressing", "writing") && i + 1 < t.size() && t.get(i + 1).is("at", "to", "with", "on", "during", "in", "before")) {
            if (i > 0 && t.get(i - 1).is(BE)) return;   // "while he was speaking to supporters, X called": what he was doing
            int k = i + 1;
            while (k < t.size() && !t.get(k).is(",")) k++;
            if (k >= t.size()) return;
            Ment m = firstAgentAfter(k + 1, 8);
            if (m == null || m.type == Ment.Type.PLACE) return;
            sp = m;
            verb = false;
        } else if (speech) {
            // a word of a name ("the United States", "Remarks Hall") is no verb
            if (at[i] != null || x.cap && i > 0 && t.get(i - 1).isWord()) return;
            // "on shared priorities", "our stated goal", "the promised aid": a participle after a determiner or a
            // preposition modifies a noun, whatever the tagger reads
            if (x.low.endsWith("ed") && i > 0 && t.get(i - 1).is(MODIFIER_OPENERS)) return;
            if (x.is("called") && !(i + 1 < t.size() && t.get(i + 1).is("for", "on"))) return;
            if (courtesyCallOn(i)) return;          // "called on Prime Minister X in Putrajaya": the MEETING rules read it
            if (x.is("spoke", "speaks") && !(i + 1 < t.size() && t.get(i + 1).is("to", "at", "about", "of", "out"))) return;
            if (x.is("spoke", "speaks") && officialAfterTo(i + 1)) return;   // "spoke to the President of X": a call or meeting
            if (x.is("responded", "replied", "answered", "reacted") && i + 1 < t.size() && t.get(i + 1).is("by")) return;   // "responded by announcing drills": an act
            if (courtesyAfter(i) || actObject(i)) return;
            if (x.is("welcomed", "expressed", "shared", "described", "recalled", "echoed")) {
                if (x.is("recalled") && i + 1 < t.size() && t.get(i + 1).is("its", "his", "her", "their", "the")) return;   // recalled an ambassador
                // "welcomed the US President and his delegation": a reception, whoever the guest
                int g = i + 1 < t.size() && t.get(i + 1).is("the") ? i + 2 : i + 1;
                if (x.is("welcomed") && g < t.size() && (at[g] != null && (at[g].type == Ment.Type.PERSON || at[g].type == Ment.Type.PRON
                        || at[g].type == Ment.Type.DEMONYM || titledPlace(at[g]))
                        || t.get(g).is("him", "them", "his", "her", "their", "president", "prime", "foreign", "visiting"))) return;
            }
            int aux = i - 1;
            // "was also recalled", "were strongly condemned": an adverb inside the passive
            if (aux > 0 && t.get(aux - 1).is(BE) && !t.get(aux).cap && tag(aux).equals("ADV")) aux--;
            if (aux >= 0 && t.get(aux).is(BE) && !x.is("quoted")) {
                // passive: "were described by the SVR", "was echoed by X"
                if (i + 1 < t.size() && t.get(i + 1).is("by")) {
                    Ment m = firstAgentAfter(i + 2, 8);
                    // "was welcomed by President X" is a reception (the VISIT rules read it), not X's statement
                    boolean reception = x.is("welcomed", "hailed", "praised") && m != null && (m.type == Ment.Type.PERSON || m.type == Ment.Type.ROLE);
                    // "was welcomed by the Kremlin's allies": the possessor's group, not the possessor, spoke
                    boolean possessor = m != null && m.possessive && !(m.e + 1 < t.size() && BODY.contains(t.get(m.e + 1).low));
                    if (m != null && m.type != Ment.Type.PLACE && !reception && !possessor) sp = m;
                }
                if (sp == null) return;
            } else if (Lexicon.SPEECH_PART.contains(x.low)) {
                if (i > 1 && t.get(i - 1).is(",") && Lexicon.SPEECH.contains(t.get(i - 2).low)) return;   // "..., the office said, adding": that verb's speaker
                // "..., said the statement, adding": the inverted verb's speaker adds, named or not
                for (int k = i - 2; k > 0 && sp == null && !t.get(k).is(",", ";"); k--) {
                    if (invertedAttribution(k)) {
                        sp = speakerAfter(k);
                        if (sp == null) return;
                    }
                }
                // "TASS quoted Deputy Foreign Minister X as saying": the one quoted speaks
                if (i > 1 && t.get(i - 1).is("as") && validAgent(at[i - 2]) && !at[i - 2].possessive && !inPP(at[i - 2])) sp = at[i - 2];
                // "drew condemnation, with Foreign Minister X saying that": the participle's own subject
                Ment w = i > 0 ? at[i - 1] : null;
                if (sp == null && w != null && w.e == i && validAgent(w) && !w.possessive && phraseStart(w) > 0
                        && t.get(phraseStart(w) - 1).is("with")) sp = w;
                if (sp == null) for (Ment m : ms) {
                    if (m.s >= i) break;
                    if (validAgent(m) && !m.possessive && !inPP(m) || m.type == Ment.Type.PLACE && !m.city && !m.possessive && !inPP(m) && m.s <= 2
                            && !datelinePlace(m)) { sp = m; break; }
                }
            } else if (invertedAttribution(i)) {
                sp = speakerAfter(i);                 // "..., said the White House.": the speaker follows; none when unnamed
            } else {
                sp = possessorBody(i);
                if (sp == null && (unnamedSubject(i) || commonNounSubject(i) || pluralPronounSubject(i))) return;   // "..., the ministry said": a body the sentence does not name
                // "..., Xinhua said": the wire reports what it heard; the clause's subject made no statement
                if (sp == null && i > 0 && at[i - 1] == null && Lexicon.NEWS_AGENCIES.contains(t.get(i - 1).low)) return;
                if (sp == null) sp = speakerBefore(i);
                // '"... President Buhari," ministry spokesman X stated': one named inside the quote did not say it
                if (sp != null && inQuote(sp.s) && !inQuote(i)) sp = null;
                if (sp != null) sp = apposedPerson(sp, i);
                if (sp == null) sp = titledWithoutCountry(i);
                if (sp != null && sp.type == Ment.Type.PRON && sp.name == null) sp = null;
                if (sp == null) sp = countrySubject(i);
                if (sp == null && i + 1 < t.size() && t.get(i + 1).isWord()) sp = capitalSubject(i);   // with something said: not "Beijing has responded."
                if (sp == null && i > 0 && t.get(i - 1).is(",", "”", "\"", "’")) {
                    Ment m = firstAgentAfter(i + 1, 4);   // "..., said Peskov"
                    if (m != null && m.type != Ment.Type.PLACE) sp = m;
                }
                if (sp != null && reportedInside(sp, i)) return;
                if (sp != null && sp.type != Ment.Type.PLACE) {
                    // the speaker must be reasonably close (same clause)
                    int gap = 0;
                    for (int k = sp.e; k < i; k++) if (t.get(k).isWord()) gap++;
                    if (gap > 25) sp = null;
                }
            }
        } else {
            return;
        }
        if (sp == null || sp.code == null) return;
        if (sp.type == Ment.Type.PRON && sp.name == null) return;
        if (inQuote(v) || newsAgency(sp)) return;
        // "officials said", "Brazilian diplomats said": no named speaker ("the Russian official" may refer to a named one)
        if (verb && v > 0 && COLLECTIVE.contains(t.get(v - 1).low)
                && (at[v - 1] == null || at[v - 1] == sp && !t.get(phraseStart(sp)).is("the"))) return;
        if (unnamedRole(sp)) return;
        if (verb && collectiveOf(sp)) return;                                         // "officials in the United States said"
        if (x.is("calling", "called") && !(v + 1 < t.size() && t.get(v + 1).is("for"))
                && !(x.is("called") && v + 1 < t.size() && t.get(v + 1).is("on") && v + 2 < t.size() && !(at[v + 2] != null && at[v + 2].type == Ment.Type.PERSON))) {
            if (x.is("calling") || v + 1 < t.size() && t.get(v + 1).is("on")) return;   // "after calling on the prime minister": a courtesy call
        }
        if (v + 1 < t.size() && t.get(v + 1).is("him", "her", "them") && x.is("assured", "told", "informed", "promised", "reassured", "briefed")
                && (doc.lastCall >= idx - 1 || s.toLowerCase(java.util.Locale.ROOT).contains("according to"))) return;   // private content of a call
        if (sp.type == Ment.Type.PLACE && !x.is("said", "says", "stated", "declared", "warned", "accused", "accusing", "announced", "condemned",
                "urged", "denied", "rejected", "claimed", "insisted", "called", "demanded", "protested", "responded", "replied",
                "slammed", "criticized", "criticised", "denounced", "dismissed")) return;
        if (sp.type == Ment.Type.PLACE && attributedAfter(v)) return;   // "Iran has rejected X, its foreign minister said"
        if (modal(v, verb)) return;
        if (v > 1 && t.get(v - 1).is("long") && t.get(v - 2).is("has", "have", "had")) return;   // "has long said": a stance, no occasion
        // last, as it costs most: a speech word must be a verb where it stands ("the Baltic states", "his remarks" are
        // nouns); right after its speaker's name the tagger's compound noun ("Ruto warns") is the present tense of news
        if (speech && sp.e != v && !verbAt(v)) return;
        RuleExtractor.Cand c = cand(Kind.STATEMENT, v, sp.type == Ment.Type.PERSON ? 0.7 : 0.6);
        c.actor = party(sp);
        c.source = x.is("according");
        if (verb && sp.type != Ment.Type.PLACE) {
            int ps = phraseStart(sp);
            while (ps > 0 && t.get(ps - 1).is("the", "his", "her", "its", "their", "a")) ps--;
            boolean last = true;
            for (int k = v + 1; k < t.size() && last; k++) {
                // ", his office said, to prepare ...": a parenthetical attribution, unless its own words follow ("adding")
                if (t.get(k).is(",")) {
                    if (k + 1 < t.size() && Lexicon.SPEECH_PART.contains(t.get(k + 1).low)) last = false;
                    break;
                }
                if (t.get(k).isWord() && !t.get(k).is("in", "a", "statement", "on", "late", "early", "earlier", "later", "without", "giving", "any", "reason", "details")
                        && !Lexicon.isTimeWord(t.get(k).low)) last = false;
            }
            c.readout = ps > 3 && t.get(ps - 1).is(",") && last;
        }
        if (sp.type == Ment.Type.ROLE && sp.name == null) c.actor = new Party(kb.countryName(sp.code) + " " + sp.role, sp.code, sp.role);
        for (Ment m : ms) if ((m.type == Ment.Type.PLACE || m.type == Ment.Type.DEMONYM) && m.code != null && m != sp) c.about.add(m.code);
        Ment partner = verb && sp.type == Ment.Type.PERSON ? coordinatedSpeaker(sp) : null;
        // "Trudeau and Sunak expressed continued solidarity with X": the readout of two countries' talks, no statement of either
        if (partner != null && !partner.code.equals(sp.code) && JOINT_READOUT.contains(x.low) && !jointStatement()) return;
        out.add(c);
        // "Putin and Aliyev ... emphasized": both speak
        if (partner != null) {
            RuleExtractor.Cand c2 = cand(Kind.STATEMENT, v, 0.6);
            c2.actor = party(partner);
            c2.about.addAll(c.about);
            out.add(c2);
        }
    }
}
