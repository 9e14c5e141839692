package parley.producer.extract;

import parley.model.DatePrecision;
import parley.model.Kind;
import parley.model.Party;
import parley.model.Place;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** VISIT: travel verbs and nouns, receptions by a host, attending a gathering abroad. */
abstract class VisitRules extends SentenceContext {

    VisitRules(Kb kb, DocState doc, LocalDate pub, String s, int idx, List<RuleExtractor.Cand> out, java.util.BitSet quoted, int off) {
        super(kb, doc, pub, s, idx, out, quoted, off);
    }
    static final Set<String> VISIT_VERBS = Lexicon.VISIT_VERBS;
    static final Set<String> MOVE_VERBS = Lexicon.MOVE_VERBS;
    static final Set<String> VISIT_NOUNS = Lexicon.VISIT_NOUNS;
    static final Set<String> RECEIVE = Lexicon.RECEIVE;
    static final Set<String> CAPITAL_WORDS = Set.of("capital", "city", "port", "resort");
    /** How many capitalised words the place left may have before "for": "left Port of Spain for". */
    private static final int DEPARTURE_NAME_WORDS = 3;
    /** Travel verbs of leaving, a trip only with "for" and the destination: "left for Moscow", not "left office". */
    static final Set<String> DEPARTURES = Set.of("left", "leaves", "leaving", "departed", "departs");

    /** The host place after a visit trigger: "to Baku", "Azerbaijan", "the Azerbaijani capital". */
    Ment placeAfter(int k, int max) {
        for (int q = k; q < Math.min(t.size(), k + max); q++) {
            Tok x = t.get(q);
            if (x.text.equals(".") || x.text.equals(";") || x.is("where", "which", "who", "and", "but", "after", "before", "with", "by", "from", "said", "for")) {
                if (x.is("and") && q + 1 < t.size() && at[q + 1] != null && at[q + 1].type == Ment.Type.PLACE && q == k) continue;
                break;
            }
            Ment m = at[q];
            // "visited the country in 2016", "his first visit to the country": the country the story is in
            if (m == null && q <= k + 1 && x.is("country", "nation") && q > 0 && t.get(q - 1).is("the")) {
                Ment story = storyPlace();
                if (story != null) return story;
            }
            // wire copy: "began a state visit to this capital", "arrived in this city": the dateline's
            if (m == null && x.is("this") && q + 1 < t.size() && t.get(q + 1).is("capital", "city") && hereCode() != null
                    && (q + 2 >= t.size() || at[q + 2] == null)) return herePlace(q);
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
            // "the Colombian Amazon town of Leticia", "the Colombian border town of Ipiales": the town, else the country
            if (m.type == Ment.Type.DEMONYM && m.code != null) {
                for (int r = m.e; r < Math.min(t.size() - 1, m.e + 3); r++) {
                    if (TOWN_WORDS.contains(t.get(r).low) && t.get(r + 1).is("of")) {
                        Ment town = r + 2 < t.size() ? at[r + 2] : null;
                        if (town != null && town.type == Ment.Type.PLACE && town.s == r + 2 && m.code.equals(town.code)) return town;
                        Ment p = new Ment(Ment.Type.PLACE, m.s, r + 1);
                        p.code = m.code;
                        return p;
                    }
                    if (at[r] != null || !t.get(r).isWord()) break;
                }
            }
            if (m.type == Ment.Type.PERSON || m.type == Ment.Type.PRON && !m.possessive) break;
        }
        return null;
    }

    static final Set<String> TOWN_WORDS = Set.of("town", "city", "port", "village", "capital", "resort", "province", "region", "state");

    // ------------------------------------------------------------------ VISIT

    /**
     * "Foreign Minister X, who is travelling with the president, held talks ...", "X, who accompanied Prime Minister Y":
     * the companion's own trip, to where the sentence puts it or else where the latest visit went.
     */
    void companion(int i) {
        Tok x = t.get(i);
        boolean with = MOVE_VERBS.contains(x.low) && i + 1 < t.size() && t.get(i + 1).is("with");
        if (!with && !x.is("accompanied", "accompanying", "accompanies")) return;
        boolean who = false;
        for (int k = Math.max(0, i - 3); k < i; k++) if (t.get(k).is("who")) who = true;
        // "X, who was accompanied by Deputy President Y, met Z": X is the one accompanied, perhaps at home
        if (who && x.is("accompanied") && i > 0 && t.get(i - 1).is(PASSIVE_AUX)) return;
        Ment actor = who ? subjectBefore(i) : accompanyingWithTalks(i);
        if (actor == null || actor.code == null || !(actor.type == Ment.Type.PERSON || actor.type == Ment.Type.ROLE)) return;
        Ment host = placeIn(0, t.size());
        Ment met = null;   // "... held talks with her German counterpart": the host, when the sentence names no place
        for (Ment m : ms) if (m.s > i && (m.type == Ment.Type.PERSON || m.type == Ment.Type.ROLE) && m.code != null
                && !m.code.equals(actor.code) && !m.possessive && !parley.model.Codes.isOrganization(m.code)) { met = m; break; }
        if ((host == null || host.code == null) && met != null) host = Ment.country(met.s, met.e, met.code);
        if (host == null || host.code == null) host = doc.venueCode != null ? venue() : null;
        if (host == null || host.code == null || host.code.equals(actor.code)) return;
        if (modal(i, true)) return;
        RuleExtractor.Cand c = cand(Kind.VISIT, i, 0.6);
        c.actor = party(actor);
        c.place = place(host);
        if (met != null && met.name != null && host.code.equals(met.code)) c.counterpart = party(met);
        out.add(c);
    }

    /** Tokens after the companion's name in which its ", who held talks" is looked for. */
    private static final int COMPANION_TALKS_WINDOW = 4;

    /**
     * "X is accompanied by Foreign Minister Y, who held separate talks with Z": Y, a companion with talks of his own (a trip
     * of his own); null for a companion who only travels along.
     */
    private Ment accompanyingWithTalks(int i) {
        if (!(t.get(i).is("accompanied") && i + 1 < t.size() && t.get(i + 1).is("by"))) return null;
        Ment y = firstAgentAfter(i + 2, COMPANION_TALKS_WINDOW + 2);
        if (y == null || y.type != Ment.Type.PERSON || y.e + 2 >= t.size() || !t.get(y.e).is(",") || !t.get(y.e + 1).is("who")) return null;
        boolean talks = false;
        for (int q = y.e + 2; q < Math.min(t.size(), y.e + 2 + COMPANION_TALKS_WINDOW); q++)
            if (t.get(q).is("talks", "met", "meets", "consultations", "meeting", "meetings")) talks = true;
        if (!talks) return null;
        if (y.code == null) {   // a minister the KB does not know travels with his own leader
            Ment leader = subjectBefore(i);
            if (leader != null && (leader.type == Ment.Type.PERSON || leader.type == Ment.Type.ROLE)) y.code = leader.code;
        }
        return y;
    }

    /**
     * The "delegation" at q or after lower-case words from q ("party and government delegation"), no further than q + reach;
     * else -1.
     */
    private int delegationAt(int q, int reach) {
        for (int d = q; d <= Math.min(t.size() - 1, q + reach); d++) {
            if (t.get(d).is("delegation", "delegations")) return d;
            if (at[d] != null || t.get(d).cap || !t.get(d).isWord()) return -1;
        }
        return -1;
    }

    /** Tokens of "of <body or country>" between "delegation" and "led by". */
    static final int DELEGATION_OF_WINDOW = 10;

    /** Words between a demonym and its "delegation": "the Chinese party and government delegation". */
    static final int DELEGATION_WORDS = 4;

    /** Tokens from "delegation" past "led by" and the leader's title to the leader's name. */
    static final int DELEGATION_LEADER_WINDOW = 12;

    /** "a Qatari delegation led by Minister of State X": X, with the demonym's country when the KB has none; else null. */
    Ment delegationLeader(int from, int to) {
        for (int q = Math.max(from, 0); q + 2 < to; q++) {
            if (!t.get(q).is("delegation", "delegations")) continue;
            int k = q + 1;
            // "the delegation of the People's Republic of China (PRC) led by X": the country it is of
            String of = null;
            if (k + 1 < t.size() && t.get(k).is("of", "from")) {
                // "of the People's Republic of China (PRC)", "of the Communist Party of China": past the body's name,
                // capitalised words, "of" and an acronym in brackets, to "led by"; the country it names
                int r = k + 1;
                while (r < Math.min(t.size(), k + DELEGATION_OF_WINDOW) && !t.get(r).is("led", "headed")) {
                    Tok y = t.get(r);
                    if (at[r] != null && at[r].type == Ment.Type.PLACE && !at[r].city && at[r].code != null) { of = at[r].code; r = at[r].e; continue; }
                    if (!(y.cap || y.is("of", "the", "(", ")", "'s", "’s", "and"))) break;
                    r++;
                }
                if (of != null && r < t.size() && t.get(r).is("led", "headed")) {
                    to = Math.min(t.size(), to + (r - k));
                    k = r;
                }
            }
            if (k < to && t.get(k).is("was", "is")) k++;
            if (!(k + 1 < to && t.get(k).is("led", "headed") && t.get(k + 1).is("by"))) continue;
            Ment a = firstAgentAfter(k + 2, 8);
            if (a == null || a.type == Ment.Type.PLACE) return null;
            if (a.code == null) a.code = of;
            if (a.code == null) for (int r = Math.max(0, q - DELEGATION_WORDS - 1); r < q; r++) if (at[r] != null && at[r].type == Ment.Type.DEMONYM) a.code = at[r].code;
            return a.code == null ? null : a;
        }
        return null;
    }

    /** "The Senegalese delegation was led by Prime Minister X." in a story set abroad: X's trip there. */
    void delegationLedBy(int i) {
        if (!t.get(i).is("led", "headed") || i < 2 || !t.get(i - 1).is("was") || !t.get(i - 2).is("delegation")) return;
        if (doc.venueCode == null || placeIn(0, t.size()) != null) return;
        Ment a = delegationLeader(i - 2, Math.min(t.size(), i + 2));
        if (a == null || a.code.equals(doc.venueCode) || modal(i, true)) return;
        RuleExtractor.Cand c = cand(Kind.VISIT, i, 0.55);
        c.actor = party(a);
        c.place = place(venue());
        out.add(c);
    }

    /**
     * The date of an earlier leg: the first one from its place on ("took him to Fiji from June 13", "to Germany, where he met
     * Scholz on Sunday"); the dates before it are the main clause's. The publication day when there is none.
     */
    private void legDate(RuleExtractor.Cand c, Ment host) {
        int first = -1;
        for (int k = 0; k < dates.size(); k++) if (dateTok[k] >= host.e && (first < 0 || dateTok[k] < dateTok[first])) first = k;
        if (first >= 0) {
            Dates.Mention d = dates.get(first);
            c.date = d.date();
            c.precision = d.precision();
            c.rank = d.rank();
            c.undated = false;
            return;
        }
        c.date = pub;
        c.precision = DatePrecision.PUBLISHED;
        c.rank = -1;
        c.undated = true;
    }

    /** Tokens after a travel verb in which its "from X, where" is looked for. */
    private static final int LEG_FROM_WINDOW = 14;

    /**
     * "arrived in Tegucigalpa on Monday from San Salvador, where he had met X on Saturday": the place he came from, where
     * the clause says he did something, was an earlier leg of the traveller of c, dated by that clause.
     */
    private void legFrom(int i, RuleExtractor.Cand c) {
        for (int q = i + 1; q < Math.min(t.size() - 3, i + LEG_FROM_WINDOW); q++) {
            if (t.get(q).is(".", ";")) return;
            if (!t.get(q).is("from")) continue;
            Ment from = placeAfter(q + 1, 3);
            if (from == null || from.code == null || from.code.equals(c.actor.country()) || from.code.equals(c.place.country())) return;
            if (!(from.e + 1 < t.size() && t.get(from.e).is(",") && t.get(from.e + 1).is("where"))) return;
            RuleExtractor.Cand leg = cand(Kind.VISIT, from.e + 1, 0.6);
            legDate(leg, from);
            leg.actor = c.actor;
            leg.place = place(from);
            for (Ment m : ms) if (m.s > from.e && m.type == Ment.Type.PERSON && from.code.equals(m.code)) { leg.counterpart = party(m); break; }
            out.add(leg);
            return;
        }
    }

    /** Tokens of where and when between "received" and the guest's title: "in his office at the Amiri Diwan this morning". */
    private static final int RECEIVED_AT_WINDOW = 12;
    /** Words of the longest country name read into a title ("of the Democratic Republic of the Congo" aside). */
    private static final int COUNTRY_NAME_WORDS = 3;

    /** Verbs of a tour's legs: "a tour that also covered Qatar", "a tour which included Ghana". */
    static final Set<String> TOUR_COVERED = Set.of("covered", "covers", "included", "includes");

    /** Tokens before "took him to" in which the trip noun is looked for ("a tour that earlier took him to"). */
    private static final int TRIP_BEFORE_TOOK = 4;

    /** A trip noun shortly before the verb: "a tour that took him to Fiji", not "his career took him to Paris". */
    private boolean tripBefore(int i) {
        for (int q = i - 1; q >= Math.max(0, i - TRIP_BEFORE_TOOK); q--) if (VISIT_NOUNS.contains(t.get(q).low)) return true;
        return false;
    }

    /** Verbs of a trip's end: "the visit paid by X wrapped up today". */
    private static final Set<String> ENDED = Set.of("wrapped", "concluded", "ended", "wraps", "concludes", "ends");
    /** Tokens after the visitor in which the end of the trip is looked for. */
    private static final int ENDED_WINDOW = 3;

    /** Tokens after "visit paid" in which its "to" and "by" are looked for. */
    private static final int PASSIVE_VISIT_WINDOW = 16;

    void visit(int i) {
        Tok x = t.get(i);
        if (onTheirWay(i)) return;
        companion(i);
        delegationLedBy(i);
        stayFor(i);
        spokenIn(i);
        Ment actor = null;
        Ment host = null;
        Ment counterpart = null;
        List<Ment> listed = List.of();
        boolean verb = true;
        boolean earlierLeg = false;   // "a tour that took him to X": the sentence's date is another leg's
        boolean back = false;         // "is back after a five-day visit": told once the trip is over
        int tripDays = 0;             // "concluded a three-day visit": the length of a trip dated by its end
        int v = i;
        boolean nounUse = i > 0 && t.get(i - 1).is("the", "his", "her", "their", "its", "'s", "’s", "a", "two", "three", "several", "recent");
        // "was the last sitting U.S. president to visit Argentina in 1997": a base form after an ordinal's "to" is a fact
        boolean firstTo = x.is("visit") && i > 0 && t.get(i - 1).is("to") && firstToDo(i - 1);
        if ((VISIT_VERBS.contains(x.low) || firstTo) && !(nounUse && VISIT_NOUNS.contains(x.low))) {   // "the visits of X" is the noun
            // "the visiting leaders of Laos and Cambodia": an adjective, the place after it is not where anyone went
            if (x.is("visiting") && !(i + 1 < t.size() && at[i + 1] != null && at[i + 1].type == Ment.Type.PLACE
                    || i + 2 < t.size() && t.get(i + 1).is("the") && at[i + 2] != null && at[i + 2].type == Ment.Type.PLACE)) return;
            // "met with visiting U.S. Secretary of State X": the country names the visitor's title, not where anyone went
            if (x.is("visiting") && at[i + 1] != null && at[i + 1].e < t.size()
                    && (Lexicon.TITLE.contains(t.get(at[i + 1].e).low) || at[at[i + 1].e] != null && at[at[i + 1].e].type == Ment.Type.PERSON)) return;
            host = placeAfter(i + 1, 6);
            if (host == null) return;
            actor = subjectBefore(i);
            if (actor == null && x.low.equals("visiting") ) return;
            if (actor == null) { listed = groupSubject(i); actor = listed.isEmpty() ? null : listed.remove(0); }
        } else if (x.is("paid", "pays", "paying", "made", "makes", "making", "pay", "make", "conducted", "began", "started", "wrapped", "concluded",
                "ended", "completed", "kicked", "embarked", "undertook", "undertakes", "launched", "begins", "starts", "concludes", "ends",
                "completes", "wraps")) {   // the present tense of headlines: "X concludes three-day visit to Y"
            int k = i + 1;
            if (x.is("concluded", "ended", "completed", "wrapped", "concludes", "ends", "completes", "wraps")) tripDays = tripDays(i + 1, i + TRIP_NOUN_WINDOW);
            boolean made = x.is("made", "makes", "making", "make");   // "made a brief stop in Kigali"
            // "began on Thursday afternoon a three-day official visit to": the noun a few words on, within the clause
            while (k < t.size() && k < i + TRIP_NOUN_WINDOW && !tripNoun(t.get(k).low, made) && (t.get(k).isWord() || t.get(k).is("-"))) k++;   // "a 3-day visit"
            if (k >= t.size() || k >= i + TRIP_NOUN_WINDOW || !tripNoun(t.get(k).low, made)) return;
            if (k + 1 < t.size() && t.get(k + 1).is("to", "in", "of")) host = placeAfter(k + 2, 5);
            else host = placeAfter(k + 1, 5);
            if (host == null) host = placeIn(k + 1, Math.min(t.size(), k + 9));   // "a tour of Southeast Asia in Jakarta"
            if (host == null) host = placeModifier(k);   // "concluded his Ghana visit"
            // "ULAANBAATAR (Montsame) - Wang Yi wrapped up his two-day visit today": where the story is filed
            if (host == null && !made && (k + 1 >= t.size() || !t.get(k + 1).is("to", "of"))) host = venueOrHome();
            if (host == null) return;
            actor = subjectBefore(i);
        } else if (MOVE_VERBS.contains(x.low) && !(x.is("headed", "heads") && delegationTo(i) > 0)) {   // "headed a delegation to"
            // "left for Moscow", "touched down in Luanda": these verbs travel only with their particle
            int n = i + 1;
            // "left Hanoi for Vientiane": past the place of the last leg to the next one's "for"
            if (DEPARTURES.contains(x.low) && n < t.size() && at[n] != null && at[n].s == n && at[n].type == Ment.Type.PLACE && !at[n].possessive) n = at[n].e;
            // "left TT for Paramaribo", "left Port of Spain for": a place the gazetteer lacks, when "for" and a place follow
            else if (DEPARTURES.contains(x.low)) {
                int q = n;
                while (q < Math.min(t.size(), n + DEPARTURE_NAME_WORDS) && at[q] == null && (t.get(q).cap || t.get(q).is("of")) && t.get(q).isWord()) q++;
                if (q > n && q + 1 < t.size() && t.get(q).is("for") && placeAfter(q + 1, 3) != null) n = q;
            }
            if (DEPARTURES.contains(x.low) && n > i + 1) n = pastDay(n);   // "left Hanoi on Monday for Vientiane"
            if (DEPARTURES.contains(x.low) && !(n < t.size() && t.get(n).is("for"))) return;
            if (x.is("touched") && !(i + 1 < t.size() && t.get(i + 1).is("down"))) return;
            boolean arrival = x.is("arrived", "arrives", "landed", "lands", "flew", "flown", "arrive") && venueArrival(i);
            // wire copy: "arrived here on Wednesday" is the dateline's country (without one, the country the story is in)
            boolean here = x.is("arrived", "arrives", "landed", "lands", "arrive", "flew", "travelled", "traveled", "came", "comes", "reached", "reaches")
                    && i + 1 < t.size() && t.get(i + 1).is("here") && hereCode() != null;
            // "reached Colombo on Monday": the place its direct object ("reached an agreement in Doha" has none)
            if (x.is("reached", "reaches") && !here) {
                if (!(i + 1 < t.size() && at[i + 1] != null && at[i + 1].s == i + 1 && at[i + 1].type == Ment.Type.PLACE && !at[i + 1].possessive)) return;
                n = i;   // the place is read from the verb on, as after a preposition
            }
            // West African usage: "arrived Accra on Tuesday", the place as the direct object
            if (x.is("arrived", "arrives", "arrive") && !here && i + 1 < t.size() && at[i + 1] != null && at[i + 1].s == i + 1
                    && at[i + 1].type == Ment.Type.PLACE && !at[i + 1].possessive) n = i;
            // "proceeded on Thursday to Lusaka": past the day to the preposition
            if (n + 2 < t.size() && t.get(n).is("on") && Lexicon.isTimeWord(t.get(n + 1).low) && t.get(n + 2).is("to")) n += 2;
            if (!arrival && !here && n != i && (n >= t.size() || !t.get(n).is("in", "at", "to", "into", "for"))) {
                if (!(i + 2 < t.size() && t.get(i + 2).is("in", "at", "to"))) return;
            }
            host = here ? null : n < t.size() && t.get(n).is("for") ? placeAfter(n + 1, 3) : placeAfter(n, 4);
            if (here) host = herePlace(i + 1);
            // "Kerry arrived in the country Sunday evening": the country the story is in
            if (host == null && x.is("arrived", "arrives", "arrive", "landed", "lands", "came", "comes", "travelled", "traveled") && i + 3 < t.size()
                    && t.get(i + 1).is("in", "to") && t.get(i + 2).is("the") && t.get(i + 3).is("country")) host = storyPlace();
            if (host == null && arrival && doc.venueCode != null) host = venue();
            if (host == null && arrival) host = homePlace();   // "ABUJA, May 7 (Reuters) - X arrived on Tuesday": the dateline's
            // "landed in the capital": the capital of the country the story is in
            if (host == null && doc.venueCode != null && i + 3 < t.size() && t.get(i + 1).is("in") && t.get(i + 2).is("the")
                    && t.get(i + 3).is("capital", "city")) host = venue();
            if (host == null) return;
            actor = subjectBefore(i);
            if (actor == null) actor = delegationLeader(0, i);
            if (actor == null) { listed = groupSubject(i); actor = listed.isEmpty() ? null : listed.remove(0); }
            if (actor == null && x.low.endsWith("ing")) actor = openingSubject(i);   // "Upon arriving in Abuja, X was greeted"
            if (actor == null) return;
            if (arrival && actor.type != Ment.Type.PERSON && actor.type != Ment.Type.ROLE && !(actor.type == Ment.Type.PRON && actor.name != null)) return;
        } else if (x.is("took", "takes", "taking") && i + 2 < t.size() && t.get(i + 1).is("him", "her") && t.get(i + 2).is("to") && tripBefore(i)
                || TOUR_COVERED.contains(x.low) && tripBefore(i)) {
            // "a tour that earlier took him to New Zealand", "his regional tour that also covered Qatar": the traveller is
            // the sentence's subject
            host = TOUR_COVERED.contains(x.low) ? placeAfter(i + 1, 3) : placeAfter(i + 3, 4);
            if (host == null) return;
            earlierLeg = true;
            for (Ment m : ms) {
                if (m.s >= i) break;
                if (m.isNamedPerson() && !m.possessive && !inPP(m)) { actor = m; break; }
            }
        } else if (x.is("sent", "dispatched") && i > 0 && i + 1 < t.size()) {
            // "X, who was sent to Ghana by President Y", "was dispatched to Accra": the one sent went there;
            // "President Y sent X to Accra": X did
            // whoever sends an envoy sends one of their own: the sender's country for one the KB does not know
            Ment sender = null;
            if (t.get(i - 1).is(PASSIVE_AUX) && t.get(i + 1).is("to")) {
                host = placeAfter(i + 2, 2);
                actor = subjectBefore(i);
                int who = i - 2;   // "X, who was sent to": X, though the KB does not know X's country yet
                if (actor == null && who > 1 && t.get(who).is("who") && t.get(who - 1).is(",") && at[who - 2] != null
                        && at[who - 2].isNamedPerson()) actor = at[who - 2];
                if (host != null && host.e + 1 < t.size() && t.get(host.e).is("by")) sender = firstAgentAfter(host.e + 1, 4);
            } else if (!t.get(i - 1).is(PASSIVE_AUX)) {
                Ment obj = firstAgentAfter(i + 1, 10);
                if (obj == null || !(obj.isNamedPerson() || obj.type == Ment.Type.ROLE) || obj.e >= t.size() || !t.get(obj.e).is("to")) return;
                host = placeAfter(obj.e + 1, 2);
                actor = obj;
                sender = subjectBefore(i);
            }
            if (actor != null && actor.code == null && sender != null && sender.isNamedPerson() && sender.code != null) actor.code = sender.code;
            if (host == null || actor == null || host.type != Ment.Type.PLACE) return;
        } else if (x.is("led", "leads", "leading", "headed", "heads") && delegationTo(i) > 0) {
            host = placeAfter(delegationTo(i) + 1, 4);
            if (host == null) host = gatheringPlace(delegationTo(i) + 1);   // "a delegation to the GCC ministerial meeting in Riyadh"
            if (host == null) return;
            actor = subjectBefore(i);
            if (actor == null) for (int j = ms.size() - 1; j >= 0; j--) {
                Ment m = ms.get(j);
                if (m.e <= i && m.type == Ment.Type.PERSON && !m.possessive && !inPP(m)) { actor = m; break; }
            }
            if (actor != null && actor.code == null) {
                for (int q = i + 1; q < delegationTo(i); q++) if (at[q] != null && at[q].type == Ment.Type.DEMONYM) actor.code = at[q].code;
            }
        } else if (x.is("was", "is") && i + 1 < t.size() && t.get(i + 1).is("here") && hereCode() != null) {
            // wire copy: "X, who is here for the forum, met ...": the dateline's country, with the purpose of the stay
            host = herePlace(i + 1);
            actor = subjectBefore(i);
            if (actor == null || actor.type != Ment.Type.PERSON && actor.type != Ment.Type.ROLE) return;
            if (i == 0 || !(t.get(i - 1).is("who") && purposeAfter(i + 2))) return;
        } else if (x.is("spent", "spending", "spends") && stayIn(i) != null) {
            host = stayIn(i);   // "after spending a day and a half in Fiji", "spent three days in Tonga"
            if (host.orgCode) return;
            actor = subjectBefore(i);
            if (actor == null || actor.type != Ment.Type.PERSON && actor.type != Ment.Type.ROLE) return;
        } else if ((x.is("was", "were", "is", "are") || x.is("been") && i > 0 && t.get(i - 1).is("has", "have", "had")) && beIn(i) > 0) {
            int in = beIn(i);   // "was in Paris", "was also in Suva", "has been in Abuja since Tuesday", "was in the Nigerian capital"
            host = placeAfter(in + 1, 3);
            if (host == null || host.orgCode) return;
            // "is now in Fiji for her first visit": "now" tells where someone is only with the purpose of the stay
            if (t.get(i + 1).is("now") && !purposeAfter(host.e)) return;
            actor = subjectBefore(i);
            if (actor == null || actor.type != Ment.Type.PERSON && actor.type != Ment.Type.PRON && actor.type != Ment.Type.ROLE) return;
            // "X, who was in Suva for talks with ...": a relative clause only with the purpose of the stay
            if (i > 0 && t.get(i - 1).is("who", "which", "that")) {
                if (!purposeAfter(host.e) || !t.get(i - 1).is("who")) return;
            }
        } else if (VISIT_NOUNS.contains(x.low) && i + 2 < t.size() && t.get(i + 1).is("paid", "made") && t.get(i + 2).is("to", "by")) {
            // "the state visit paid to Morocco by President X", "the visit made by X to Ghana": host after "to", actor after "by"
            verb = false;
            for (int q = i + 2; q < Math.min(t.size() - 1, i + PASSIVE_VISIT_WINDOW); q++) {
                if (t.get(q).is(".", ";")) break;
                if (host == null && t.get(q).is("to")) host = placeAfter(q + 1, 4);
                if (actor == null && t.get(q).is("by")) {
                    Ment a = firstAgentAfter(q + 1, 8);
                    if (a != null && a.type != Ment.Type.PLACE) actor = a;
                }
            }
            // "The two-day visit paid by the Chinese Foreign Minister wrapped up today": to where the story is, begun a day before
            if (host == null) host = venueOrHome();
            if (host == null || actor == null) return;
            for (int q = actor.e; q < Math.min(t.size(), actor.e + ENDED_WINDOW); q++)
                if (ENDED.contains(t.get(q).low)) tripDays = tripDays(Math.max(0, i - TRIP_NOUN_WINDOW), i);
        } else if (VISIT_NOUNS.contains(x.low) && visitorMade(i) != null) {
            // "the last visit he made to Kenya", "the visit that Ruto paid to Ghana": the relative clause's subject travelled
            verb = false;
            actor = visitorMade(i);
            host = placeAfter(actor.e + 2, 4);
            if (host == null) return;
        } else if (VISIT_NOUNS.contains(x.low) && i + 1 < t.size() && t.get(i + 1).is("to", "in", "of", "by")) {
            verb = false;
            if (i > 0 && t.get(i - 1).is("paid", "made", "pays", "make", "paying", "making")) return;   // handled above
            back = backAfter(i);
            if (back) tripDays = tripDays(Math.max(0, i - TRIP_NOUN_WINDOW), i);   // "returned on Sunday after a three-day visit to"
            int k = i + 2;
            // "the visit of President X to Russia", "a state visit by President X to Mongolia"
            if (t.get(i + 1).is("of", "by")) {
                Ment a = firstAgentAfter(i + 2, 8);
                if (a == null || a.type == Ment.Type.PLACE) {
                    host = placeAfter(i + 2, 3);
                } else {
                    actor = a;
                    int q = a.e;
                    while (q < t.size() && !t.get(q).is("to", "in")) { if (q > a.e + 8) break; q++; }
                    if (q < t.size() && t.get(q).is("to", "in")) host = placeAfter(q + 1, 4);
                    // "ULAANBAATAR - The visit of Chinese Foreign Minister X ended on Tuesday": where the story is filed
                    if (host == null) for (int r = a.e; r < Math.min(t.size(), a.e + ENDED_WINDOW); r++)
                        if (ENDED.contains(t.get(r).low)) { host = venueOrHome(); break; }
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
            if (actor == null) actor = relativeVisitor(i);
            if (actor == null) {
                // "X, who is on a visit to Y," / "X is on a three-day visit to Y"
                Ment sb = subjectBefore(i);
                if (sb != null && (sb.type == Ment.Type.PERSON || sb.type == Ment.Type.ROLE || sb.type == Ment.Type.PRON) && sb.name != null) {
                    boolean onVisit = false;
                    for (int q = Math.max(sb.e, i - 6); q < i; q++) if (t.get(q).is("on", "during", "for", "visiting", "concluded", "ended", "began", "wrapped", "completed", "continues", "continued", "is", "was")) onVisit = true;
                    if (backAfter(i)) onVisit = true;   // "X returned to Abuja after a two-day visit to Y"
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
        } else if (VISIT_NOUNS.contains(x.low) && placeModifier(i) != null) {
            // "Modi's two-day Ghana visit", "her Japan trip": the place before the noun, the possessor the traveller
            verb = false;
            host = placeModifier(i);
            for (int q = host.s - 1; q >= Math.max(0, host.s - 4); q--) {
                Ment m = at[q];
                if (m != null && m.possessive && (m.isAgent() || m.type == Ment.Type.PRON)) { actor = m; break; }
                if (m != null || !t.get(q).isWord() && !t.get(q).is("'s", "’s")) break;
            }
            if (actor == null) return;
        } else if (x.is("returned", "returns", "returning")) {
            // "returned to Bogota on Wednesday from Belem, where he attended the summit": the place he came back from
            int from = -1;
            for (int q = i + 1; q < Math.min(t.size(), i + RETURN_FROM_WINDOW); q++) {
                if (t.get(q).is("from")) { from = q; break; }
                int past = placeApposition(q);   // "returned to Abuja, Nigeria's capital, from Egypt"
                if (past > q) { q = past; continue; }
                if (t.get(q).is(",", ".", ";", "and", "but", "after", "with")) break;
            }
            if (from < 0) return;
            host = placeAfter(from + 1, 6);
            if (host == null) return;
            // the day of the return is not the day of the visit: date it by what was done there, else by the place
            v = host.s;
            for (int q = host.e; q < Math.min(t.size() - 2, host.e + 3); q++) {
                if (!t.get(q).is("where")) continue;
                v = q + 2;
                // "where he attended the forum from December 11": the clause's own date, however far from its verb
                for (int k = 0; k < dates.size(); k++) if (dateTok[k] > q) earlierLeg = true;
                break;
            }
            actor = subjectBefore(i);
            if (actor == null || !(actor.type == Ment.Type.PERSON || actor.type == Ment.Type.ROLE || actor.type == Ment.Type.PRON && actor.name != null)) return;
        } else if (x.is("guest") && i > 1 && t.get(i - 1).is("the", "a") && t.get(i - 2).is(PASSIVE_AUX) && i + 1 < t.size() && t.get(i + 1).is("of")) {
            // "X was the guest of President Y": as "was received by Y" ("the guest of honour" names no host)
            Ment by = firstAgentAfter(i + 2, GUEST_HOST_WINDOW);
            if (by == null || by.code == null || !(by.type == Ment.Type.PERSON || by.type == Ment.Type.ROLE)) return;
            for (int q = i + 2; q < by.s; q++) if (!(t.get(q).cap || t.get(q).is("the"))) return;
            actor = subjectBefore(i - 2);
            Ment p = placeIn(i, t.size());
            host = p != null ? p : by;
            counterpart = by;
        } else if (RECEIVE.contains(x.low) && receptionWords(i) >= 0) {
            int rv = i;
            i = receptionWords(i);   // past "host to" of "played host to X", past "a warm welcome" of "was accorded a warm welcome"
            boolean aux = rv > 0 && t.get(rv - 1).is(PASSIVE_AUX);
            int byAt = -1;
            if (aux) for (int q = i + 1; q < Math.min(t.size(), i + 7); q++) { if (t.get(q).is("by")) { byAt = q; break; } if (t.get(q).is(",", ".", ";")) break; }
            boolean passive = aux && byAt > 0;
            if (aux && byAt < 0) {
                // "was received in Riyadh", "was welcomed at the Kremlin": the host is the place
                actor = subjectBefore(rv);
                // "was received at the National Palace in Addis Ababa": past a venue to the town, within the clause
                int end = i + 1;
                while (end < Math.min(t.size(), i + RECEIVED_PLACE_WINDOW) && !t.get(end).is(",", ".", ";", "and", "but")) end++;
                Ment p = placeIn(i, end);
                if (p == null || actor == null) return;
                host = p;
            } else if (passive) {
                actor = subjectBefore(rv);
                Ment by = firstAgentAfter(byAt + 1, 8);
                Ment p = placeIn(i, t.size());
                if (p != null) host = p;
                else if (by != null && by.code != null) { host = by; }
                counterpart = by;
            } else {
                // object: a person (possibly after "the"/titles) directly after the verb
                Ment obj = listAfterGroup(i + 1);   // "hosted three leaders on Saturday: A, B and C"
                String ofCode = null;
                boolean group = false;
                for (int q = i + 1; obj == null && q < Math.min(t.size(), i + 14); q++) {
                    String raw = t.get(q).text;
                    if (raw.equals("HE") || raw.equals("H.E.") || raw.equals("H.E")) continue;   // "His Excellency" in Gulf agency copy
                    Ment m = at[q];
                    // "received the Chinese party and government delegation led by X": past the delegation's own words
                    int d = m != null && m.type == Ment.Type.DEMONYM ? delegationAt(m.e, DELEGATION_WORDS) : -1;
                    if (d >= 0 && d > m.e) { q = d - 1; continue; }   // m is a demonym here
                    // "received the delegation led by X": its leader
                    if ((m == null || m.code == null) && t.get(m == null ? q : m.e - 1).is("delegation", "delegations")) {
                        obj = delegationLeader(q, Math.min(t.size(), q + DELEGATION_LEADER_WINDOW));
                        if (obj != null) break;
                    }
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
                    // "received the Foreign Minister of Timor-Leste, Bendito Freitas," / "... of Timor-Leste on Thursday"
                    int ofAt = q - 1 > i && t.get(q - 1).is("the") ? q - 2 : q - 1;   // "... of the Republic of Korea"
                    if (m != null && m.type == Ment.Type.PLACE && !m.city && q == m.s && t.get(ofAt).is("of")
                            && ofAt > i + 1 && Lexicon.TITLE.contains(t.get(ofAt - 1).low)) {
                        int r = m.e;
                        if (r < t.size() && t.get(r).is(",")) r++;
                        while (r < t.size() && at[r] == null && (Lexicon.TITLE.contains(t.get(r).low.replace(".", "")) || t.get(r).is("the"))) r++;
                        if (r < t.size() && at[r] != null && at[r].type == Ment.Type.PERSON && at[r].code != null) { obj = at[r]; break; }
                        obj = new Ment(Ment.Type.ROLE, m.s, m.e);
                        obj.code = m.code;
                        obj.role = join(i + 1, ofAt);
                        obj.name = kb.countryName(m.code) + " " + obj.role.toLowerCase(java.util.Locale.ROOT).replaceFirst("^the ", "");
                        break;
                    }
                    if (m == null && t.get(q).is("of", "for") && q > i + 1 && Lexicon.TITLE.contains(t.get(q - 1).low)) continue;
                    // "received NATO Secretary General Mark Rutte": an organization or country before the title names the visitor's side
                    if (m != null && m.type == Ment.Type.PLACE && !m.city && m.code != null && q == m.s && m.e < t.size()
                            && t.get(m.e).cap && Lexicon.TITLE.contains(t.get(m.e).low)) { ofCode = m.code; q = m.e - 1; continue; }
                    if (m != null && m.type != Ment.Type.DEMONYM && !(m.type == Ment.Type.PLACE && !m.city && q + 1 < t.size() && t.get(q + 1).is("'s", "’s"))) break;
                    if (m != null) { q = m.e - 1; continue; }
                    Tok y = t.get(q);
                    if (y.is("at", "in") && q + 1 < t.size()) {
                        // "received in Rabat on Tuesday Chad's minister": skip just the place, then read on
                        if (at[q + 1] != null && at[q + 1].type == Ment.Type.PLACE && !at[q + 1].possessive
                                && !(at[q + 1].e < t.size() && t.get(at[q + 1].e).is("'s", "’s"))) { q = at[q + 1].e - 1; continue; }
                        // "received today at the Ministry's General Diwan His Excellency X"
                        int r = q + 1;
                        int from = t.get(q + 1).is("the") ? q + 3 : q + 2;   // "in Pretoria Mr. X" / "at the Ministry's General Diwan His Excellency X"
                        while (r < Math.min(t.size(), q + RECEIVED_AT_WINDOW) && !(Lexicon.TITLE.contains(t.get(r).low.replace(".", "")) && t.get(r).cap && r >= from) && !t.get(r).is(",", ".")) r++;
                        q = r - 1;
                        continue;
                    }
                    if (y.is("today", "yesterday", "also", "on") || Lexicon.isTimeWord(y.low)) continue;
                    // "received the Foreign Minister of the Kyrgyz Republic Jeenbek Kulubaev": the country was read into the
                    // titled name's title, so the name after it is the guest
                    if (m == null && y.cap && (t.get(q - 1).is("of") || t.get(q - 1).is("the") && t.get(q - 2).is("of"))) {
                        int r = q;
                        while (r < Math.min(t.size(), q + COUNTRY_NAME_WORDS) && at[r] == null && t.get(r).cap && t.get(r).isWord()) r++;
                        if (r < t.size() && at[r] != null && at[r].s == r && at[r].type == Ment.Type.PERSON && at[r].code != null && at[r].role != null) { obj = at[r]; break; }
                    }
                    if (y.is("'s", "’s") && at[q - 1] != null && at[q - 1].type == Ment.Type.PLACE) { ofCode = at[q - 1].code; continue; }   // "Chad's Minister of State"
                    // "Chad's Minister of Foreign Affairs, Mahamat Ali,": the name after the comma
                    // or after a chain of portfolios: "Chad's Minister of State, Minister of Foreign Affairs, African
                    // Integration and Chadians Abroad, Mahamat Ali"
                    if (y.is(",") && q > i + 1 && (Lexicon.TITLE.contains(t.get(q - 1).low) || ofCode != null && t.get(q - 1).cap)) {
                        Ment named = null;
                        for (int r = q + 1; r < Math.min(t.size(), q + 24); r++) {
                            if (at[r] != null && at[r].type == Ment.Type.PERSON) {   // the last name of the chain
                                named = at[r];
                                r = at[r].e;
                                if (r >= t.size() || !t.get(r).is(",") || r + 1 < t.size() && t.get(r + 1).is("who", "the", "a")) break;
                                continue;
                            }
                            if (at[r] != null && (at[r].type == Ment.Type.PLACE || at[r].type == Ment.Type.DEMONYM)) { r = at[r].e - 1; continue; }
                            Tok z = t.get(r);
                            if (!(z.cap || z.is(",", "and", "of", "for", "the", "in", "with", "&"))) break;
                        }
                        if (named != null) {
                            obj = named;
                            if (obj.code == null) obj.code = ofCode;
                            break;
                        }
                    }
                    // "hosted a state banquet for visiting X", "hosted a dinner in honour of X": the guest after the occasion
                    boolean occasion = x.is("hosted", "hosts", "hosting") && HOSTED_OCCASION.contains(y.low);
                    if (!(Lexicon.TITLE.contains(y.low.replace(".", "")) || y.is("the", "a", "visiting", "delegation") || occasion
                            || delegationAt(q, DELEGATION_WORDS - 1) >= 0)) break;   // "the party and government delegation"
                }
                if (obj == null && receivedEnvoysOf(i, v, verb)) return;
                int gh = obj == null ? groupHead(i + 1) : -1;
                if (gh >= 0 && !(gh + 1 < t.size() && t.get(gh + 1).is("of", "from")) && !modal(v, verb)) {
                    // "hosted Nordic leaders in Berlin": the guests may be named in the next sentence, visitors of the host
                    Ment subj = subjectBefore(i), p = placeIn(i, t.size());
                    if (subj != null && subj.code != null) rememberGroupTalk(Kind.MEETING, v, subj, p != null ? p : subj);
                }
                if (obj == null || obj.type == Ment.Type.INST) return;
                if (obj.possessive) return;         // "welcomed Guterres's call", "received Putin's envoy": not X who came
                if (obj.code == null && ofCode != null && obj.type == Ment.Type.PERSON) obj.code = ofCode;
                if (obj.code == null && obj.type == Ment.Type.PERSON) obj.code = appositiveCountry(obj);
                if (resident(obj)) {                // an envoy posted in the host country is received, not visiting:
                    Ment subj = subjectBefore(i);   // a meeting there ("President X received the Russian Ambassador Y")
                    if (x.is("received", "receives", "receiving", "hosted", "hosts") && hostOfEnvoys(subj) && !modal(v, verb)) {
                        List<Party> envoys = new ArrayList<>();
                        envoys.add(party(obj));
                        for (Ment e : conjuncts(obj)) envoys.add(party(e));   // "received Russian ambassador A and Chinese ambassador B"
                        envoyMeetings(i, subj, envoys);
                    }
                    return;
                }
                if (obj.type == Ment.Type.PRON) {   // "received him"
                    return;
                }
                Ment subj = subjectBefore(i);
                // "Ghana on Friday hosted Nigerian President X"; a country that "welcomed" someone mostly approves of them
                if (subj == null && !obj.possessive && !x.is("welcomed", "welcomes", "welcoming")) subj = countryAsHost(i);
                if (subj == null) {
                    // "Deputy Minister Alvin Botes received in Pretoria the Vice Minister of ...": a host the KB does not
                    // know, whose city names the host country
                    Ment p = unknownHostSubject(i) ? placeIn(i, t.size()) : null;
                    if (p == null || p.code == null || p.code.equals(obj.code)) return;
                    actor = obj;
                    host = p;
                    listed = conjuncts(obj);
                } else {

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
            }
            if (host == null || actor == null) return;
        } else {
            return;
        }
        if (actor == null || actor.code == null || host == null || host.code == null) return;
        if (modal(v, verb)) return;
        // "X met Y during his visit to Y's country", "Y received X when he visited Y's country": nobody visits his own
        // country, so the pronoun is the nearest person named before it who is not of the host country
        if (actor.type == Ment.Type.PRON && actor.code.equals(host.code)) {
            for (Ment m : ms) {
                if (m.s >= actor.s) break;
                if (m.isNamedPerson() && !m.possessive && m.code != null && !m.code.equals(host.code)) actor = m;
            }
        }
        if (actor.code.equals(host.code)) return;
        RuleExtractor.Cand c = cand(Kind.VISIT, v, 0.7);
        if (earlierLeg) legDate(c, host);
        // "concluded a three-day visit on Thursday": the trip began two days before; "is back after a five-day visit" in
        // an undated sentence: the trip ended about when the story appeared
        if (tripDays > 1 && (c.precision == DatePrecision.DAY || back && c.precision == DatePrecision.PUBLISHED) && c.date != null)
            c.date = c.date.minusDays(tripDays - 1);
        c.actor = traveller(actor);
        c.place = place(host);
        if (counterpart != null && counterpart.code != null && counterpart.code.equals(host.code)) c.counterpart = party(counterpart);
        if (c.counterpart == null) {
            // a host met in the same sentence: "... where he met President X"
            for (Ment m : ms) {
                if (m.s > i && m.type == Ment.Type.PERSON && host.code.equals(m.code)) { c.counterpart = party(m); break; }
            }
        }
        out.add(c);
        if (MOVE_VERBS.contains(x.low)) legFrom(i, c);
        // "A, B and C visited Juba", "A and B arrived in Kigali": each traveller listed before the verb
        if ((VISIT_VERBS.contains(x.low) || MOVE_VERBS.contains(x.low)) && counterpart == null
                && (actor.type == Ment.Type.PERSON || actor.type == Ment.Type.ROLE)) {
            // and after it when the subject read is the list's first: "A and the presidents of B, C and D arrived in Kyiv"
            List<Ment> travellers = new ArrayList<>(precedingConjuncts(actor));
            if (listed.isEmpty() && actor.e < i)
                for (Ment o : conjuncts(actor, false))
                    if (o.e <= i && o != actor && o.code != null && !o.code.equals(actor.code) && (o.isNamedPerson() || o.type == Ment.Type.ROLE && o.name != null))
                        travellers.add(o);   // (one of the actor's own country is the actor's apposition: "X, Director of the Russian ...")
            for (Ment o : travellers) {
                if (o.code == null || o.code.equals(host.code)) continue;
                RuleExtractor.Cand c2 = cand(Kind.VISIT, v, 0.6);
                c2.actor = party(o);
                c2.place = c.place;
                // "Tusk and Sikorski visited Berlin": two travellers of one country, each a trip of their own
                c2.companion = o.code.equals(actor.code) && o.name != null && !o.name.equals(actor.name);
                out.add(c2);
            }
        }
        // "received the presidents of A, B and C": each a visitor of its own
        for (Ment o : listed) {
            if (o.code == null || o.code.equals(host.code) || o.code.equals(actor.code)) continue;
            RuleExtractor.Cand c2 = cand(Kind.VISIT, v, 0.6);
            c2.actor = traveller(o);
            c2.place = c.place;
            c2.counterpart = c.counterpart;
            out.add(c2);
        }
        // "visited Armenia on July 16 and then Azerbaijan", "took him to Fiji on May 2 and to Samoa on May 4"
        if (VISIT_VERBS.contains(x.low) || x.is("took", "takes", "taking") || TOUR_COVERED.contains(x.low)) {
            for (int q = host.e; q < Math.min(t.size() - 1, host.e + 10); q++) {
                boolean andTo = t.get(q).is("and") && q + 2 < t.size() && t.get(q + 1).is("to") && at[q + 2] != null && at[q + 2].type == Ment.Type.PLACE;
                if (t.get(q).is("then") || andTo || t.get(q).is("and") && q + 1 < t.size() && at[q + 1] != null && at[q + 1].type == Ment.Type.PLACE) {
                    Ment h2 = placeAfter(andTo ? q + 2 : q + 1, 3);
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
        // "travelled to Fiji, Tuvalu and Vanuatu", "his trip to Warsaw and Berlin": one visit per country of the list
        if ((VISIT_VERBS.contains(x.low) || MOVE_VERBS.contains(x.low) || TOUR_COVERED.contains(x.low) || !verb && VISIT_NOUNS.contains(x.low))
                && host.e > 0 && host.s > 0 && host.type == Ment.Type.PLACE) {
            String last = host.code;
            int q = host.e;
            while (q + 1 < t.size() && t.get(q).is(",", "and")) {
                int r = t.get(q).is(",") && t.get(q + 1).is("and") ? q + 2 : q + 1;
                boolean the = r + 1 < t.size() && t.get(r).is("the");   // "Qatar and the United Arab Emirates", "Tonga, the Cook Islands and Samoa"
                if (the) r++;
                Ment h2 = r < t.size() ? at[r] : null;
                if (h2 == null || h2.type != Ment.Type.PLACE || h2.orgCode || h2.code == null || h2.s != r) break;
                // "visited Ghana, and the US said ...": after "the", a place that a verb follows is a new clause's subject
                if (the && h2.e < t.size() && t.get(h2.e).isWord() && !LIST_CONTINUES.contains(t.get(h2.e).low)) break;
                // "Kigali, the Rwanda capital", "Seoul, the United States' ally": after a comma alone, "the" opens an apposition
                // unless the list goes on right after the name
                if (the && !t.get(r - 2).is("and") && (h2.possessive || h2.e >= t.size() || !t.get(h2.e).is(",", "and"))) break;
                if (!h2.code.equals(last) && !h2.code.equals(actor.code)) {
                    RuleExtractor.Cand c2 = cand(Kind.VISIT, v, 0.6);
                    if (earlierLeg) legDate(c2, h2);
                    c2.actor = c.actor;
                    c2.place = place(h2);
                    out.add(c2);
                }
                last = h2.code;
                q = h2.e;
            }
        }
    }

    /** Words that may follow the last place of a list of destinations: "Qatar and the UAE in March", "... and the UAE to". */
    private static final Set<String> LIST_CONTINUES = Set.of("and", "in", "on", "to", "from", "during", "last", "this", "earlier", "later");

    /**
     * "Sheikh Abdullah Al-Yahya, Minister of Foreign Affairs of the State of Kuwait": the country of a title in
     * apposition right after a name; null when none.
     */
    private String appositiveCountry(Ment who) {
        int r = who.e;
        if (r >= t.size() || !t.get(r).is(",")) return null;
        boolean titled = false;
        for (r = r + 1; r < Math.min(t.size(), who.e + 14); r++) {
            Ment m = at[r];
            if (m != null && m.type == Ment.Type.PLACE && !m.city && m.code != null) {
                int of = r - 1 >= 0 && t.get(r - 1).is("the") ? r - 2 : r - 1;
                if (titled && of > who.e && t.get(of).is("of")) return m.code;
                return null;
            }
            if (m != null) return null;
            Tok z = t.get(r);
            if (Lexicon.TITLE.contains(z.low)) { titled = true; continue; }
            if (!(z.is("of", "the", "and", "for", "state") || z.cap)) return null;
        }
        return null;
    }

    /**
     * "visit he made to", "visit that Ruto paid to": the person or pronoun right after the trip noun at i (past "that" or
     * "which") followed by "made"/"paid" and "to"; else null.
     */
    private Ment visitorMade(int i) {
        int k = i + 1 < t.size() && t.get(i + 1).is("that", "which") ? i + 2 : i + 1;
        Ment m = k < t.size() ? at[k] : null;
        if (m == null || m.s != k || m.possessive || !(m.type == Ment.Type.PERSON || m.type == Ment.Type.PRON && !m.self)) return null;
        return m.e + 1 < t.size() && t.get(m.e).is("made", "paid") && t.get(m.e + 1).is("to") ? m : null;
    }

    /** Tokens between a relative "who" and the visit noun it is on: "who is currently on a three-day state visit". */
    private static final int RELATIVE_VISIT_WINDOW = 9;

    /**
     * "held talks with X, who is on a state visit to Y": the person the relative clause before the visit noun at i is
     * about (not the sentence's subject, the host); null when the noun is in no such clause.
     */
    private Ment relativeVisitor(int i) {
        for (int q = i - 1; q >= Math.max(2, i - RELATIVE_VISIT_WINDOW); q--) {
            Tok y = t.get(q);
            if (y.is("who")) {
                Ment a = at[q - 2];
                boolean onIt = false;
                for (int r = q + 1; r < i; r++) if (t.get(r).is("on")) onIt = true;
                if (!onIt || !t.get(q - 1).is(",") || a == null || a.code == null || a.possessive
                        || !a.isNamedPerson()) return null;
                return a;
            }
            if (!y.isWord() || at[q] != null) return null;
        }
        return null;
    }

    /** "Ghana visit", "Japan trip": a country or city right before the trip noun at k as its host, else null. */
    private Ment placeModifier(int k) {
        Ment m = k > 0 ? at[k - 1] : null;
        if (m == null || m.type != Ment.Type.PLACE || m.orgCode || m.possessive || m.code == null || m.e != k) return null;
        return m;
    }

    /** Tokens after "paid", "began" ... in which the trip noun is looked for. */
    private static final int TRIP_NOUN_WINDOW = 8;

    /** Tokens after "returned" in which its "from" is looked for, past the destination and its apposition. */
    private static final int RETURN_FROM_WINDOW = 14;
    /** Tokens of a place's apposition set off by commas: ", Nigeria's capital,". */
    private static final int APPOSITION_WINDOW = 5;

    /** ", Nigeria's capital," right after a place ending before the comma at q: the closing comma, else q. */
    private int placeApposition(int q) {
        if (q == 0 || !t.get(q).is(",") || at[q - 1] == null || at[q - 1].type != Ment.Type.PLACE) return q;
        for (int r = q + 1; r < Math.min(t.size(), q + APPOSITION_WINDOW + 1); r++) {
            if (t.get(r).is(",")) return r > q + 1 ? r : q;
            if (t.get(r).is(".", ";", "where", "which", "who", "and") || at[r] != null && at[r].type == Ment.Type.PERSON) return q;
        }
        return q;
    }

    /** Words of coming home before "after a three-day visit to": the trip ended the day the sentence dates. */
    private static final Set<String> BACK = Set.of("returned", "returns", "returning", "back");

    /** "returned to Luanda on Sunday after a three-day visit": a word of coming home, then "after", before the trip noun at i. */
    private boolean backAfter(int i) {
        int after = -1;
        for (int q = i - 1; q >= Math.max(0, i - TRIP_NOUN_WINDOW); q--) if (t.get(q).is("after")) { after = q; break; }
        if (after < 0) return false;
        for (int q = after - 1; q >= 0; q--) {
            if (t.get(q).is(".", ";")) return false;
            if (BACK.contains(t.get(q).low)) return true;
        }
        return false;
    }

    /** Lengths of a trip in words: "a three-day visit". */
    private static final List<String> DAY_COUNTS = List.of("one", "two", "three", "four", "five", "six", "seven");

    /** "a three-day visit", "a 2-day visit" between from and to: the number of days, else 0. */
    private int tripDays(int from, int to) {
        for (int q = from; q < Math.min(t.size(), to); q++) {
            String w = t.get(q).low;
            if (!w.endsWith("-day")) continue;
            String n = w.substring(0, w.length() - "-day".length());
            if (DAY_COUNTS.contains(n)) return DAY_COUNTS.indexOf(n) + 1;
        }
        // "a 3-day visit": the tokens "3", "-", "day"
        for (int q = from; q + 2 < Math.min(t.size(), to + 2); q++)
            if (t.get(q).low.matches("[1-7]") && t.get(q + 1).is("-") && t.get(q + 2).is("day")) return Integer.parseInt(t.get(q).low);
        return 0;
    }

    /** Nouns of a trip that only "made" takes: "made a brief stop in Kigali" (not "put a stop to the fighting"). */
    private static final Set<String> MADE_STOPS = Set.of("stop", "stops");

    /** Tokens after a reception without its host ("was received at ...") in which its place is looked for. */
    private static final int RECEIVED_PLACE_WINDOW = 10;

    /** Past a day after a place, to what follows it: "Hanoi on Monday for", "Hanoi Monday for". */
    private int pastDay(int n) {
        int q = n < t.size() && t.get(n).is("on") ? n + 1 : n;
        return q < t.size() && Lexicon.isTimeWord(t.get(q).low) && !monthMay(q) ? q + 1 : n;
    }

    private static boolean tripNoun(String low, boolean made) {
        return VISIT_NOUNS.contains(low) || made && MADE_STOPS.contains(low);
    }

    /** Receptions told with a verb and its fixed words: "played host to X", "granted an audience to X". */
    private static final java.util.Map<String, List<String>> RECEPTION_PHRASES = java.util.Map.of(
            "played", List.of("host", "to"), "plays", List.of("host", "to"),
            "granted", List.of("an", "audience", "to"), "grants", List.of("an", "audience", "to"));

    /** Auxiliaries of a passive: "was received by", "has been accorded a welcome by", "issues were discussed". */
    static final String[] PASSIVE_AUX = {"was", "were", "been", "being", "is", "are"};

    /** Verbs of a welcome given to a guest, read only in the passive: "was accorded a red-carpet welcome by X". */
    private static final Set<String> WELCOME_VERBS = Set.of("accorded", "given");

    /** How many words ("a warm red-carpet") may stand between a welcome verb and its "welcome". */
    private static final int WELCOME_WORDS = 4;

    /** How far after "the guest of" its host may start: past "the", titles and a demonym ("the Nigerian President"). */
    private static final int GUEST_HOST_WINDOW = 6;

    /** Verbs of a ceremony the host holds for the guest: "held an official welcoming ceremony for X". */
    private static final Set<String> CEREMONY_VERBS = Set.of("held", "holds");

    /**
     * The last token of the reception verb at i with its fixed words ("played host to": "to"; "was accorded a warm
     * welcome": "welcome"); -1 when they are missing.
     */
    private int receptionWords(int i) {
        if (WELCOME_VERBS.contains(t.get(i).low)) {
            if (i == 0 || !t.get(i - 1).is(PASSIVE_AUX)) return -1;   // "accorded him a welcome" names no guest before the verb
            for (int k = i + 1; k < Math.min(t.size(), i + 2 + WELCOME_WORDS); k++) {
                if (t.get(k).is("welcome", "reception")) return k;
                if (at[k] != null || !t.get(k).isWord()) return -1;
            }
            return -1;
        }
        if (CEREMONY_VERBS.contains(t.get(i).low)) {
            for (int k = i + 1; k + 2 < Math.min(t.size(), i + 2 + WELCOME_WORDS); k++) {
                if (t.get(k).is("welcoming", "welcome") && t.get(k + 1).is("ceremony") && t.get(k + 2).is("for")) return k + 2;
                if (at[k] != null || !t.get(k).isWord()) return -1;
            }
            return -1;
        }
        List<String> words = RECEPTION_PHRASES.get(t.get(i).low);
        if (words == null) return i;
        int p = i + 1;
        for (String w : words) {
            boolean article = w.equals("an");
            if (p < t.size() && (article ? t.get(p).is("an", "a") : t.get(p).is(w))) p++;
            else if (!article) return -1;   // "granted audience to X": the article may be left out
        }
        return p - 1;
    }

    /**
     * "Upon arriving in Abuja on Tuesday, X was greeted by ...": the subject of the main clause after the opening phrase
     * the verb at i is in; null when an agent comes before it or no comma closes the phrase.
     */
    Ment openingSubject(int i) {
        for (int k = 0; k < i; k++) if (at[k] != null && at[k].isAgent()) return null;
        int comma = i + 1;
        while (comma < t.size() && !t.get(comma).is(",", ".", ";")) comma++;
        if (comma >= t.size() || !t.get(comma).is(",")) return null;
        Ment a = firstAgentAfter(comma + 1, OPENING_SUBJECT_WINDOW);
        if (a == null || a.code == null || !a.isNamedPerson()) return null;
        return a;
    }

    /** How many tokens after the opening phrase's comma its subject may start. */
    private static final int OPENING_SUBJECT_WINDOW = 8;

    /** Words of a hosted occasion before its guest: "hosted an official dinner in honour of X". */
    private static final Set<String> HOSTED_OCCASION = Set.of("an", "state", "official", "banquet", "dinner", "lunch", "luncheon",
            "breakfast", "reception", "for", "in", "honour", "honor", "of");

    /** Tokens after a speech verb in which its "in <place>" is looked for: "told a news conference in Tokyo". */
    private static final int SPOKEN_IN_WINDOW = 5;

    /** Words between "said"/"told" and "in Tokyo" that tell the setting of the words, not what was said. */
    private static final Set<String> SPOKEN_SETTING = Set.of("in", "on", "at", "to", "during", "after", "before", "while", "here",
            "there", "a", "an", "the", "his", "her", "their", "this", "reporters", "journalists", "media", "press", "news",
            "conference", "briefing", "interview", "audience", "crowd", "lawmakers", "parliament", "students", "gathering",
            "joint", "televised", "later", "earlier", "also", "separately");

    /**
     * "X said in Tokyo", "X told a news conference in Tokyo", "X spoke to reporters in Tokyo", "Speaking in Tokyo, X said": a
     * speaker abroad is there. Not a written statement ("said in a statement in Geneva" is where an office sits), nor an
     * envoy posted there.
     */
    void spokenIn(int i) {
        if (!t.get(i).is("said", "told", "speaking", "spoke") || inQuote(i)) return;
        Ment place = null;
        for (int q = i + 1; q < Math.min(t.size() - 1, i + SPOKEN_IN_WINDOW); q++) {
            Tok y = t.get(q);
            if (!y.isWord() || y.is("statement", "statements", "letter", "post", "message", "communique") || at[q] != null && at[q].type != Ment.Type.INST) return;
            // "told reporters on Friday in Tokyo", "said at a news conference in Tokyo"; not the reported clause ("said some
            // people in Japan were ...")
            if (at[q] == null && !(SPOKEN_SETTING.contains(y.low) || Lexicon.isTimeWord(y.low) || Lexicon.GATHERINGS.contains(y.low))) return;
            Ment m = at[q + 1];
            if (y.is("in") && m != null && m.s == q + 1 && m.type == Ment.Type.PLACE && !m.orgCode && !m.possessive && m.code != null) { place = m; break; }
        }
        if (place == null) return;
        Ment opening = t.get(i).is("speaking") ? openingSubject(i) : null;
        presentAbroad(i, opening != null ? opening : subjectBefore(i), place);
    }

    /**
     * The named person at a place abroad (by what is said or done there at v): a VISIT, unless the person is of that
     * country, an envoy posted there, or the sentence tells a plan.
     */
    private void presentAbroad(int v, Ment person, Ment place) {
        if (person == null || person.code == null || parley.model.Codes.isOrganization(person.code) || resident(person)
                || person.code.equals(place.code) || !person.isNamedPerson() || modal(v, true)) return;
        RuleExtractor.Cand c = cand(Kind.VISIT, v, 0.5);
        c.actor = party(person);
        c.place = place(place);
        out.add(c);
    }

    /** Ceremonies only a guest is given ("inspected a guard of honour", "laid a wreath"), as one pattern of whole phrases. */
    private static final java.util.regex.Pattern CEREMONY = java.util.regex.Pattern.compile("\\b(?:" + String.join("|",
            Triggers.words(Triggers.CEREMONIES).stream().map(java.util.regex.Pattern::quote).toList()) + ")\\b");
    /** Tokens after the ceremony in which its place is looked for: "laid a wreath at the Tomb of the Unknown Soldier in Hanoi". */
    private static final int CEREMONY_PLACE_WINDOW = 10;

    /** "X inspected a guard of honour in Accra", "X laid a wreath at the memorial in Hanoi": the guest is in that country. */
    void ceremonyAbroad() {
        java.util.regex.Matcher m = CEREMONY.matcher(lowOutside);
        if (!m.find()) return;
        int v = tokAt(m.start()), end = tokAt(m.end() - 1) + 1;
        Ment place = placeIn(end, Math.min(t.size(), end + CEREMONY_PLACE_WINDOW));
        if (place != null && !place.orgCode && place.code != null) presentAbroad(v, subjectBefore(v), place);
    }

    /** Words of the purpose of a stay: "in Suva for talks", "in Brasilia for the two-day BRICS summit". */
    static final Set<String> PURPOSES = Set.of("talks", "visit", "meetings", "meeting", "consultations", "summit", "negotiations",
            "forum", "conference", "assembly");
    /** Tokens from "for"/"on" to the purpose word ("for the two-day BRICS summit"). */
    private static final int PURPOSE_WINDOW = 6;

    /** Verbs of taking part after "to", which tell the purpose of a stay: "in Brussels to attend the summit". */
    static final Set<String> PURPOSE_VERBS = Set.of("attend", "take", "participate", "join", "hold");

    /**
     * "for talks", "on a three-day state visit", "for the two-day BRICS summit", "to attend the summit", "to take part in"
     * right after a place ending at k (or its country in apposition: "in Brussels, Belgium, to attend").
     */
    private boolean purposeAfter(int k) {
        if (k + 2 < t.size() && t.get(k).is(",") && at[k + 1] != null && at[k + 1].s == k + 1 && at[k + 1].type == Ment.Type.PLACE) {
            k = at[k + 1].e;
            if (k < t.size() && t.get(k).is(",")) k++;
        }
        if (k + 1 < t.size() && t.get(k).is("to") && PURPOSE_VERBS.contains(t.get(k + 1).low)) return true;
        for (int q = k; q < Math.min(t.size() - 1, k + 2); q++) {
            if (!t.get(q).is("for", "on")) continue;
            for (int r = q + 1; r < Math.min(t.size(), q + PURPOSE_WINDOW); r++) {
                if (PURPOSES.contains(t.get(r).low)) return true;
                if (!t.get(r).isWord()) return false;
            }
        }
        return false;
    }

    /**
     * "Prime Minister X, in Canberra for talks, said": the purpose word at i of a stay in apposition to a name; in a
     * headline without a verb the stay opens the sentence ("President X in Ghana for state visit").
     */
    void stayFor(int i) {
        if (!PURPOSES.contains(t.get(i).low)) return;
        int f = i - 1;
        while (f > 0 && f > i - PURPOSE_WINDOW && !t.get(f).is("for", "on")) {
            if (!t.get(f).isWord()) return;
            f--;
        }
        if (f <= 0 || !t.get(f).is("for", "on")) return;
        Ment host = at[f - 1];
        if (host == null || host.type != Ment.Type.PLACE || host.orgCode || host.code == null || host.e != f) return;
        int in = host.s - 1;
        if (in < 1 || !t.get(in).is("in")) return;
        Ment actor = t.get(in - 1).is(",") ? (in < 2 ? null : at[in - 2]) : at[in - 1];
        if (actor != null && !t.get(in - 1).is(",") && (actor.e != in || phraseStart(actor) != 0)) return;
        if (actor == null || actor.code == null || actor.possessive || actor.code.equals(host.code)
                || !actor.isNamedPerson()) return;
        if (modal(in, false)) return;
        RuleExtractor.Cand c = cand(Kind.VISIT, i, 0.6);
        c.actor = party(actor);
        c.place = place(host);
        out.add(c);
    }

    /** Words of a span of time between "spent" and its "in": "a day and a half", "three days", "most of the week". */
    private static final Set<String> SPAN_WORDS = Set.of("a", "an", "the", "and", "half", "one", "two", "three", "four", "five", "several",
            "few", "most", "of", "day", "days", "week", "weeks", "night", "nights", "hours", "weekend", "full");
    /** Time nouns, one of which the span must have ("spent money in Fiji" is no stay). */
    private static final Set<String> SPAN_NOUNS = Set.of("day", "days", "week", "weeks", "night", "nights", "hours", "weekend");
    /** At most this many words of the span. */
    private static final int SPAN_WINDOW = 6;

    /** "spent a day and a half in Fiji": the place of the stay after a span of time and "in", else null. */
    private Ment stayIn(int v) {
        boolean noun = false;
        int q = v + 1;
        while (q < t.size() && q <= v + SPAN_WINDOW && SPAN_WORDS.contains(t.get(q).low)) noun |= SPAN_NOUNS.contains(t.get(q++).low);
        if (!noun || q >= t.size() || !t.get(q).is("in")) return null;
        return placeAfter(q + 1, 3);
    }

    /** "was in Paris", "is also in Suva", "is now in Fiji", "was in the Gambia": the index of "in" after the verb at v, else -1. */
    private int beIn(int v) {
        int in = v + 1;
        if (in < t.size() && t.get(in).is("also", "currently", "still", "already", "now")) in++;
        if (in + 1 >= t.size() || !t.get(in).is("in")) return -1;
        if (at[in + 1] != null && at[in + 1].type == Ment.Type.PLACE) return in;
        if (t.get(in + 1).is("the") && in + 2 < t.size() && at[in + 2] != null && at[in + 2].type == Ment.Type.PLACE) return in;
        if (t.get(in + 1).is("the") && in + 3 < t.size() && at[in + 2] != null && at[in + 2].type == Ment.Type.DEMONYM
                && at[in + 2].e < t.size() && CAPITAL_WORDS.contains(t.get(at[in + 2].e).low)) return in;
        return -1;
    }

    /** A titled person the KB cannot place (no country) is the subject right before the verb at v. */
    private boolean unknownHostSubject(int v) {
        int k = v;
        while (k > 0 && (t.get(k - 1).is("also", "today", "yesterday") || Lexicon.isTimeWord(t.get(k - 1).low))) k--;
        Ment m = k > 0 ? at[k - 1] : null;
        return m != null && (m.type == Ment.Type.PERSON || m.type == Ment.Type.ROLE) && m.code == null && !m.possessive && !inPP(m)
                && m.s > 0 && Lexicon.TITLE.contains(t.get(m.s - 1).low);
    }

    /**
     * "The presidents of Kenya, Uganda and Rwanda arrived": the countries of a group subject ending right before the
     * verb at v, as roles (each its own traveller); empty when the verb has no such subject.
     */
    List<Ment> groupSubject(int v) {
        for (int q = Math.max(0, v - 16); q < v - 2; q++) {
            if (!GROUP_HEADS.contains(t.get(q).low) || !t.get(q + 1).is("of", "from")) continue;
            int k = q + 2;
            if (k < v && t.get(k).is("the")) k++;
            Ment first = k < v ? at[k] : null;
            if (first == null || first.type != Ment.Type.PLACE || first.city || first.orgCode || first.s != k) continue;
            List<Ment> places = new java.util.ArrayList<>();
            places.add(first);
            places.addAll(conjuncts(first, false));
            int end = places.get(places.size() - 1).e;
            while (end < v && t.get(end).is("also", "have", "has", "had", "all", "both")) end++;
            if (end != v) continue;
            List<Ment> out = new java.util.ArrayList<>();
            String head = t.get(q).low.endsWith("s") ? t.get(q).low.substring(0, t.get(q).low.length() - 1) : t.get(q).low;
            for (Ment p : places) {
                if (p.type != Ment.Type.PLACE) { out.add(p); continue; }
                Ment r = new Ment(Ment.Type.ROLE, p.s, p.e);
                r.code = p.code;
                r.role = head;
                r.office = Analyzer.office(head, p.code);
                Kb.Office o = r.office == null ? null : kb.holder(p.code, r.office, pub);
                r.name = o != null ? o.name() : kb.countryName(p.code) + " " + head;
                out.add(r);
            }
            return out;
        }
        return new java.util.ArrayList<>();
    }

    /** The persons coordinated before m ("Kenyan President A, Ugandan President B and m"), nearest first. */
    List<Ment> precedingConjuncts(Ment m) {
        List<Ment> out = new java.util.ArrayList<>();
        Ment cur = m;
        while (true) {
            int k = phraseStart(cur) - 1;
            if (k < 1 || !t.get(k).is(",", "and")) break;
            if (t.get(k).is("and") && t.get(k - 1).is(",")) k--;
            int e = k;                                   // the previous conjunct ends right before the separator
            Ment prev = null;
            for (Ment p : ms) if (p.e == e && p.isNamedPerson() && !p.possessive) prev = p;
            if (prev == null || prev.code == null) break;
            out.add(prev);
            cur = prev;
        }
        return out;
    }

    /** "arrived on Thursday evening", "flew in this morning", "arrived at X International Airport": no host named after the verb. */
    boolean venueArrival(int i) {
        if (i + 1 >= t.size()) return true;
        Tok n1 = t.get(i + 1);
        if (n1.is(".", ",", ";", "on", "late", "early", "earlier", "later", "today", "yesterday", "this", "last", "overnight", "shortly", "hours", "ahead")) return true;
        if (n1.is("in") && i + 2 < t.size() && (t.get(i + 2).is("this", "on", "late", "early", "today", "yesterday", ".", ",") || Lexicon.isTimeWord(t.get(i + 2).low))) return true;
        if (n1.is("at") && i + 4 < t.size()) {
            for (int q = i + 2; q < Math.min(t.size(), i + 7); q++) if (t.get(q).is("airport", "airbase", "aerodrome")) return true;
        }
        return false;
    }

    Ment venue() {
        Ment m = new Ment(Ment.Type.PLACE, 0, 0);
        m.code = doc.venueCode;
        m.name = doc.venueCity;
        m.city = doc.venueCity != null;
        return m;
    }

    /** Tokens from "to" to the place of the gathering: "to the Gulf Cooperation Council ministerial meeting in Riyadh". */
    private static final int GATHERING_PLACE_WINDOW = 12;

    /** "the ... ministerial meeting in Riyadh" from k: the place "in" a gathering word names, else null. */
    private Ment gatheringPlace(int k) {
        boolean gathering = false;
        for (int q = k; q < Math.min(t.size() - 1, k + GATHERING_PLACE_WINDOW); q++) {
            if (!t.get(q).isWord() && !t.get(q).is("(", ")", "-")) return null;
            if (GATHERINGS.contains(t.get(q).low)) gathering = true;
            Ment m = at[q + 1];
            if (gathering && t.get(q).is("in") && m != null && m.s == q + 1 && m.type == Ment.Type.PLACE && !m.orgCode && m.code != null) return m;
        }
        return null;
    }

    /** "led a South African delegation to Accra": the position of "to", else -1. */
    int delegationTo(int i) {
        for (int q = i + 1; q < Math.min(t.size() - 1, i + 7); q++) {
            if (t.get(q).is("delegation", "delegations", "mission", "team") && t.get(q + 1).is("to")) return q + 1;
            if (t.get(q).is(".", ",", ";")) return -1;
        }
        return -1;
    }

    static final Set<String> GATHERINGS = Lexicon.GATHERINGS;

    /** Parts of a gathering: "attended the opening ceremony", "the closing session". */
    private static final String[] GATHERING_PARTS = {"opening", "closing", "inaugural", "plenary", "final", "official"};

    /** "attending his last ASEAN summit", "at this week's forum": the gathering the story is about (its venue is known). */
    boolean storysGathering(int i) {
        for (int k = i - 1; k >= Math.max(1, i - 5); k--) {
            Tok x = t.get(k);
            if (x.is("attended", "attending", "attends")) return true;
            if (!(x.is("the", "his", "her", "their", "its", "this", "last", "first", "annual", "week's", "year's", "latest") || x.is(GATHERING_PARTS)
                    || x.cap || x.is("'s", "’s"))) return false;
        }
        return false;
    }

    /** Tokens after a gathering's word its place may follow in: "the summit of the African Union in Addis Ababa". */
    private static final int NEAR_GATHERING = 10;
    /** ...and, after "held in", past a long body's name. */
    private static final int HELD_IN_WINDOW = 18;

    /**
     * "Polish President Andrzej Duda and the presidents of Lithuania, Latvia and Estonia are on their way to Kyiv": the
     * trip under way, one for each traveller of the subject. True when it made them.
     */
    private boolean onTheirWay(int i) {
        if (!t.get(i).is("way") || i < 2 || !t.get(i - 1).is("his", "her", "their") || !t.get(i - 2).is("on")
                || i + 1 >= t.size() || !t.get(i + 1).is("to")) return false;
        Ment host = placeAfter(i + 1, 3);
        if (host == null || host.code == null || host.orgCode || modal(i - 2, true)) return false;
        List<Ment> travellers = new ArrayList<>();
        Ment first = firstSubject(i - 2);
        if (first != null) { travellers.add(first); travellers.addAll(conjuncts(first, false)); }
        boolean any = false;
        for (Ment a : travellers) {
            if (a.code == null || a.code.equals(host.code) || a.type == Ment.Type.PLACE && a.city) continue;
            RuleExtractor.Cand c = cand(Kind.VISIT, i, 0.55);
            c.actor = traveller(a);
            c.place = place(host);
            out.add(c);
            any = true;
        }
        return any;
    }

    /**
     * "received the ambassadors of Russia and China": a meeting with each country's envoy posted there (they do not
     * visit). True when it made them.
     */
    private boolean receivedEnvoysOf(int i, int v, boolean verb) {
        int k = i + 1;
        if (k < t.size() && t.get(k).is("the")) k++;
        if (k + 2 >= t.size() || !t.get(k).is("ambassadors", "envoys", "ambassador") || !t.get(k + 1).is("of", "from")) return false;
        Ment first = at[k + 2];
        if (first == null || first.s != k + 2 || first.type != Ment.Type.PLACE || first.city || first.orgCode || first.code == null) return false;
        Ment subj = subjectBefore(i);
        if (!hostOfEnvoys(subj) || modal(v, verb)) return false;
        List<Ment> countries = new ArrayList<>(List.of(first));
        countries.addAll(conjuncts(first, false));
        List<Party> envoys = new ArrayList<>();
        for (Ment c : countries) if (c.code != null && c.type == Ment.Type.PLACE) envoys.add(new Party(kb.countryName(c.code) + " ambassador", c.code, "ambassador"));
        return envoyMeetings(i, subj, envoys);
    }

    /** A subject that can receive envoys: a named party with a country, not a country itself. */
    private static boolean hostOfEnvoys(Ment subj) {
        return subj != null && subj.code != null && subj.type != Ment.Type.PLACE;
    }

    /** A MEETING of the host with each envoy of another country (envoys posted there meet; they do not visit); whether any. */
    private boolean envoyMeetings(int i, Ment host, List<Party> envoys) {
        boolean any = false;
        for (Party e : envoys) {
            if (e == null || e.country() == null || e.country().equals(host.code)) continue;
            RuleExtractor.Cand c = cand(Kind.MEETING, i, 0.5);
            c.actor = party(host);
            c.counterpart = e;
            out.add(c);
            any = true;
        }
        return any;
    }

    /** The party of a traveller: a country named as the one travelling is its delegation ("Togo delegation"). */
    private Party traveller(Ment m) {
        return m.type == Ment.Type.PLACE ? new Party(kb.countryName(m.code) + " delegation", m.code, null) : party(m);
    }

    /** The sentence's first named party before v, outside any prepositional phrase: the subject a list starts with. */
    private Ment firstSubject(int v) {
        for (Ment m : ms) {
            if (m.s >= v) break;
            if ((m.isNamedPerson() || m.type == Ment.Type.ROLE) && m.code != null && !m.possessive && !inPP(m)) return m;
        }
        return null;
    }

    /** Words for the fellow officials one joins abroad: "joined his counterparts from India and ASEAN in New Delhi". */
    private static final Set<String> PEERS = Set.of("counterparts", "colleagues", "peers", "leaders", "ministers", "heads", "delegates");
    /** Tokens from "joined" to its peers' word, and from there to the place. */
    private static final int PEERS_WINDOW = 4;
    private static final int PEERS_PLACE_WINDOW = 12;

    /** "X joined his counterparts from A and B in New Delhi on Thursday": a trip to where the peers met. */
    private void joinedPeers(int i) {
        int k = i + 1;
        while (k < t.size() && k <= i + PEERS_WINDOW && !PEERS.contains(t.get(k).low)) {
            if (at[k] != null && at[k].type == Ment.Type.PERSON || !t.get(k).isWord()) return;
            k++;
        }
        if (k >= t.size() || !PEERS.contains(t.get(k).low)) return;
        Ment host = null;
        for (int q = k + 1; q < Math.min(t.size(), k + PEERS_PLACE_WINDOW) && !t.get(q).is(",", ";", "."); q++) {
            Ment m = at[q];
            if (m != null && m.type == Ment.Type.PLACE && !m.orgCode && m.s == q && t.get(q - 1).is("in", "at")) { host = m; break; }
        }
        if (host == null || host.code == null) return;
        Ment actor = subjectBefore(i);
        if (actor == null || actor.code == null || actor.code.equals(host.code) || modal(i, false)) return;
        RuleExtractor.Cand c = cand(Kind.VISIT, i, 0.5);
        c.actor = party(actor);
        c.place = place(host);
        out.add(c);
    }

    /** "Speaking at a meeting of CIS security officials in Astana, X argued": attending an event abroad is a visit. */
    void attend(int i) {
        Tok x = t.get(i);
        if (x.is("joined", "joins")) joinedPeers(i);
        if (!GATHERINGS.contains(x.low)) return;
        boolean at0 = false;
        for (int k = Math.max(0, i - 8); k < i; k++)
            if (t.get(k).is("at", "attended", "attending", "attend", "attends", "sidelines", "participated", "participating", "participates", "took", "taken", "takes", "joined", "addressed", "addressing", "during")) at0 = true;
        if (!at0) return;
        Ment host = null;
        for (int q = i + 1; q < Math.min(t.size(), i + HELD_IN_WINDOW); q++) {
            if (t.get(q).is(",", ".", ";")) {
                if (q + 1 < t.size() && at[q + 1] != null && at[q + 1].type == Ment.Type.PLACE && host != null) continue;   // "Tbilisi, Georgia"
                break;
            }
            Ment m = at[q];
            // "the Ministerial Council of the Organization for Security and Cooperation in Europe (OSCE) held in Vienna":
            // past a long body's name only where "held" says the place is the gathering's
            boolean near = q < i + NEAR_GATHERING || q >= 2 && t.get(q - 2).is("held", "hosted", "convened");
            if (near && m != null && m.type == Ment.Type.PLACE && !m.orgCode && m.s == q && t.get(q - 1).is("in", "at")) { host = m; break; }
        }
        // the story's venue only where the sentence names no place of its own ("visited Astana ... to attend the meeting")
        boolean ownPlace = false;
        for (Ment m : ms) if (m.type == Ment.Type.PLACE && !m.orgCode && !m.possessive && m.s < i) ownPlace = true;   // "Haiti's Prime Minister": a nationality
        // else the dateline's: "MEXICO CITY - ... X attended the ceremony" is where the story was filed
        Ment storyPlace = venueOrHome();
        if (host == null && !ownPlace && storyPlace != null && i > 1 && t.get(i - 1).is("the") && t.get(i - 2).is("attended", "attending", "attend", "attends", "joined")) host = storyPlace;
        if (host == null && !ownPlace && storyPlace != null && storysGathering(i)) host = storyPlace;   // "attending his last ASEAN summit"
        if (host == null || host.code == null) return;
        Ment actor = null;
        for (Ment m : ms) {
            if (m.isNamedPerson() && !m.possessive && !inPP(m) && m.code != null) { actor = m; break; }
        }
        if (actor == null || actor.code.equals(host.code)) return;
        if (modal(i, false)) return;
        // "Moscow proposed steps during the council in Brussels, spokeswoman X told reporters": who tells it is not who attended
        if (actor.s > i && actor.e < t.size() && t.get(actor.e).is("said", "told", "says", "tells", "noted", "stated")) return;
        RuleExtractor.Cand c = cand(Kind.VISIT, i, 0.5);
        c.actor = party(actor);
        c.place = place(host);
        out.add(c);
        // "Brazil's Lula, Colombia's Petro and Chile's Boric attended the ceremony": each listed attendee
        for (Ment o : conjuncts(actor, false)) {
            if (o.code == null || o.code.equals(host.code) || !o.isNamedPerson()) continue;
            RuleExtractor.Cand c2 = cand(Kind.VISIT, i, 0.5);
            c2.actor = party(o);
            c2.place = c.place;
            out.add(c2);
        }
    }

    /** Where "here" is: the dateline's country, else the country the story clearly is about (a paper writing at home). */
    private String hereCode() { return doc.home != null ? doc.home : doc.dominant; }

    /** "arrived here", "who is here": the word "here" at q as a place, the country of {@link #hereCode()}. */
    private Ment herePlace(int q) {
        return Ment.country(q, q + 1, hereCode());
    }

    /** The country the story is in: its latest visit's host, else its dateline's, else the one it mostly names; or null. */
    private Ment storyPlace() {
        if (doc.venueCode != null) return venue();
        String code = hereCode();
        return code == null ? null : Ment.country(0, 0, code);
    }

    /** The story's venue, else the dateline's country; null without either. */
    private Ment venueOrHome() {
        return doc.venueCode != null ? venue() : homePlace();
    }

    /** The dateline's country as a place, null without a dateline. */
    private Ment homePlace() {
        return doc.home == null ? null : Ment.country(0, 0, doc.home);
    }

    Dates.Mention dateTokNear(int k) {
        for (int i = 0; i < dates.size(); i++) if (Math.abs(dateTok[i] - k) <= 3) return dates.get(i);
        return null;
    }
}
