package parley.producer.extract;

import parley.model.DatePrecision;
import parley.model.Kind;
import parley.model.Party;
import parley.model.Place;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The trigger rules applied to one sentence; candidates are appended to the document's list. */
final class SentenceRules {
    private static final Set<String> PREP = Set.of("of", "with", "by", "to", "from", "for", "about", "against", "on", "at", "in",
            "between", "among", "toward", "towards", "(", "like", "than", "including", "under", "into", "regarding", "referring",
            "via", "behind", "upon", "beside", "besides", "unlike", "over", "through");
    private static final Set<String> VISIT_VERBS = Lexicon.VISIT_VERBS;
    private static final Set<String> MOVE_VERBS = Lexicon.MOVE_VERBS;
    private static final Set<String> VISIT_NOUNS = Lexicon.VISIT_NOUNS;
    private static final Set<String> RECEIVE = Lexicon.RECEIVE;
    private static final Set<String> MEET = Lexicon.MEET;
    private static final Set<String> CALL_HEAD = Set.of("call", "calls", "conversation", "conversations", "talks", "conference", "chat", "discussion", "talk");

    // whole-token alternations of the rules, as sets (the same test as String.matches on the alternation)
    private static final Set<String> POSSESSED_GROUP = Set.of("delegation", "team", "motorcade", "plane", "entourage", "party");
    private static final Set<String> DEMONYM_GROUP = Set.of("counterpart", "counterparts", "official", "officials", "delegation", "side",
            "leader", "leaders", "colleague", "colleagues");
    private static final Set<String> NEXT_UNIT = Set.of("week", "month", "year", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "spring", "summer", "autumn", "fall", "winter");
    private static final Set<String> CAPITAL_WORDS = Set.of("capital", "city", "port", "resort");
    private static final Set<String> STATEMENT_NOUNS = Set.of("statement", "statements", "declaration", "communique", "communiqu\u00e9", "readout");
    private static final Set<String> GROUP_HEADS = Set.of("ministers", "leaders", "presidents", "heads", "delegations", "officials",
            "representatives", "diplomats", "chiefs", "envoys");
    private static final Set<String> READOUT_BODY = Set.of("office", "aides", "spokesman", "spokesperson", "team", "camp");
    // matches("(?s).*\\b(...).*") is a find of "\\b(...)"
    private static final java.util.regex.Pattern PLAN_WORDS = java.util.regex.Pattern.compile(
            "\\b(visit|arriv|meet|travel|trip|talks|call|host|attend|fly|leave|convene|take place|summit)");
    private static final java.util.regex.Pattern SUMMIT_WORDS = java.util.regex.Pattern.compile(
            "\\b(summit|forum|conference|consultative meeting|leaders meeting|session)\\b");

    private static final boolean DEBUG = Boolean.getBoolean("parley.debug");
    private final Kb kb;
    private final DocState doc;
    private final LocalDate pub;
    private final String s;
    private final int idx;
    private final List<RuleExtractor.Cand> out;
    private List<Tok> t;
    private List<Ment> ms;
    private Ment[] at;
    private List<Dates.Mention> dates;
    private int[] dateTok;
    private boolean habitual;
    private String lowOutside = "";

    private final java.util.BitSet quoted;
    private final int off;

    SentenceRules(Kb kb, DocState doc, LocalDate pub, String s, int idx, List<RuleExtractor.Cand> out, java.util.BitSet quoted, int off) {
        this.quoted = quoted;
        this.off = off;
        this.kb = kb;
        this.doc = doc;
        this.pub = pub;
        this.s = s;
        this.idx = idx;
        this.out = out;
    }

    void run() {
        t = Tok.tokenize(s);
        if (t.size() < 3) return;
        ms = new Analyzer(kb, doc, pub).mentions(t);
        at = new Ment[t.size()];
        for (Ment m : ms) for (int k = m.s; k < m.e; k++) at[k] = m;
        dates = Dates.find(s, pub, doc.anchor);
        dateTok = new int[dates.size()];
        for (int i = 0; i < dates.size(); i++) dateTok[i] = tokAt(dates.get(i).start());
        String low;
        int firstQuoted = quoted == null ? -1 : quoted.nextSetBit(off);
        if (firstQuoted < 0 || firstQuoted >= off + s.length()) {
            low = s.toLowerCase(java.util.Locale.ROOT);         // nothing quoted in this sentence
        } else {
            StringBuilder outside = new StringBuilder(s.length());
            for (int c = 0; c < s.length(); c++) outside.append(quoted.get(off + c) ? ' ' : s.charAt(c));
            low = outside.toString().toLowerCase(java.util.Locale.ROOT);
        }
        lowOutside = low;
        if (doc.paraDateOf != doc.para) doc.paraDate = null;
        habitual = low.contains("a number of times") || low.contains("time and again") || low.contains("every year")
                || low.contains("many times") || low.contains("on several occasions") || low.trim().endsWith("?");
        for (int k = 0; k < t.size(); k++) if (Lexicon.HABIT.contains(t.get(k).low) && !inQuote(k)) habitual = true;
        resolvePronouns();
        if (DEBUG) System.err.println("S" + idx + ": " + s + "\n   " + ms + "\n   " + dates);
        int before = out.size();
        if (!habitual) {
            for (int i = 0; i < t.size(); i++) {
                if (!TRIGGERS.contains(t.get(i).low)) continue;      // none of the four rules starts at this word
                visit(i);
                attend(i);
                int n0 = out.size();
                meetOrCall(i);
                if (out.size() == n0) statement(i);     // "spoke to X by phone" is the call, not a statement
            }
        }
        // "report that X declared", "Imagine that Y announced": what follows a reporting verb in its base form (an
        // instruction, a hypothesis, a plan) is not asserted by the article
        int unasserted = unassertedFrom();
        for (int i = out.size() - 1; i >= before; i--) if (out.get(i).tok >= unasserted) out.remove(i);
        // a trailing attribution (", the president's office said") of a reported call, meeting, visit or plan is not a statement
        boolean otherEvent = false;
        for (int i = before; i < out.size(); i++) if (out.get(i).kind != Kind.STATEMENT) otherEvent = true;
        for (int i = before; i < out.size(); i++) if (out.get(i).kind == Kind.CALL) doc.lastCall = idx;
        for (int i = before; i < out.size(); i++) {
            RuleExtractor.Cand c = out.get(i);
            if ((c.kind == Kind.VISIT || c.kind == Kind.MEETING) && c.place != null && c.place.country() != null && !parley.model.Codes.isOrganization(c.place.country())) {
                doc.venueCode = c.place.country();
                doc.venueCity = c.place.name();
            }
        }
        boolean plan = (future(low) || low.contains(" expected to ") || low.contains(" plans to ") || low.contains(" not take place"))
                && PLAN_WORDS.matcher(low).find();
        for (int i = out.size() - 1; i >= before; i--) {
            RuleExtractor.Cand c = out.get(i);
            if (c.kind == Kind.STATEMENT && c.readout && (otherEvent || plan)) out.remove(i);
        }
        // anchor for relative dates: the best DAY date of this sentence's events, else any explicit day in it
        LocalDate anchor = null;
        for (int i = before; i < out.size(); i++) {
            RuleExtractor.Cand c = out.get(i);
            if (c.precision == DatePrecision.DAY && c.rank >= 3) anchor = c.date;
        }
        if (anchor == null) for (Dates.Mention d : dates) if (d.precision() == DatePrecision.DAY && d.rank() >= 3) anchor = d.date();
        if (anchor != null) { doc.anchor = anchor; doc.paraDate = anchor; doc.paraDateOf = doc.para; }
        for (int i = before; i < out.size(); i++) {
            RuleExtractor.Cand c = out.get(i);
            if ((c.kind == Kind.VISIT || c.kind == Kind.MEETING) && c.precision == DatePrecision.DAY && c.rank >= 3) doc.talksDay = c.date;
        }
        if ((low.contains("summit") || low.contains("forum") || low.contains("conference") || low.contains("meeting") || low.contains("session"))
                && SUMMIT_WORDS.matcher(low).find())
            for (Dates.Mention d : dates) if (d.precision() == DatePrecision.DAY && d.rank() >= 3 && !inQuote(dateTok[dates.indexOf(d)])) { doc.summitDay = d.date(); break; }
        // the subject of this sentence for pronouns in the next
        for (int i = before; i < out.size(); i++) {
            Party a = out.get(i).actor;
            if (a != null && a.name() != null) { DocState.Person p = doc.findPerson(a.name()); if (p != null) doc.lastSubject = p; break; }
        }
        if (out.size() == before) {
            for (Ment m : ms) if (m.type == Ment.Type.PERSON && !m.possessive && !inPP(m)) { doc.lastSubject = doc.findPerson(m.name); break; }
        }
    }

    /** Base forms of reporting and supposing verbs: with "that" after them they open content the article does not assert. */
    private static final Set<String> BASE_REPORTING = Set.of("say", "report", "state", "write", "claim", "declare", "announce",
            "tell", "imagine", "suppose", "assume", "pretend", "print", "output", "answer", "reply", "respond", "confirm", "add");

    /** The first token of a "that"-clause governed by a base-form reporting verb ("and report that ..."), else the length. */
    private int unassertedFrom() {
        for (int k = 1; k + 1 < t.size(); k++) {
            if (!t.get(k).is("that") || inQuote(k)) continue;
            int g = k - 1;
            while (g > 0 && t.get(g).is("also", "simply", "just", "only", "then", "now")) g--;
            if (BASE_REPORTING.contains(t.get(g).low)) return k + 1;
        }
        return t.size();
    }

    private boolean inQuote(int k) {
        return quoted != null && k < t.size() && quoted.get(off + t.get(k).start);
    }

    private int tokAt(int ch) {
        for (int i = 0; i < t.size(); i++) if (t.get(i).end > ch) return i;
        return t.size() - 1;
    }

    // ------------------------------------------------------------------ pronouns

    private void resolvePronouns() {
        for (int i = 0; i < ms.size(); i++) {
            Ment m = ms.get(i);
            if (m.type == Ment.Type.ROLE && "counterpart".equals(m.office)) continue;
            if (m.type != Ment.Type.PRON) continue;
            if (m.self) { if (inQuote(m.s)) m.code = null; continue; }
            DocState.Person p = null;
            Ment prevPerson = null;
            Ment nearPP = null;
            if (!m.possessive && m.s > 0 && t.get(m.s - 1).is("where", "when", "after", "before", "as", "while", "and")) {
                // "X stopped in Nairobi, where he met Y, and in Kigali, where he was received by Z": he is the subject X
                for (int j = 0; j < i; j++) {
                    Ment c = ms.get(j);
                    if (c.type == Ment.Type.PERSON && !c.possessive && !inPP(c) && !inQuote(c.s)) { prevPerson = c; break; }
                }
            }
            for (int j = i - 1; j >= 0 && prevPerson == null; j--) {
                Ment c = ms.get(j);
                if (!(c.type == Ment.Type.PERSON || c.type == Ment.Type.ROLE && c.name != null) || inQuote(c.s)) continue;
                if (c.possessive || inPP(c)) { if (nearPP == null) nearPP = c; continue; }
                prevPerson = c;
                break;
            }
            if (prevPerson == null && nearPP != null && doc.lastSubject == null) prevPerson = nearPP;
            if (prevPerson == null && m.possessive) {
                // cataphora: "During his visit to X, Minister Y said"
                for (int j = i + 1; j < ms.size(); j++) if (ms.get(j).type == Ment.Type.PERSON && !ms.get(j).possessive && !inQuote(ms.get(j).s)) { prevPerson = ms.get(j); break; }
            }
            if (prevPerson != null) {
                m.name = prevPerson.name; m.code = prevPerson.code; m.role = prevPerson.role; m.office = prevPerson.office;
                continue;
            }
            p = doc.lastSubject;
            if (p != null) { m.name = p.name; m.code = p.country; m.role = p.role; m.office = p.office; }
        }
    }

    // ------------------------------------------------------------------ helpers

    private Ment agentAt(int k) {
        Ment m = at[k];
        return m != null && m.isAgent() ? m : null;
    }

    /** Start of the noun phrase of a mention (its title words before it). */
    private int phraseStart(Ment m) {
        int k = m.s - 1;
        while (k >= 0) {
            Tok x = t.get(k);
            boolean titleish = Lexicon.TITLE.contains(x.low) || x.is("'s", "’s")
                    || x.is("the", "of") && k > 0 && k < m.s - 1 && Lexicon.TITLE.contains(t.get(k + 1).low)
                    || x.is("of") && k > 0 && k < m.s - 2 && t.get(k + 1).is("the") && Lexicon.TITLE.contains(t.get(k + 2).low) && Lexicon.TITLE.contains(t.get(k - 1).low)
                    || x.is("the") && k < m.s - 1 && at[k + 1] != null && at[k + 1].type == Ment.Type.DEMONYM
                    || (at[k] != null && at[k] != m && (at[k].type == Ment.Type.DEMONYM || at[k].type == Ment.Type.INST
                        || at[k].type == Ment.Type.PLACE && at[k].e < t.size() && (t.get(at[k].e).is("'s", "’s") || Lexicon.TITLE.contains(t.get(at[k].e).low))));
            if (!titleish) break;
            k--;
        }
        return k + 1;
    }

    private boolean inPP(Ment m) {
        int ps = phraseStart(m);
        for (int k = ps - 1; k >= Math.max(0, ps - 1); k--) {
            if (t.get(k).is("by") && k > 0 && t.get(k - 1).is("led", "headed")) return false;   // "a delegation led by X arrived"
            if (PREP.contains(t.get(k).low)) return true;
        }
        // inside an apposition ", the head of X,"
        return false;
    }

    private boolean validAgent(Ment m) {
        if (m == null || !m.isAgent()) return false;
        if (m.code == null) return false;
        if (m.type == Ment.Type.PRON && m.possessive) return false;
        if (m.type == Ment.Type.INST && m.name == null) return false;
        return true;
    }

    /** The subject of a verb at token v: the nearest agent before it that is not possessive nor inside a prepositional phrase. */
    private Ment subjectBefore(int v) {
        boolean relWho = false;
        for (int k = Math.max(0, v - 3); k < v; k++) if (t.get(k).is("who")) relWho = true;
        for (int j = ms.size() - 1; j >= 0; j--) {
            Ment m = ms.get(j);
            if (m.e > v) continue;
            if (!m.isAgent()) continue;
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
    private Ment countrySubject(int v) {
        for (Ment m : ms) {
            if (m.s >= v) break;
            if (m.type == Ment.Type.PLACE && !m.city && !m.possessive && !inPP(m)) {
                // nothing but adverbs/aux between it and the verb, or it is the first mention of the sentence
                boolean close = true;
                for (int k = m.e; k < v; k++) if (!(t.get(k).is("has", "have", "had", "also", "again", "officially", "publicly", ",", "recently", "then")) ) close = false;
                if (close) return m;
            }
            if (m.isAgent() || m.type == Ment.Type.PLACE) break;
        }
        return null;
    }

    /** "Jordan's King Abdullah II" whose name the KB does not know: a role of that country, else null. */
    private Ment titledAfter(Ment place) {
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

    private Ment firstAgentAfter(int k, int max) {
        Ment possessed = null;
        for (int q = k; q < Math.min(t.size(), k + max); q++) {
            Tok x = t.get(q);
            if (x.text.equals(".") || x.text.equals(";")) break;
            Ment m = at[q];
            if (m != null && m.isAgent() && !(m.type == Ment.Type.PRON && m.possessive && !"counterpart".equals(m.office))) return m;
            if (m != null && m.type == Ment.Type.PLACE && !m.city) {
                if (m.e < t.size() && t.get(m.e).is("'s", "’s") && possessed == null) possessed = titledAfter(m);
                if (m.e < t.size() && (GATHERINGS.contains(t.get(m.e).low) || t.get(m.e).is("'s", "’s", "-"))) { q = m.e - 1; continue; }
                if (m.e < t.size() && Lexicon.TITLE.contains(t.get(m.e).low)) {   // "New Zealand Prime Minister Christopher Luxon"
                    int r = m.e;
                    while (r < t.size() && at[r] == null && Lexicon.TITLE.contains(t.get(r).low)) r++;
                    if (r < t.size() && at[r] != null && at[r].type == Ment.Type.PERSON && at[r].code != null) return at[r];
                }
                if (m.e < t.size() && t.get(m.e).is(",")) {   // "the Minister of Senegal, Ambassador Yassine Fall"
                    int r = m.e + 1;
                    while (r < t.size() && (Lexicon.TITLE.contains(t.get(r).low.replace(".", "")) || t.get(r).is("the"))) r++;
                    if (r < t.size() && at[r] != null && at[r].type == Ment.Type.PERSON && at[r].code != null) return at[r];
                }
                return m;   // a country as the other party
            }
            if (m != null && m.type == Ment.Type.DEMONYM && q + 1 < t.size() && DEMONYM_GROUP.contains(t.get(q + 1).low)) {
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
    private static final Set<String> CONJ = Set.of("and", "&");
    /** Words after a conjunct that open a new clause: the conjunct is that clause's subject, not a list member. */
    private static final Set<String> CLAUSE_VERB = Set.of("has", "have", "had", "was", "were", "is", "are", "will", "would", "also",
            "later", "then", "who", "which", "did", "does", "can", "could", "may", "might", "must", "should");

    /** "Estonian and Latvian counterparts": the head noun a list of demonyms starting at m shares, else null. */
    private String sharedHead(Ment m) {
        int q = m.e;
        boolean list = false;
        while (q < t.size()) {
            if (DEMONYM_GROUP.contains(t.get(q).low)) return list ? t.get(q).low : null;
            int r = q;
            if (t.get(r).is(",")) r++;
            if (r < t.size() && CONJ.contains(t.get(r).low)) r++;
            if (r == q || r >= t.size() || at[r] == null || at[r].type != Ment.Type.DEMONYM || at[r].s != r) return null;
            list = true;
            q = at[r].e;
        }
        return null;
    }

    private Ment demonymRole(Ment d, String head, int end) {
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
    private List<Ment> conjuncts(Ment m) {
        List<Ment> out = new ArrayList<>();
        if (m == null || m.code == null) return out;
        boolean countryList = m.type == Ment.Type.PLACE || m.type == Ment.Type.DEMONYM
                || m.type == Ment.Type.ROLE && m.s < t.size() && at[m.s] != null && at[m.s].type == Ment.Type.DEMONYM;
        int q = m.type == Ment.Type.ROLE && countryList ? demonymEnd(m) : m.e;
        while (q < t.size()) {
            int r = q;
            if (t.get(r).is(",")) r++;
            if (r < t.size() && CONJ.contains(t.get(r).low)) r++;
            else if (r + 2 < t.size() && t.get(r).is("as") && t.get(r + 1).is("well") && t.get(r + 2).is("as")) r += 3;
            if (r == q || r >= t.size()) break;
            while (r < t.size() && at[r] == null && (t.get(r).is("the", "his", "her", "their") || Lexicon.TITLE.contains(t.get(r).low))) r++;
            if (r >= t.size()) break;
            Ment n = at[r];
            if (n == null || n.s != r || n.code == null) break;
            if (n.type == Ment.Type.PLACE && (n.city || n.orgCode)) break;
            if (n.type == Ment.Type.PRON || n.type == Ment.Type.INST && !countryList) break;
            if (n.type == Ment.Type.PLACE && n.possessive || n.type == Ment.Type.DEMONYM) {
                // "Uganda's President Yoweri Museveni", "Tongan Prime Minister Siaosi Sovaleni": the person after the country
                int k = n.type == Ment.Type.DEMONYM ? n.e : n.e + 1;
                while (k < t.size() && at[k] == null && Lexicon.TITLE.contains(t.get(k).low)) k++;
                if (k < t.size() && at[k] != null && at[k].isAgent() && at[k].s == k) n = at[k];
            }
            int after = n.e;
            if (n.type == Ment.Type.DEMONYM) {
                if (after < t.size() && DEMONYM_GROUP.contains(t.get(after).low)) after++;
                String head = after > n.e ? t.get(n.e).low : m.role != null ? m.role : "side";
                Ment role = demonymRole(n, head, after);
                n = role;
            }
            if (after < t.size() && (CLAUSE_VERB.contains(t.get(after).low) || TRIGGERS.contains(t.get(after).low) && !t.get(after).is("talks", "meeting", "meetings", "visit"))) break;
            out.add(n);
            q = after;
        }
        return out;
    }

    /** The end of the demonym a demonym-list role starts with. */
    private int demonymEnd(Ment role) {
        Ment d = at[role.s];
        return d != null && d.type == Ment.Type.DEMONYM && d != role ? d.e : role.e;
    }

    private static final java.util.regex.Pattern FUTURE = java.util.regex.Pattern.compile(
            "(?i)\\b(next (week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday|spring|summer|autumn|fall|winter)|tomorrow|"
            + "later this (week|month|year)|in the coming (days|weeks|months)|is scheduled|are scheduled|is due|are due|will|is set to|are set to|is slated)\\b");

    // FUTURE can only match where one of these occurs (the text is lower-cased; its letters are ASCII)
    private static final String[] FUTURE_WORDS = {"next ", "tomorrow", "later this ", "in the coming ", "scheduled", "due", "will",
            "set to", "slated"};

    /** FUTURE.matcher(low).find() for lower-case text, skipping the regex when none of its words occurs. */
    private static boolean future(String low) {
        for (String w : FUTURE_WORDS) if (low.contains(w)) return FUTURE.matcher(low).find();
        return false;
    }

    /** A future cue right after the trigger: "Modi's visit to the US next month will focus on ...". */
    private boolean futureAfter(int v) {
        int end = Math.min(t.size(), v + 12);
        for (int k = v + 1; k < end; k++) {
            Tok x = t.get(k);
            if (x.is(".", ";", "said", "says", "told")) break;
            if (x.is("next", "tomorrow", "will", "scheduled", "upcoming", "slated")) {
                if (x.is("next") && k + 1 < t.size() && !NEXT_UNIT.contains(t.get(k + 1).low)) continue;
                return true;
            }
        }
        return false;
    }

    private boolean modal(int v, boolean verb) {
        if (!verb && futureAfter(v)) return true;
        if (verb && v + 2 < t.size() && futureAfter(v) && FUTURE.matcher(join(v, Math.min(t.size(), v + 12))).find()
                && !t.get(v).low.endsWith("ed") && !Lexicon.SPEECH.contains(t.get(v).low) && !t.get(v).low.equals("met")) return true;
        for (int k = Math.max(0, v - 5); k < v; k++) {
            Tok x = t.get(k);
            if (inQuote(k)) continue;
            if (x.text.equals(",") && k < v - 1 && !verb) continue;
            if (x.low.equals("to")) {
                if (verb && k == v - 1) return true;
                continue;
            }
            if (x.low.equals("not") || x.low.endsWith("n't") || x.low.endsWith("n’t") || x.low.equals("never") || x.low.equals("no") || x.low.equals("without")) {
                if (k >= v - 2) return true;
                continue;
            }
            if (Lexicon.MODAL.contains(x.low)) {
                if (x.is("called", "calls", "urged", "agreed", "agree", "agrees", "set", "due", "next", "possible")) {
                    if (k >= v - 3) return true;
                    continue;
                }
                return true;
            }
        }
        for (int k = 0; k < v; k++) if (t.get(k).is("if", "unless", "whether") && !inQuote(k)) return true;
        return false;
    }

    private Dates.Mention dateFor(int v) {
        Dates.Mention best = null;
        int bestD = Integer.MAX_VALUE;
        for (int i = 0; i < dates.size(); i++) {
            if (sinceDate(i) && !(dateTok[i] < v)) continue;
            int d = Math.abs(dateTok[i] - v);
            // a date across a clause boundary ("... in February 2023 and X paid a visit in July") is farther away
            for (int q = Math.min(dateTok[i], v) + 1; q < Math.max(dateTok[i], v); q++) if (t.get(q).is("and", "but", ";", "while", "whereas") && !inQuote(q)) { d += 6; break; }
            Dates.Mention m = dates.get(i);
            if (d < bestD - 3 || (Math.abs(d - bestD) <= 3 && best != null && m.rank() >= best.rank())) {
                if (best == null || d < bestD && m.rank() >= best.rank() || m.rank() > best.rank()) { best = m; bestD = d; }
            } else if (best == null) { best = m; bestD = d; }
        }
        return best;
    }

    /** A statement's date: before the speech verb or right after it ("said on Monday"), never inside what was said. */
    private Dates.Mention statementDate(int v) {
        Dates.Mention best = null;
        int bestD = Integer.MAX_VALUE;
        for (int i = 0; i < dates.size(); i++) {
            int k = dateTok[i];
            if (inQuote(k) || sinceDate(i)) continue;
            Dates.Mention m = dates.get(i);
            if (k > v) {
                if (k - v > 8 || m.rank() == 0) continue;
                boolean content = false;
                for (int q = v + 1; q < k; q++) if (t.get(q).is("that", ":", "\"", "“", "to", "would", "will", "had", "has", "was", "were", "is")) content = true;
                if (content) continue;
            }
            int dd = Math.abs(k - v);
            if (best == null || dd < bestD - 3 || Math.abs(dd - bestD) <= 3 && m.rank() > best.rank()) { best = m; bestD = dd; }
        }
        return best;
    }

    /** "since 2017", "since taking office in November": a period's start, not an event's day. */
    private boolean sinceDate(int i) {
        if (t.get(dateTok[i]).is("since")) return true;              // the mention includes its "since"
        for (int k = dateTok[i] - 1; k >= Math.max(0, dateTok[i] - 4); k--) {
            if (t.get(k).is("since")) return true;
            if (t.get(k).is(",", ";", "when", "and", "on") || Character.isDigit(t.get(k).text.charAt(0))) return false;   // "since 2018 on Thursday"
        }
        return false;
    }

    private Party party(Ment m) {
        if (m == null || m.code == null) return null;
        String name = m.name;
        if (m.type == Ment.Type.PLACE) name = "Government of " + kb.countryName(m.code);
        return new Party(name, m.code, m.role);
    }

    /** The host place after a visit trigger: "to Baku", "Azerbaijan", "the Azerbaijani capital". */
    private Ment placeAfter(int k, int max) {
        for (int q = k; q < Math.min(t.size(), k + max); q++) {
            Tok x = t.get(q);
            if (x.text.equals(".") || x.text.equals(";") || x.is("where", "which", "who", "and", "but", "after", "before", "with", "by", "from", "said", "for")) {
                if (x.is("and") && q + 1 < t.size() && at[q + 1] != null && at[q + 1].type == Ment.Type.PLACE && q == k) continue;
                break;
            }
            Ment m = at[q];
            if (m == null) continue;
            if (m.type == Ment.Type.PLACE && !m.orgCode) return m;
            if (seat(m)) return m;
            if (m.type == Ment.Type.DEMONYM && q + 1 < t.size() && CAPITAL_WORDS.contains(t.get(m.e).low)) {
                Ment p = new Ment(Ment.Type.PLACE, m.s, m.e + 1);
                p.code = m.code;
                // "the Azerbaijani capital Baku" — take the city when named
                if (m.e + 1 < t.size() && at[m.e + 1] != null && at[m.e + 1].type == Ment.Type.PLACE) return at[m.e + 1];
                return p;
            }
            if (m.type == Ment.Type.PERSON || m.type == Ment.Type.PRON && !m.possessive) break;
        }
        return null;
    }

    private static final Set<String> SEATS = Set.of("Kremlin", "White House", "Élysée Palace", "Office of the Prime Minister",
            "Casa Rosada", "Planalto Palace", "Presidency", "Zhongnanhai", "Office of the President", "Chancellery");

    /** The seat of a government ("the Kremlin", "the White House") stands for its country as a place. */
    private static boolean seat(Ment m) {
        return m.type == Ment.Type.INST && m.code != null && SEATS.contains(m.name);
    }

    /** A place introduced by in/at anywhere in the sentence (for meetings). */
    private Ment placeIn(int from, int to) {
        for (int q = Math.max(1, from); q < Math.min(t.size(), to); q++) {
            Ment m = at[q];
            if (m == null || !(m.type == Ment.Type.PLACE || seat(m)) || m.orgCode || m.s != q) continue;
            Tok prev = t.get(q - 1);
            if (prev.is("in", "at") || prev.is("the") && q > 1 && t.get(q - 2).is("in", "at")
                    || prev.is(",") && q > 2 && t.get(q - 2).cap && at[q - 2] == null && t.get(q - 3).is("in", "at") && !m.city
                    || prev.is("capital", "city") && q > 2) return m;
        }
        return null;
    }

    private static final java.util.regex.Pattern OCCASION = java.util.regex.Pattern.compile(
            "\\b(after|during|at|following|on|ahead of|before|opening|closing|addressing)\\s+(?:(?:the|their|a|his|her|its|this|that)\\s+)?(?:[\\p{L}-]+\\s+){0,2}?"
            + "(talks|meeting|session|summit|visit|ceremony|signing|news conference|press conference|briefing|forum|conference|sidelines|margins|plenary|arrival)\\b");

    /** The day of the occasion a sentence refers to without a date of its own ("after the talks", "on the sidelines"). */
    private LocalDate occasionDay() {
        java.util.regex.Matcher m = OCCASION.matcher(lowOutside);
        while (m.find()) {
            String w = m.group(2);
            LocalDate d = w.equals("summit") || w.equals("sidelines") || w.equals("margins") || w.equals("forum") || w.equals("plenary")
                    ? (doc.summitDay != null ? doc.summitDay : doc.talksDay) : (doc.talksDay != null ? doc.talksDay : doc.summitDay);
            if (d != null) return d;
        }
        return null;
    }

    private RuleExtractor.Cand cand(Kind kind, int v, double conf) {
        RuleExtractor.Cand c = new RuleExtractor.Cand();
        c.kind = kind;
        c.sentence = idx;
        c.tok = v;
        c.para = doc.para;
        c.evidence = s;
        c.confidence = conf;
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

    private Place place(Ment p) {
        if (p == null || p.code == null) return null;
        return new Place(p.city ? p.name : null, p.code);
    }

    // ------------------------------------------------------------------ VISIT

    private void visit(int i) {
        Tok x = t.get(i);
        Ment actor = null;
        Ment host = null;
        Ment counterpart = null;
        List<Ment> listed = List.of();
        boolean verb = true;
        int v = i;
        boolean nounUse = i > 0 && t.get(i - 1).is("the", "his", "her", "their", "its", "'s", "’s", "a", "two", "three", "several", "recent");
        if (VISIT_VERBS.contains(x.low) && !(nounUse && VISIT_NOUNS.contains(x.low))) {   // "the visits of X" is the noun
            host = placeAfter(i + 1, 6);
            if (host == null) return;
            actor = subjectBefore(i);
            if (actor == null && x.low.equals("visiting") ) return;
        } else if (x.is("paid", "pays", "paying", "made", "makes", "making", "pay", "make", "conducted", "began", "started", "wrapped", "concluded",
                "ended", "completed", "kicked", "embarked", "undertook", "undertakes", "launched")) {
            int k = i + 1;
            while (k < t.size() && k < i + 6 && !VISIT_NOUNS.contains(t.get(k).low)) k++;
            if (k >= t.size() || k >= i + 6 || !VISIT_NOUNS.contains(t.get(k).low)) return;
            if (k + 1 < t.size() && t.get(k + 1).is("to", "in", "of")) host = placeAfter(k + 2, 5);
            else host = placeAfter(k + 1, 5);
            if (host == null) host = placeIn(k + 1, Math.min(t.size(), k + 9));   // "a tour of Southeast Asia in Jakarta"
            if (host == null) return;
            actor = subjectBefore(i);
        } else if (MOVE_VERBS.contains(x.low)) {
            boolean arrival = x.is("arrived", "arrives", "landed", "lands", "flew", "flown", "arrive") && venueArrival(i);
            if (!arrival && (i + 1 >= t.size() || !t.get(i + 1).is("in", "at", "to", "into", "for"))) {
                if (!(i + 2 < t.size() && t.get(i + 2).is("in", "at", "to"))) return;
            }
            host = placeAfter(i + 1, 4);
            if (host == null && arrival && doc.venueCode != null) host = venue();
            if (host == null) return;
            actor = subjectBefore(i);
            if (actor == null) return;
            if (arrival && actor.type != Ment.Type.PERSON && actor.type != Ment.Type.ROLE && !(actor.type == Ment.Type.PRON && actor.name != null)) return;
        } else if (x.is("led", "leads", "leading", "headed", "heads") && delegationTo(i) > 0) {
            host = placeAfter(delegationTo(i) + 1, 4);
            if (host == null) return;
            actor = subjectBefore(i);
            if (actor == null) for (int j = ms.size() - 1; j >= 0; j--) {
                Ment m = ms.get(j);
                if (m.e <= i && m.type == Ment.Type.PERSON && !m.possessive && !inPP(m)) { actor = m; break; }
            }
            if (actor != null && actor.code == null) {
                for (int q = i + 1; q < delegationTo(i); q++) if (at[q] != null && at[q].type == Ment.Type.DEMONYM) actor.code = at[q].code;
            }
        } else if (x.is("was", "were") && i + 2 < t.size() && t.get(i + 1).is("in")
                && (at[i + 2] != null && at[i + 2].type == Ment.Type.PLACE || t.get(i + 2).is("the") && i + 3 < t.size() && at[i + 3] != null && at[i + 3].type == Ment.Type.PLACE)) {
            host = at[i + 2] != null ? at[i + 2] : at[i + 3];
            if (host.orgCode) return;
            actor = subjectBefore(i);
            if (actor == null || actor.type != Ment.Type.PERSON && actor.type != Ment.Type.PRON && actor.type != Ment.Type.ROLE) return;
            if (i > 0 && t.get(i - 1).is("who", "which", "that")) return;
        } else if (VISIT_NOUNS.contains(x.low) && i + 1 < t.size() && t.get(i + 1).is("to", "in", "of")) {
            verb = false;
            if (i > 0 && t.get(i - 1).is("paid", "made", "pays", "make", "paying", "making")) return;   // handled above
            int k = i + 2;
            // "the visit of President X to Russia"
            if (t.get(i + 1).is("of")) {
                Ment a = firstAgentAfter(i + 2, 8);
                if (a == null || a.type == Ment.Type.PLACE) {
                    host = placeAfter(i + 2, 3);
                } else {
                    actor = a;
                    int q = a.e;
                    while (q < t.size() && !t.get(q).is("to", "in")) { if (q > a.e + 8) break; q++; }
                    if (q < t.size() && t.get(q).is("to", "in")) host = placeAfter(q + 1, 4);
                }
            } else {
                host = placeAfter(k, 5);
            }
            if (host == null) return;
            if (actor == null) {
                // possessor: "Aliyev's visit", "his visit"
                for (int q = i - 1; q >= Math.max(0, i - 6); q--) {
                    Ment m = at[q];
                    if (m != null && m.possessive && m.isAgent()) { actor = m; break; }
                    if (m != null && m.type == Ment.Type.PRON && m.possessive) { actor = m; break; }
                    if (m != null && m.type == Ment.Type.DEMONYM && q == i - 1) break;
                    if (t.get(q).is(",", ".", ";")) break;
                }
            }
            if (actor == null) {
                // "a visit to X had been made by Y"
                for (int q = i + 1; q < Math.min(t.size() - 1, i + 12); q++) {
                    if (t.get(q).is("by")) { Ment a = firstAgentAfter(q + 1, 6); if (a != null && a.type != Ment.Type.PLACE) actor = a; break; }
                }
            }
            if (actor == null) {
                // "X, who is on a visit to Y," / "X is on a three-day visit to Y"
                Ment sb = subjectBefore(i);
                if (sb != null && (sb.type == Ment.Type.PERSON || sb.type == Ment.Type.ROLE || sb.type == Ment.Type.PRON) && sb.name != null) {
                    boolean onVisit = false;
                    for (int q = Math.max(sb.e, i - 6); q < i; q++) if (t.get(q).is("on", "during", "for", "visiting", "concluded", "ended", "began", "wrapped", "completed", "continues", "continued", "is", "was")) onVisit = true;
                    if (onVisit) actor = sb;
                }
            }
            if (actor == null) {
                // "During the visit to Baku, Minister X said": the sentence's subject
                for (Ment m : ms) if (m.s > i && m.type == Ment.Type.PERSON && !m.possessive && !inPP(m)) { actor = m; break; }
            }
            if (actor == null) {
                // a demonym before the noun: "the Russian delegation's visit", "a Chinese visit to"
                return;
            }
        } else if (RECEIVE.contains(x.low)) {
            boolean aux = i > 0 && t.get(i - 1).is("was", "were", "been", "being", "is", "are");
            int byAt = -1;
            if (aux) for (int q = i + 1; q < Math.min(t.size(), i + 7); q++) { if (t.get(q).is("by")) { byAt = q; break; } if (t.get(q).is(",", ".", ";")) break; }
            boolean passive = aux && byAt > 0;
            if (aux && byAt < 0) {
                // "was received in Riyadh", "was welcomed at the Kremlin": the host is the place
                actor = subjectBefore(i);
                Ment p = placeIn(i, Math.min(t.size(), i + 6));
                if (p == null || actor == null) return;
                host = p;
            } else if (passive) {
                actor = subjectBefore(i);
                Ment by = firstAgentAfter(byAt + 1, 8);
                Ment p = placeIn(i, t.size());
                if (p != null) host = p;
                else if (by != null && by.code != null) { host = by; }
                counterpart = by;
            } else {
                // object: a person (possibly after "the"/titles) directly after the verb
                Ment obj = null;
                boolean group = false;
                for (int q = i + 1; q < Math.min(t.size(), i + 14); q++) {
                    Ment m = at[q];
                    if (m != null && group && m.type == Ment.Type.INST && m.code != null && t.get(m.s).is("government", "state")) {
                        obj = new Ment(Ment.Type.ROLE, m.s, m.e);   // "the heads of government of Togo"
                        obj.code = m.code;
                        obj.name = kb.countryName(m.code) + " head of " + t.get(m.s).low;
                        break;
                    }
                    if (m != null && m.isAgent() && !(m.type == Ment.Type.PRON && m.possessive)) { obj = m; break; }
                    // "hosted the heads of government of Togo, Benin and Niger"
                    if (m != null && group && m.type == Ment.Type.PLACE && !m.city && !m.orgCode && t.get(q - 1).is("of", "from", "the")) { obj = m; break; }
                    if (m == null && (GROUP_HEADS.contains(t.get(q).low) || t.get(q).is("heads", "counterparts"))) { group = true; continue; }
                    if (m == null && group && t.get(q).is("of", "from", "state", "and", "government")) continue;
                    if (m != null && m.type != Ment.Type.DEMONYM && !(m.type == Ment.Type.PLACE && !m.city && q + 1 < t.size() && t.get(q + 1).is("'s", "’s"))) break;
                    if (m != null) { q = m.e - 1; continue; }
                    Tok y = t.get(q);
                    if (y.is("at", "in") && q + 1 < t.size()) {
                        // "received today at the Ministry's General Diwan His Excellency X"
                        int r = q + 1;
                        while (r < Math.min(t.size(), q + 7) && !(Lexicon.TITLE.contains(t.get(r).low) && t.get(r).cap && r > q + 2) && !t.get(r).is(",", ".")) r++;
                        q = r - 1;
                        continue;
                    }
                    if (y.is("today", "yesterday", "also", "on") || Lexicon.isTimeWord(y.low)) continue;
                    if (!(Lexicon.TITLE.contains(y.low) || y.is("the", "a", "visiting", "delegation"))) break;
                }
                if (obj == null || obj.type == Ment.Type.INST) return;
                if (resident(obj)) return;          // an envoy posted in the host country is received, not visiting
                if (obj.type == Ment.Type.PRON) {   // "received him"
                    return;
                }
                Ment subj = subjectBefore(i);
                if (subj == null) return;
                if (obj.type == Ment.Type.ROLE && obj.name == null && "counterpart".equals(obj.office)) {
                    Kb.Office o = subj.office == null ? null : kb.holder(obj.code, subj.office, pub);
                    obj.name = o != null ? o.name() : kb.countryName(obj.code) + " counterpart";
                }
                actor = obj;
                counterpart = subj;
                Ment p = placeIn(i, t.size());
                host = p != null ? p : subj;
                listed = conjuncts(obj);
            }
            if (host == null || actor == null) return;
        } else {
            return;
        }
        if (actor == null || actor.code == null || host == null || host.code == null) return;
        if (modal(v, verb)) return;
        if (actor.code.equals(host.code)) return;
        RuleExtractor.Cand c = cand(Kind.VISIT, v, 0.7);
        c.actor = party(actor);
        if (actor.type == Ment.Type.PLACE) c.actor = new Party(kb.countryName(actor.code) + " delegation", actor.code, null);
        c.place = place(host);
        if (counterpart != null && counterpart.code != null && counterpart.code.equals(host.code)) c.counterpart = party(counterpart);
        if (c.counterpart == null) {
            // a host met in the same sentence: "... where he met President X"
            for (Ment m : ms) {
                if (m.s > i && m.type == Ment.Type.PERSON && host.code.equals(m.code)) { c.counterpart = party(m); break; }
            }
        }
        out.add(c);
        // "received the presidents of A, B and C": each a visitor of its own
        for (Ment o : listed) {
            if (o.code == null || o.code.equals(host.code) || o.code.equals(actor.code)) continue;
            RuleExtractor.Cand c2 = cand(Kind.VISIT, v, 0.6);
            c2.actor = o.type == Ment.Type.PLACE ? new Party(kb.countryName(o.code) + " delegation", o.code, null) : party(o);
            c2.place = c.place;
            c2.counterpart = c.counterpart;
            out.add(c2);
        }
        // "visited Armenia on July 16 and then Azerbaijan"
        if (VISIT_VERBS.contains(x.low)) {
            for (int q = host.e; q < Math.min(t.size() - 1, host.e + 10); q++) {
                if (t.get(q).is("then") || t.get(q).is("and") && q + 1 < t.size() && at[q + 1] != null && at[q + 1].type == Ment.Type.PLACE) {
                    Ment h2 = placeAfter(q + 1, 3);
                    if (h2 != null && h2.code != null && !h2.code.equals(host.code) && !h2.code.equals(actor.code)) {
                        RuleExtractor.Cand c2 = cand(Kind.VISIT, h2.s, 0.6);
                        if (dateTokNear(h2.s) == null) { c2.date = pub; c2.precision = DatePrecision.PUBLISHED; c2.rank = -1; }
                        c2.actor = c.actor;
                        c2.place = place(h2);
                        out.add(c2);
                    }
                    break;
                }
                if (t.get(q).is(".", ";", "where", "who", "which")) break;
            }
        }
        // "travelled to Fiji, Tuvalu and Vanuatu": one visit per country of the list
        if ((VISIT_VERBS.contains(x.low) || MOVE_VERBS.contains(x.low)) && host.e > 0 && host.s > 0 && host.type == Ment.Type.PLACE) {
            String last = host.code;
            int q = host.e;
            while (q + 1 < t.size() && t.get(q).is(",", "and")) {
                int r = t.get(q).is(",") && t.get(q + 1).is("and") ? q + 2 : q + 1;
                Ment h2 = r < t.size() ? at[r] : null;
                if (h2 == null || h2.type != Ment.Type.PLACE || h2.orgCode || h2.code == null || h2.s != r) break;
                if (!h2.code.equals(last) && !h2.code.equals(actor.code)) {
                    RuleExtractor.Cand c2 = cand(Kind.VISIT, v, 0.6);
                    c2.actor = c.actor;
                    c2.place = place(h2);
                    out.add(c2);
                }
                last = h2.code;
                q = h2.e;
            }
        }
    }

    /** "arrived on Thursday evening", "flew in this morning", "arrived at X International Airport": no host named after the verb. */
    private boolean venueArrival(int i) {
        if (i + 1 >= t.size()) return true;
        Tok n1 = t.get(i + 1);
        if (n1.is(".", ",", ";", "on", "late", "early", "earlier", "later", "today", "yesterday", "this", "last", "overnight", "shortly", "hours", "ahead")) return true;
        if (n1.is("in") && i + 2 < t.size() && (t.get(i + 2).is("this", "on", "late", "early", "today", "yesterday", ".", ",") || Lexicon.isTimeWord(t.get(i + 2).low))) return true;
        if (n1.is("at") && i + 4 < t.size()) {
            for (int q = i + 2; q < Math.min(t.size(), i + 7); q++) if (t.get(q).is("airport", "airbase", "aerodrome")) return true;
        }
        return false;
    }

    private Ment venue() {
        Ment m = new Ment(Ment.Type.PLACE, 0, 0);
        m.code = doc.venueCode;
        m.name = doc.venueCity;
        m.city = doc.venueCity != null;
        return m;
    }

    /** "led a South African delegation to Accra": the position of "to", else -1. */
    private int delegationTo(int i) {
        for (int q = i + 1; q < Math.min(t.size() - 1, i + 7); q++) {
            if (t.get(q).is("delegation", "delegations", "mission", "team") && t.get(q + 1).is("to")) return q + 1;
            if (t.get(q).is(".", ",", ";")) return -1;
        }
        return -1;
    }

    private static final Set<String> GATHERINGS = Lexicon.GATHERINGS;

    /** "Speaking at a meeting of CIS security officials in Astana, X argued": attending an event abroad is a visit. */
    private void attend(int i) {
        Tok x = t.get(i);
        if (!GATHERINGS.contains(x.low)) return;
        boolean at0 = false;
        for (int k = Math.max(0, i - 8); k < i; k++)
            if (t.get(k).is("at", "attended", "attending", "attend", "attends", "sidelines", "participated", "took", "joined", "addressed", "addressing", "during")) at0 = true;
        if (!at0) return;
        Ment host = null;
        for (int q = i + 1; q < Math.min(t.size(), i + 10); q++) {
            if (t.get(q).is(",", ".", ";")) {
                if (q + 1 < t.size() && at[q + 1] != null && at[q + 1].type == Ment.Type.PLACE && host != null) continue;   // "Tbilisi, Georgia"
                break;
            }
            Ment m = at[q];
            if (m != null && m.type == Ment.Type.PLACE && !m.orgCode && m.s == q && t.get(q - 1).is("in", "at")) { host = m; break; }
        }
        if (host == null && doc.venueCode != null && i > 1 && t.get(i - 1).is("the") && t.get(i - 2).is("attended", "attending", "attend", "attends", "joined")) host = venue();
        if (host == null || host.code == null) return;
        Ment actor = null;
        for (Ment m : ms) {
            if ((m.type == Ment.Type.PERSON || m.type == Ment.Type.ROLE && m.name != null) && !m.possessive && !inPP(m) && m.code != null) { actor = m; break; }
        }
        if (actor == null || actor.code.equals(host.code)) return;
        if (modal(i, false)) return;
        RuleExtractor.Cand c = cand(Kind.VISIT, i, 0.5);
        c.actor = party(actor);
        c.place = place(host);
        out.add(c);
    }

    private Dates.Mention dateTokNear(int k) {
        for (int i = 0; i < dates.size(); i++) if (Math.abs(dateTok[i] - k) <= 3) return dates.get(i);
        return null;
    }

    // ------------------------------------------------------------------ MEETING / CALL

    private void meetOrCall(int i) {
        Tok x = t.get(i);
        Kind kind;
        int v = i;
        int after;
        if (MEET.contains(x.low)) {
            kind = Kind.MEETING;
            after = i + 1;
            if (x.is("meeting", "meetings") && i + 1 < t.size() && t.get(i + 1).is("of") ) after = i + 2;
        } else if ((x.is("talks", "negotiations", "consultations")) && (i + 1 < t.size() && t.get(i + 1).is("with", "between") || heldBefore(i))) {
            kind = Kind.MEETING;
            after = i + 1;
        } else if (x.is("spoke", "talked", "conferred") && phoneAfter(i + 1) > 0) {
            kind = Kind.CALL;
            after = i + 1;
        } else if (x.is("phone", "telephone", "video", "tele-phone", "phone-call") && i + 1 < t.size() && CALL_HEAD.contains(t.get(i + 1).low)) {
            kind = Kind.CALL;
            after = i + 2;
        } else if (x.is("phoned", "telephoned", "videoconference", "video-conference", "videocall")) {
            kind = Kind.CALL;
            after = i + 1;
        } else if (x.is("spoke", "talked", "speaks", "talks", "spoken") && i + 2 < t.size() && t.get(i + 1).is("by", "over", "on", "via")
                && (t.get(i + 2).is("phone", "telephone", "video") || i + 3 < t.size() && t.get(i + 3).is("phone", "telephone"))) {
            kind = Kind.CALL;
            after = i + 3;
        } else if (x.is("called", "rang", "calls") && i + 1 < t.size() && !t.get(i + 1).is("for", "on", "off", "in", "it", "the", "a", "an", "upon")
                && calledParty(i + 1) != null) {
            kind = Kind.CALL;
            after = i + 1;
        } else if (x.is("sat", "sits", "sitting") && i + 2 < t.size() && t.get(i + 1).is("down") && t.get(i + 2).is("with")) {
            kind = Kind.MEETING;                  // "sat down with"
            after = i + 2;
        } else if (x.is("dialled", "dialed", "dials")) {
            kind = Kind.CALL;                     // "dialled President X"
            after = i + 1;
        } else if (x.is("call", "calls") && i > 0 && t.get(i - 1).is("courtesy") && i + 1 < t.size() && t.get(i + 1).is("on", "upon", "to", "from")) {
            kind = Kind.MEETING;                  // "paid a courtesy call on the prime minister"
            after = i + 2;
        } else if (x.is("call", "calls", "conversation", "conversations", "chat", "exchange") && heldBefore(i) && withWithin(i + 1, 3)) {
            kind = x.is("call", "calls") || phoneCue() ? Kind.CALL : Kind.MEETING;   // "held separate calls with", "had a brief conversation with"
            after = i + 1;
        } else if (x.is("conversed", "chatted", "converses", "chats") && withWithin(i + 1, 5)) {
            kind = phoneCue() ? Kind.CALL : Kind.MEETING;
            after = i + 1;
        } else if (x.is("signed", "inked") && signingParties(i) != null) {
            kind = Kind.MEETING;
            after = i + 1;
        } else {
            return;
        }
        if (kind == Kind.MEETING && x.is("meet", "meeting", "meetings") && i > 0 && t.get(i - 1).is("to")) return;
        if (modal(v, kind == Kind.MEETING && x.is("met", "meets", "meet"))) return;
        if (kind == Kind.MEETING && x.is("meeting", "meetings", "talks", "conversation", "conversations") && i > 0
                && t.get(i - 1).is("phone", "telephone", "video", "virtual", "online")) return;   // the CALL rule reads these
        // parties
        Ment a = null, b = null;
        // "between A and B"
        int btw = -1;
        for (int q = Math.max(0, i - 1); q < Math.min(t.size(), i + 4); q++) if (t.get(q).is("between")) btw = q;
        List<Ment> pair = groupOf(Math.max(0, i - 10), Math.min(t.size(), i + 12));
        if (btw >= 0 && a == null) {
            Ment p1 = firstAgentAfter(btw + 1, 10);
            if (p1 != null) {
                int q = p1.e;
                while (q < t.size() && q < p1.e + 10 && !t.get(q).is("and")) q++;
                Ment p2 = q < t.size() ? firstAgentAfter(q + 1, 10) : null;
                if (p2 != null) { a = p1; b = p2; }
            }
        }
        if (pair != null) { a = pair.get(0); b = pair.get(1); }
        if (x.is("signed", "inked")) { List<Ment> sp = signingParties(i); a = sp.get(0); b = sp.get(1); pair = sp; }
        if (pair == null && i + 1 < t.size() && (t.get(i + 1).is("between", "of") || i + 2 < t.size() && t.get(i + 2).is("between"))) {
            List<Ment> persons = new ArrayList<>();
            for (int q = i + 1; q < Math.min(t.size(), i + 18); q++) {
                if (t.get(q).is(".", ";")) break;
                Ment m = at[q];
                if (m != null && m.s == q && (m.type == Ment.Type.PERSON || m.type == Ment.Type.ROLE && m.name != null) && m.code != null && !m.possessive) {
                    if (persons.isEmpty() || !persons.get(0).code.equals(m.code)) persons.add(m);
                    if (persons.size() == 2) break;
                }
            }
            if (persons.size() == 2) { a = persons.get(0); b = persons.get(1); }
        }
        if (a == null && kind == Kind.MEETING && x.is("met", "meet") && theyBefore(i)) {
            List<Ment> two = twoPersons();
            if (two != null) { a = two.get(0); b = two.get(1); }
        }
        if (a == null) {
            a = subjectBefore(i);
            if (a == null) {
                Ment cs = countrySubject(i);
                if (cs != null) a = cs;
            }
            int q = after;
            int lim = x.is("talks", "consultations", "negotiations", "meeting", "conversation") ? after + 9 : after + 3;
            while (q < t.size() && q < lim && !t.get(q).is("with") && !t.get(q).is(".", ";") && !(q > after && at[q] != null && at[q].isAgent())) q++;
            if (q < t.size() && t.get(q).is("with")) b = firstAgentAfter(q + 1, 10);
            else if (x.is("met", "meets", "meet") || kind == Kind.MEETING && x.is("call", "calls")) b = firstAgentAfter(after, 8);
            else if (x.is("dialled", "dialed", "dials")) b = firstAgentAfter(after, 6);
            else if (x.is("called", "rang", "calls")) b = calledParty(i + 1);
            else if (kind == Kind.CALL) {
                for (int r = after; r < Math.min(t.size(), after + 10); r++) if (t.get(r).is("with", "from") || r == after && t.get(r).is("to")) { b = firstAgentAfter(r + 1, 10); break; }
                if (b == null && x.is("phoned", "telephoned")) b = firstAgentAfter(i + 1, 6);
                if (b == null) {
                    // "X received a phone call from Y" where "from" precedes the call words
                    for (int r = Math.max(0, i - 2); r < i; r++) if (t.get(r).is("from")) b = firstAgentAfter(r + 1, 6);
                }
            }
            // "A and B met"
            if (b == null && a != null && phraseStart(a) > 0 && t.get(phraseStart(a) - 1).is("and")) {   // (was a.s > 1: -1 when titles open the sentence)
                for (int j = ms.size() - 1; j >= 0; j--) {
                    Ment m = ms.get(j);
                    if (m.e <= phraseStart(a) - 1 && m.isAgent() && !m.possessive) { b = a; a = m; break; }
                }
            }
        }
        if (a == null || b == null || a.code == null) return;
        List<Ment> others = new ArrayList<>();
        others.add(b);
        if (pair == null && btw < 0) others.addAll(conjuncts(b));
        Set<String> done = new java.util.HashSet<>();
        for (Ment o : others) if (o.code != null && done.add(o.code)) meetOrCallPair(x, kind, v, a, o);
    }

    /** Titles of envoys posted abroad: their receptions and courtesy calls in the host country are routine, not events. */
    private static final java.util.regex.Pattern RESIDENT = java.util.regex.Pattern.compile("(?i)\\b(ambassador|high commissioner|charg[eé] d'affaires|envoy to)\\b");

    /** The party is an ambassador (or high commissioner, chargé) by title. */
    private static boolean resident(Ment m) {
        return m != null && (m.role != null && RESIDENT.matcher(m.role).find() || m.name != null && RESIDENT.matcher(m.name).find());
    }

    /** One MEETING or CALL (or the VISIT a meeting in one party's country is) between a and b. */
    private void meetOrCallPair(Tok x, Kind kind, int v, Ment a, Ment b) {
        if (b == null || b.code == null || a.code.equals(b.code)) return;
        if (kind == Kind.MEETING && (resident(a) || resident(b))) return;
        if (a.type == Ment.Type.PLACE && b.type == Ment.Type.PLACE) return;       // "talks between A and B": a process, not a meeting
        int i = v;
        if (x.is("talks", "negotiations", "consultations") && kind == Kind.MEETING
                && !(i > 0 && t.get(i - 1).is("held", "hold", "holds", "holding", "had", "conducted", "bilateral"))
                && (a.type == Ment.Type.PLACE || b.type == Ment.Type.PLACE)) return;
        if (b.type == Ment.Type.ROLE && "counterpart".equals(b.office) && b.name == null) {
            Kb.Office o = a.office == null ? null : kb.holder(b.code, a.office, pub);
            b.name = o != null ? o.name() : kb.countryName(b.code) + " counterpart";
        }
        RuleExtractor.Cand c = cand(kind, v, kind == Kind.CALL ? 0.75 : 0.6);
        c.actor = party(a);
        c.counterpart = party(b);
        if (kind == Kind.MEETING) {
            Ment p = placeIn(0, t.size());
            if (p == null) {
                // "met visiting X": the visitor is in the other party's country
                boolean bVisiting = visitingBefore(b), aVisiting = visitingBefore(a);
                if (bVisiting != aVisiting && b.type != Ment.Type.PLACE && a.type != Ment.Type.PLACE) {
                    RuleExtractor.Cand vc = cand(Kind.VISIT, v, 0.6);
                    vc.actor = party(bVisiting ? b : a);
                    vc.counterpart = party(bVisiting ? a : b);
                    vc.place = new Place(null, vc.counterpart.country());
                    out.add(vc);
                    return;
                }
            }
            if (p != null && (p.code.equals(a.code) || p.code.equals(b.code))) {
                // a meeting in one party's country is the other's visit
                RuleExtractor.Cand vc = cand(Kind.VISIT, v, 0.65);
                boolean aHost = p.code.equals(a.code);
                vc.actor = aHost ? c.counterpart : c.actor;
                vc.counterpart = aHost ? c.actor : c.counterpart;
                vc.place = place(p);
                if (vc.actor.name() != null && vc.actor.name().startsWith("Government of")) return;
                out.add(vc);
                return;
            }
            c.place = place(p);
        }
        out.add(c);
    }

    /** "they signed in Moscow ... Presidents A and B", "A and B signed", "A signed ... with B": two leaders of two countries. */
    private List<Ment> signingParties(int i) {
        boolean joint = false;
        for (int k = Math.max(0, i - 3); k < i; k++) if (t.get(k).is("they", "both", "jointly", "two")) joint = true;
        for (int k = i + 1; k < Math.min(t.size(), i + 8); k++) if (t.get(k).is("with")) joint = true;
        Ment s0 = subjectBefore(i);
        if (s0 != null && phraseStart(s0) > 1 && t.get(phraseStart(s0) - 1).is("and")) joint = true;
        if (!joint) return null;
        List<Ment> persons = new ArrayList<>();
        for (Ment m : ms) {
            if (!(m.type == Ment.Type.PERSON || m.self) || m.code == null || m.possessive || inQuote(m.s)) continue;
            boolean dup = false;
            for (Ment p : persons) if (p.code.equals(m.code)) dup = true;
            if (!dup) persons.add(m);
        }
        return persons.size() == 2 ? persons : null;
    }

    private boolean statementNoun(int k) {
        for (int q = k; q < Math.min(t.size(), k + 4); q++) if (STATEMENT_NOUNS.contains(t.get(q).low)) return true;
        return false;
    }

    private boolean theyBefore(int i) {
        for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
            if (t.get(k).is("they", "both")) return true;
            if (!t.get(k).is("had", "have", "first", "last", "again", "already", "once", "previously", "then")) return false;
        }
        return false;
    }

    /** The first two named persons of different countries in the sentence (outside quotes). */
    private List<Ment> twoPersons() {
        List<Ment> persons = new ArrayList<>();
        for (Ment m : ms) {
            if (!(m.type == Ment.Type.PERSON || m.self) || m.code == null || inQuote(m.s)) continue;
            boolean dup = false;
            for (Ment p : persons) if (p.code.equals(m.code)) dup = true;
            if (!dup) persons.add(m);
            if (persons.size() == 2) return persons;
        }
        return null;
    }

    /** The person right after "called" ("Blinken called me", "Macron called President Tebboune"), else null. */
    private Ment calledParty(int k) {
        for (int q = k; q < Math.min(t.size(), k + 5); q++) {
            Ment m = at[q];
            if (m != null && (m.type == Ment.Type.PERSON || m.self || m.type == Ment.Type.ROLE && m.name != null) && !m.possessive) {
                if (m.e < t.size() && (t.get(m.e).is("a", "an", "the") || t.get(m.e).is("his", "her", "their"))) return null;   // "called X a liar"
                return m;
            }
            if (m != null && m.type == Ment.Type.PRON && !m.self) return null;
            if (!Lexicon.TITLE.contains(t.get(q).low) && !t.get(q).is("his", "her", "the") && m == null) return null;
        }
        return null;
    }

    /** A "with" among the next few tokens. */
    private boolean withWithin(int k, int n) {
        for (int q = k; q < Math.min(t.size(), k + n); q++) if (t.get(q).is("with")) return true;
        return false;
    }

    /** The sentence (outside quotes) names a telephone or video medium. */
    private boolean phoneCue() {
        return lowOutside.contains("phone") || lowOutside.contains("video") || lowOutside.contains("virtual")
                || lowOutside.contains("online") || lowOutside.contains("teleconference");
    }

    private boolean heldBefore(int i) {
        for (int k = i - 1; k >= Math.max(0, i - 5); k--) {
            if (t.get(k).is("held", "hold", "holds", "holding", "had", "conducted", "began", "opened")) return true;
            if (!t.get(k).isWord() || at[k] != null) return false;
        }
        return false;
    }

    /** "spoke with X by phone": the position of phone/telephone within a few tokens, else -1. */
    private int phoneAfter(int k) {
        for (int q = k; q < Math.min(t.size() - 1, k + 12); q++) {
            if (t.get(q).is(".", ";")) return -1;
            if (t.get(q).is("by", "over", "on", "via") && (t.get(q + 1).is("phone", "telephone", "video") || q + 2 < t.size() && t.get(q + 2).is("phone", "telephone", "video")))
                return q;
        }
        return -1;
    }

    private boolean visitingBefore(Ment m) {
        if (m == null) return false;
        int ps = phraseStart(m);
        for (int k = Math.max(0, ps - 2); k < m.e; k++) if (t.get(k).is("visiting")) return true;
        return false;
    }

    /** "the foreign ministers of Azerbaijan and Armenia", "leaders of A and B": two countries as parties. */
    private List<Ment> groupOf(int from, int to) {
        for (int q = from; q < to - 3; q++) {
            if (!GROUP_HEADS.contains(t.get(q).low)) continue;
            int k = q + 1;
            if (k < t.size() && t.get(k).is("of", "from")) k++;
            else continue;
            if (k < t.size() && t.get(k).is("the")) k++;
            if (k >= t.size() || at[k] == null || at[k].type != Ment.Type.PLACE || at[k].city) continue;
            Ment p1 = at[k];
            int k2 = p1.e;
            if (k2 < t.size() && t.get(k2).is("and")) k2++; else continue;
            if (k2 < t.size() && t.get(k2).is("the")) k2++;
            if (k2 >= t.size() || at[k2] == null || at[k2].type != Ment.Type.PLACE || at[k2].city) continue;
            Ment p2 = at[k2];
            String role = t.get(q).low;
            String office = Analyzer.office(join(q - 2, q + 1).toLowerCase(java.util.Locale.ROOT).replace("ministers", "minister").replace("presidents", "president"), null);
            Ment r1 = new Ment(Ment.Type.ROLE, p1.s, p1.e);
            r1.code = p1.code;
            Ment r2 = new Ment(Ment.Type.ROLE, p2.s, p2.e);
            r2.code = p2.code;
            for (Ment r : List.of(r1, r2)) {
                Kb.Office o = office == null ? null : kb.holder(r.code, office, pub);
                r.name = o != null ? o.name() : kb.countryName(r.code) + " " + role;
                r.role = o != null ? o.office() : null;
            }
            return List.of(r1, r2);
        }
        return null;
    }

    private String join(int s0, int e0) {
        StringBuilder b = new StringBuilder();
        for (int k = Math.max(0, s0); k < Math.min(t.size(), e0); k++) { if (b.length() > 0) b.append(' '); b.append(t.get(k).text); }
        return b.toString();
    }

    // ------------------------------------------------------------------ STATEMENT

    private static final Set<String> COLLECTIVE = Set.of("officials", "sources", "diplomats", "analysts", "observers", "experts",
            "people", "authorities", "residents", "witnesses", "reports", "media", "critics", "lawmakers", "insiders", "aides");

    private static final Set<String> BODY = Set.of("office", "spokesman", "spokesperson", "spokeswoman", "ministry", "government",
            "administration", "cabinet", "press", "team", "camp", "aides", "spokespeople", "party");

    /**
     * "Algeria will not ..., Foreign Minister Ahmed Attaf said": a titled person whose country is not stated takes the
     * one country the sentence (outside quotes) names.
     */
    private Ment titledWithoutCountry(int v) {
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
            if (m.s > 0 && t.get(m.s - 1).is("to", "for", "with", "against", "from", "into", "toward", "towards")) continue;
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
    private static final Set<String> SUBJECT_OPENERS = Set.of("and", "but", "or", "that", "while", "whereas", "as", "when", "after",
            "before", "because", "since", "although", "though", "if", "where", "then", "also", "meanwhile", "today", "yesterday",
            "earlier", "later", "now", "however", "visiting", "new", "outgoing", "incoming", "acting", "interim", "former", "top",
            "senior", "so", "thus", "once", "until", "nor", "whom", "who", "which", "why", "how", "said", "says", "added", "both");

    /**
     * The verb's subject is a determiner phrase without a name or country after a comma or at the start ("..., the
     * ministry said", "The statement said", "a spokesman added"): nobody the rules could name speaks.
     */
    private boolean unnamedSubject(int v) {
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

    /** A mention right after a verb ("X thanked Y and told reporters"): the verb's object, never the speaker of another. */
    private boolean objectOfVerb(Ment m) {
        int k = phraseStart(m) - 1;
        while (k >= 0 && t.get(k).is("the", "a", "an", "his", "her", "its", "their", "our")) k--;
        if (k < 0) return false;
        Tok p = t.get(k);
        if (!p.isWord() || p.cap || SUBJECT_OPENERS.contains(p.low) || PREP.contains(p.low) || Lexicon.isTimeWord(p.low)) return false;
        if (Character.isDigit(p.text.charAt(0)) || inQuote(k) || Lexicon.TITLE.contains(p.low) || COLLECTIVE.contains(p.low)) return false;
        return p.low.endsWith("ed") || p.low.endsWith("s") || Lexicon.SPEECH.contains(p.low) || TRIGGERS.contains(p.low)
                || OBJECT_VERBS.contains(p.low);
    }

    private static final Set<String> OBJECT_VERBS = Set.of("met", "thank", "thanked", "congratulate", "told", "urge", "meet", "saw",
            "sent", "gave", "hosted", "received", "welcomed", "called", "invited", "urged", "asked", "briefed", "informed", "assured");

    /** The speaker of a speech verb: the nearest agent before it that is its subject (not an object of another verb). */
    private Ment speakerBefore(int v) {
        Ment sb = subjectBefore(v);
        if (sb == null || !objectOfVerb(sb)) return sb;
        for (int j = ms.size() - 1; j >= 0; j--) {
            Ment m = ms.get(j);
            if (m.s >= sb.s || !validAgent(m) || m.possessive || inPP(m) || objectOfVerb(m)) continue;
            return m;
        }
        return null;
    }

    /** "Ruto's office said": the body of a person (its country), when it is the verb's subject. */
    private Ment possessorBody(int v) {
        int k = v - 1;
        while (k >= 0 && t.get(k).is("has", "have", "had", "also", "later", "then", "service")) k--;
        if (k < 2 || !BODY.contains(t.get(k).low)) return null;
        int h = k;
        while (h > 0 && BODY.contains(t.get(h - 1).low)) h--;
        if (h < 2 || !t.get(h - 1).is("'s", "’s")) return null;
        Ment p = at[h - 2];
        if (p == null || p.code == null || !(p.type == Ment.Type.PERSON || p.type == Ment.Type.PRON && p.name != null)) return null;
        Ment m = new Ment(Ment.Type.INST, p.s, k + 1);
        m.code = p.code;
        String head = t.get(k).low;
        m.name = head.startsWith("spokes") ? "Spokesperson of " + p.name : "Office of " + p.name;
        return m;
    }

    private void statement(int i) {
        Tok x = t.get(i);
        Ment sp = null;
        int v = i;
        boolean verb = true;
        if (x.is("according") && i + 1 < t.size() && t.get(i + 1).is("to")) {
            Ment m = firstAgentAfter(i + 2, 6);
            if (m == null || m.type == Ment.Type.PLACE) return;
            if (m.type == Ment.Type.INST && "TASS".equals(m.name)) return;
            if (m.possessive && i + 2 < t.size() && m.e + 1 < t.size() && READOUT_BODY.contains(t.get(m.e + 1).low)) return;   // "according to X's office": a readout
            if (m.e > 0 && COLLECTIVE.contains(t.get(m.e - 1).low)) return;      // "according to Kenyan officials": nobody named
            sp = m;
            verb = false;
        } else if (x.is("issued", "released", "published", "adopted") && i + 1 < t.size() && statementNoun(i + 1)) {
            sp = subjectBefore(i);
            if (sp == null) sp = countrySubject(i);
        } else if (x.is("speaking", "addressing", "writing") && i + 1 < t.size() && t.get(i + 1).is("at", "to", "with", "on", "during", "in", "before")) {
            int k = i + 1;
            while (k < t.size() && !t.get(k).is(",")) k++;
            if (k >= t.size()) return;
            Ment m = firstAgentAfter(k + 1, 8);
            if (m == null || m.type == Ment.Type.PLACE) return;
            sp = m;
            verb = false;
        } else if (Lexicon.SPEECH.contains(x.low) || Lexicon.SPEECH_PART.contains(x.low)) {
            // a word of a name ("the United States", "Remarks Hall") is no verb
            if (at[i] != null || x.cap && i > 0 && t.get(i - 1).isWord()) return;
            if (x.is("called") && !(i + 1 < t.size() && t.get(i + 1).is("for", "on"))) return;
            if (x.is("spoke", "speaks") && !(i + 1 < t.size() && t.get(i + 1).is("to", "at", "about", "of", "out"))) return;
            if (x.is("welcomed", "expressed", "shared", "described", "recalled", "echoed")) {
                if (x.is("recalled") && i + 1 < t.size() && t.get(i + 1).is("its", "his", "her", "their", "the")) return;   // recalled an ambassador
                if (x.is("welcomed") && i + 1 < t.size() && (at[i + 1] != null && (at[i + 1].type == Ment.Type.PERSON || at[i + 1].type == Ment.Type.PRON
                        || at[i + 1].type == Ment.Type.DEMONYM) || t.get(i + 1).is("him", "them", "his", "her", "their", "president", "prime", "foreign", "visiting"))) return;
            }
            if (i > 0 && t.get(i - 1).is("was", "were", "is", "are", "been", "be") && !x.is("quoted")) {
                // passive: "were described by the SVR", "was echoed by X"
                if (i + 1 < t.size() && t.get(i + 1).is("by")) {
                    Ment m = firstAgentAfter(i + 2, 8);
                    // "was welcomed by President X" is a reception (the VISIT rules read it), not X's statement
                    boolean reception = x.is("welcomed", "hailed", "praised") && m != null && (m.type == Ment.Type.PERSON || m.type == Ment.Type.ROLE);
                    if (m != null && m.type != Ment.Type.PLACE && !reception) sp = m;
                }
                if (sp == null) return;
            } else if (Lexicon.SPEECH_PART.contains(x.low)) {
                for (Ment m : ms) {
                    if (m.s >= i) break;
                    if (validAgent(m) && !m.possessive && !inPP(m) || m.type == Ment.Type.PLACE && !m.city && !m.possessive && !inPP(m) && m.s <= 2) { sp = m; break; }
                }
            } else {
                sp = possessorBody(i);
                if (sp == null && unnamedSubject(i)) return;   // "..., the ministry said": a body the sentence does not name
                if (sp == null) sp = speakerBefore(i);
                if (sp == null) sp = titledWithoutCountry(i);
                if (sp != null && sp.type == Ment.Type.PRON && sp.name == null) sp = null;
                if (sp == null) sp = countrySubject(i);
                if (sp == null && i > 0 && t.get(i - 1).is(",", "”", "\"", "’")) {
                    Ment m = firstAgentAfter(i + 1, 4);   // "..., said Peskov"
                    if (m != null && m.type != Ment.Type.PLACE) sp = m;
                }
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
        if (inQuote(v)) return;
        if (verb && v > 0 && COLLECTIVE.contains(t.get(v - 1).low)) return;          // "officials said": no named speaker
        if (x.is("calling", "called") && !(v + 1 < t.size() && t.get(v + 1).is("for"))
                && !(x.is("called") && v + 1 < t.size() && t.get(v + 1).is("on") && v + 2 < t.size() && !(at[v + 2] != null && at[v + 2].type == Ment.Type.PERSON))) {
            if (x.is("calling") || v + 1 < t.size() && t.get(v + 1).is("on")) return;   // "after calling on the prime minister": a courtesy call
        }
        if (v + 1 < t.size() && t.get(v + 1).is("him", "her", "them") && x.is("assured", "told", "informed", "promised", "reassured", "briefed")
                && (doc.lastCall >= idx - 1 || s.toLowerCase(java.util.Locale.ROOT).contains("according to"))) return;   // private content of a call
        if (sp.type == Ment.Type.PLACE && !x.is("said", "says", "stated", "declared", "warned", "accused", "accusing", "announced", "condemned",
                "urged", "denied", "rejected", "claimed", "insisted", "called", "demanded", "protested", "responded", "replied")) return;
        if (modal(v, verb)) return;
        RuleExtractor.Cand c = cand(Kind.STATEMENT, v, sp.type == Ment.Type.PERSON ? 0.7 : 0.6);
        c.actor = party(sp);
        if (verb && sp.type != Ment.Type.PLACE) {
            int ps = Math.min(phraseStart(sp), sp.s);
            while (ps > 0 && t.get(ps - 1).is("the", "his", "her", "its", "their", "a")) ps--;
            boolean last = true;
            for (int k = v + 1; k < t.size(); k++) if (t.get(k).isWord() && !t.get(k).is("in", "a", "statement", "on", "late", "early", "earlier", "later", "without", "giving", "any", "reason", "details")
                    && !Lexicon.isTimeWord(t.get(k).low)) last = false;
            c.readout = ps > 3 && t.get(ps - 1).is(",") && last;
        }
        if (sp.type == Ment.Type.ROLE && sp.name == null) c.actor = new Party(kb.countryName(sp.code) + " " + sp.role, sp.code, sp.role);
        for (Ment m : ms) if ((m.type == Ment.Type.PLACE || m.type == Ment.Type.DEMONYM) && m.code != null && m != sp) c.about.add(m.code);
        out.add(c);
        // "Putin and Aliyev ... emphasized": both speak
        if (verb && sp.type == Ment.Type.PERSON) {
            int ps = phraseStart(sp);
            if (ps > 1 && t.get(ps - 1).is("and")) {
                for (int j = ms.size() - 1; j >= 0; j--) {
                    Ment m = ms.get(j);
                    if (m.e <= ps - 1 && m.type == Ment.Type.PERSON && !m.possessive && m.code != null) {
                        if (m.e == ps - 1 || m.e + 1 == ps - 1) {
                            RuleExtractor.Cand c2 = cand(Kind.STATEMENT, v, 0.6);
                            c2.actor = party(m);
                            c2.about.addAll(c.about);
                            out.add(c2);
                        }
                        break;
                    }
                }
            }
        }
    }

    /**
     * Every word a rule can start at: visit, attend, meetOrCall and statement return at once, doing nothing, when the
     * token is none of these (keep this in step with the first tests of those methods). Declared last: it is built
     * from the word sets above.
     */
    private static final Set<String> TRIGGERS = triggers();

    private static Set<String> triggers() {
        Set<String> w = new java.util.HashSet<>();
        w.addAll(VISIT_VERBS);
        w.addAll(MOVE_VERBS);
        w.addAll(VISIT_NOUNS);
        w.addAll(RECEIVE);
        w.addAll(GATHERINGS);
        w.addAll(MEET);
        w.addAll(Lexicon.SPEECH);
        w.addAll(Lexicon.SPEECH_PART);
        w.addAll(List.of(
                // visit
                "paid", "pays", "paying", "made", "makes", "making", "pay", "make", "conducted", "began", "started", "wrapped",
                "concluded", "ended", "completed", "led", "leads", "leading", "headed", "heads", "was", "were",
                // meetOrCall
                "talks", "negotiations", "consultations", "spoke", "talked", "conferred", "phone", "telephone", "video",
                "tele-phone", "phone-call", "phoned", "telephoned", "videoconference", "video-conference", "videocall", "speaks",
                "spoken", "called", "rang", "calls", "signed", "inked", "call", "conversation", "conversations", "chat", "exchange",
                "conversed", "chatted", "converses", "chats", "sat", "sits", "sitting", "dialled", "dialed", "dials", "kicked", "embarked",
                "undertook", "undertakes", "launched",
                // statement
                "according", "issued", "released", "published", "adopted", "speaking", "addressing", "writing"));
        return Set.copyOf(w);
    }
}
