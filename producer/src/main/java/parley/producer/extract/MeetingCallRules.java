package parley.producer.extract;

import parley.model.DatePrecision;
import parley.model.Kind;
import parley.model.Party;
import parley.model.Place;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** MEETING and CALL: meet/talks/conversation words, phone and video cues, the pair of parties (each conjunct its own). */
abstract class MeetingCallRules extends VisitRules {

    MeetingCallRules(Kb kb, DocState doc, LocalDate pub, String s, int idx, List<RuleExtractor.Cand> out, java.util.BitSet quoted, int off) {
        super(kb, doc, pub, s, idx, out, quoted, off);
    }
    static final Set<String> MEET = Lexicon.MEET;
    /** The medium of a call, right before the party's "to": "spoke by phone to X". */
    static final Set<String> MEDIUM = Set.of("phone", "telephone", "video", "videoconference", "videolink", "teleconference");
    /** "spoke with X ... by phone": how far after the verb the medium may come (past a named list of counterparts). */
    static final int PHONE_CUE_WINDOW = 16;
    /** "congratulated X on his re-election by telephone": how many words the occasion between object and medium may have. */
    static final int OCCASION_WORDS = 5;
    /** "received a call on Friday from X": how far after the call word its "from" may come. */
    static final int CALL_FROM_WINDOW = 5;
    /** Verbs of getting a call: "received a call from", "took a call from". */
    static final Set<String> GET_CALL = Triggers.words(Triggers.CALL_RECEIVE_VERBS);
    /** Nouns of a meeting held over a meal or as a bilateral: "had a working lunch with", "held a bilateral with". */
    static final Set<String> MEAL_OR_BILATERAL = Set.of("lunch", "luncheon", "dinner", "breakfast", "bilateral", "encounter");
    /** Words that make the talk after them remote: "phone call", "video meeting", "virtual talks". */
    static final Set<String> REMOTE = Set.of("phone", "telephone", "telephonic", "video", "tele-phone", "phone-call", "virtual", "online");
    static final Set<String> CALL_HEAD = Set.of("call", "calls", "conversation", "conversations", "talks", "conference", "chat", "discussion", "discussions", "talk");

    // ------------------------------------------------------------------ MEETING / CALL

    void meetOrCall(int i) {
        if (meetingWasWith(i)) return;
        Tok x = t.get(i);
        Kind kind;
        int v = i;
        int after;
        Ment phoned = phonedObject(i);   // "congratulated X by telephone": X, read once for the branch below
        int withAt = pastFormat(i + 1);  // "talks in a limited format with": where the talks' "with" may stand
        if (MEET.contains(x.low)) {
            // "met on Wednesday with X via videoconference": a meeting held over a line is a call
            kind = x.is("met", "meet", "meets") && remoteInClause(i + 1) ? Kind.CALL : Kind.MEETING;
            after = x.is("met") && i + 1 < t.size() && t.get(i + 1).is(",") ? i + 2 : i + 1;   // "met, on Wednesday, with"
            if (x.is("meeting", "meetings") && i + 1 < t.size() && t.get(i + 1).is("of") ) after = i + 2;
        } else if ((x.is("talks", "negotiations", "consultations")) && (withAt < t.size() && t.get(withAt).is("with", "between")
                || heldBefore(i) || heldAfter(i) > 0)) {   // "Talks were held in Abuja on Tuesday between A and B"
            kind = mediumAt(i + 1) ? Kind.CALL : Kind.MEETING;   // "held talks by phone with"
            after = i + 1;
        } else if (x.is("spoke", "talked", "conferred") && phoneAfter(i + 1) > 0) {
            kind = Kind.CALL;
            after = i + 1;
        } else if (phoned != null) {
            // "congratulated X by telephone", "told X in a phone call": the verb's subject called its object
            Ment subject = subjectBefore(phraseStart(phoned));
            if (subject != null && subject.code != null) meetOrCallPair(x, Kind.CALL, i, subject, phoned);
            return;
        } else if (x.is("call", "calls") && i + 1 < t.size() && t.get(i + 1).is("between")) {
            kind = Kind.CALL;                     // "a call between President X and Chancellor Y": the parties follow
            after = i + 1;
        } else if (x.is("speaking") && i + 1 < t.size() && t.get(i + 1).is("with") && phoneCue() && !inQuote(i)) {
            kind = Kind.CALL;                     // "made phone calls on Monday, speaking with President X and President Y"
            after = i + 1;
        } else if (x.is("joining") && joinedCall(i)) {
            return;
        } else if (i + 1 < t.size() && (REMOTE.contains(x.low) && (CALL_HEAD.contains(t.get(i + 1).low) || t.get(i + 1).is("meeting", "meetings"))
                || x.is("conference") && t.get(i + 1).is("call", "calls"))) {   // "a video meeting", "a conference call"
            kind = Kind.CALL;
            after = i + 2;
        } else if (x.is("phoned", "telephoned", "videoconference", "video-conference", "videocall")) {
            kind = Kind.CALL;
            after = i + 1;
        } else if (x.is("spoke", "talked", "speaks", "talks", "spoken") && i + 2 < t.size() && t.get(i + 1).is("by", "over", "on", "via")
                && (t.get(i + 2).is("phone", "telephone", "video") || i + 3 < t.size() && t.get(i + 3).is("phone", "telephone"))) {
            kind = Kind.CALL;
            after = i + 3;
        } else if (courtesyCallOn(i)) {
            kind = Kind.MEETING;                  // "called on Prime Minister X in Putrajaya": a courtesy call, not an appeal
            after = i + 2;
        } else if (x.is("call", "calls") && receivedBefore(i) && fromWithin(i + 1)) {
            kind = Kind.CALL;                     // "received a call on Friday from her Togolese counterpart"
            after = i + 1;
        } else if (x.is("called") && calledBy(i)) {
            kind = Kind.CALL;                     // "X was called by Y on Monday": Y the caller, read below
            after = i + 1;
        } else if (x.is("call", "calls") && placedBefore(i) && i + 1 < t.size() && t.get(i + 1).is("to")) {
            kind = Kind.CALL;                     // "placed a call to X", "placed a brief call to X"
            after = i + 1;
        } else if (x.is("called", "rang", "calls") && i + 1 < t.size() && (!t.get(i + 1).is("for", "on", "off", "in", "it", "the", "a", "an", "upon")
                    || namedRoleAt(i + 1))   // "called the Prime Minister": a title the document has named
                && calledParty(i + 1) != null) {
            kind = Kind.CALL;
            after = i + 1;
        } else if (x.is("spoke", "talked", "speaks", "spoken") && officialAfterTo(pastAdverb(i + 1))) {
            kind = inPersonCue(i) ? Kind.MEETING : Kind.CALL;   // "spoke to the President of Tanzania": as "spoke with"
            after = pastAdverb(i + 1);
        } else if (x.is("spoke", "talked", "speaks", "spoken") && pastAdverb(i + 1) < t.size() && t.get(pastAdverb(i + 1)).is("with")) {
            // "On Tuesday I spoke with the Prime Minister of Fiji": no place, no occasion: a call; "on the sidelines": a meeting
            kind = inPersonCue(i) ? Kind.MEETING : Kind.CALL;
            after = i + 1;
        } else if (x.is("sat", "sits", "sitting") && i + 2 < t.size() && t.get(i + 1).is("down") && t.get(i + 2).is("with")) {
            kind = Kind.MEETING;                  // "sat down with"
            after = i + 2;
        } else if (x.is("sat") && i + 2 < t.size() && t.get(i + 1).is("down") && t.get(i + 2).is("in", "at", "for", "together", "on")) {
            kind = Kind.MEETING;                  // "A and B sat down in Almaty": the parties are the coordinated subject
            after = i + 2;
        } else if (x.is("discussed", "discusses", "exchanged", "exchanges") && (withWithin(i + 1, 8) || (phoneCue() || pairTogether(i)) && pairSubject(i)
                    || twoLeadersBefore(i) && noTalksYet()) && !inQuote(i)   // "The two foreign ministers discussed bilateral issues"
                && !(i > 0 && t.get(i - 1).is(PASSIVE_AUX))) {   // "issues were discussed, with ..." is no party
            // "discussed bilateral ties with", "... in a call with"
            kind = phoneCue() || wordBetween(i + 1, Math.min(t.size(), i + 9), "call", "calls") ? Kind.CALL : Kind.MEETING;
            after = i + 1;
        } else if (x.is("dialled", "dialed", "dials")) {
            kind = Kind.CALL;                     // "dialled President X"
            after = i + 1;
        } else if (x.is("call", "calls") && i > 0 && t.get(i - 1).is("courtesy") && i + 1 < t.size() && t.get(i + 1).is("on", "upon", "to", "from")) {
            kind = Kind.MEETING;                  // "paid a courtesy call on the prime minister"
            after = i + 2;
        } else if ((x.is("call", "calls", "conversation", "conversations", "chat", "exchange", "tete-a-tete", "tête-à-tête", "discussion", "discussions")
                    || MEAL_OR_BILATERAL.contains(x.low)
                    || x.is("contact", "contacts") && i > 0 && REMOTE.contains(t.get(i - 1).low)) && heldBefore(i)   // "made a phone contact with"
                && (withWithin(i + 1, 3) || topicThenWith(i + 1) || pairSubject(heldAt(i)))) {   // "A and B had a productive call"
            kind = x.is("call", "calls", "contact", "contacts") || phoneCue() ? Kind.CALL : Kind.MEETING;   // "held separate calls with", "had a brief conversation with"
            after = i + 1;
        } else if (x.is("conference") && i > 1 && t.get(i - 1).is("press", "news") && !phoneCue()
                && (withWithin(i + 1, 2) || t.get(i - 2).is("joint"))) {   // "In a joint press conference in Manila, A and B agreed"
            kind = Kind.MEETING;                  // "said at a joint press conference with his German counterpart in Abu Dhabi"
            after = i + 1;
        } else if (x.is("call", "calls") && inACall(i) && withWithin(i + 1, 4)) {
            kind = Kind.CALL;                     // "discussed the tensions in separate calls on Monday with X and Y"
            after = i + 1;
        } else if (x.is("conferred", "confers", "huddled", "huddles") && pastAdverb(i + 1) < t.size() && t.get(pastAdverb(i + 1)).is("with")) {
            kind = phoneCue() ? Kind.CALL : Kind.MEETING;   // "huddled with", "conferred with"; "conferred an award on" has no "with"
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
        // "held talks via video link with X", "a meeting with X by videoconference": a call (the medium in the same clause)
        if (kind == Kind.MEETING && x.is("talks", "meeting", "meetings", "consultations") && phoneAfter(i + 1) > 0
                && !commaBetween(i, phoneAfter(i + 1))) kind = Kind.CALL;
        if (modal(v, kind == Kind.MEETING && x.is("met", "meets", "meet"))) return;
        if (kind == Kind.MEETING && x.is("meeting", "meetings", "talks", "conversation", "conversations") && i > 0
                && t.get(i - 1).is("phone", "telephone", "telephonic", "video", "virtual", "online")) return;   // the CALL rule reads these
        // parties
        groupObject = -1;
        Ment a = null, b = null;
        List<Ment> coSubjects = List.of();   // "A, B and C met D": the subjects before the last, each D's party too
        boolean openingCall = false;   // the parties are the main clause's, after an opening "In a phone call ...,"
        List<Ment> listed = List.of();   // the third and later members of a coordinated subject
        // "between A and B"
        int btw = -1;
        for (int q = Math.max(0, i - 1); q < Math.min(t.size(), i + 4); q++) if (t.get(q).is("between")) btw = q;
        if (btw < 0) btw = heldAfter(after - 1);   // "talks were held ... between": its position, else still -1
        // "..., immediately following his meeting with Y": the possessor holds the talks, not a pair of names around them
        boolean possessed = i > 0 && x.is("meeting", "meetings", "talks", "call", "conversation") && (at[i - 1] != null
                && at[i - 1].type == Ment.Type.PRON && at[i - 1].possessive || t.get(i - 1).is("'s", "’s"));
        List<Ment> pair = possessed ? null : groupOf(Math.max(0, i - 10), Math.min(t.size(), i + 12));
        if (btw >= 0 && t.get(btw).is("among", "amongst")) {   // "talks were held among A, B and C": each with each
            Ment p1 = firstAgentAfter(btw + 1, 10);
            if (p1 == null) return;
            List<Ment> all = new ArrayList<>();
            all.add(p1);
            all.addAll(conjuncts(p1));
            everyPair(x, kind, v, all);
            return;
        }
        if (btw >= 0 && a == null) {
            Ment p1 = firstAgentAfter(btw + 1, 10);
            if (p1 != null) {
                int q = p1.e;
                while (q < t.size() && q < p1.e + 10 && !t.get(q).is("and")) q++;
                Ment p2 = q < t.size() ? firstAgentAfter(q + 1, 10) : null;
                if (p2 != null) { a = p1; b = p2; }
            }
            if (a == null || a.code == null || b == null || b.code == null || a.code.equals(b.code)) {
                // "between the National Leader of the Turkmen People, Chairman of the Halk Maslahaty Gurbanguly
                // Berdimuhamedov, and President of Azerbaijan Ilham Aliyev": past long titles, the two countries
                Ment[] two = betweenCountries(btw + 1);
                if (two != null) { a = two[0]; b = two[1]; }
            }
        }
        List<Ment> objects = pair == null ? null : objectGroup(i, pair);
        if (objects != null) {
            // "The Qatari emir telephoned the presidents of Egypt and Turkey": the subject with each of them, not they with each other
            Set<String> seen = new java.util.HashSet<>();
            Ment subject = subjectBefore(i);
            List<Ment> all = new ArrayList<>(objects);
            all.addAll(conjuncts(objects.get(objects.size() - 1)));   // "..., as well as Saudi Crown Prince X"
            for (Ment o : all) if (o.code != null && seen.add(o.code)) meetOrCallPair(x, kind, v, subject, o);
            return;
        }
        // "The prime ministers of Poland, the Czech Republic and Slovenia spoke to Michel": a group before the verb is its
        // subject, each member with the party after the verb; without one the pair meets itself ("the presidents of A and B met")
        List<Ment> subjects = pair != null && pair.get(pair.size() - 1).e <= i ? pair : null;
        if (subjects != null || pair != null && pair.size() > 2) pair = null;
        if (pair != null) { a = pair.get(0); b = pair.get(1); }
        if (pair == null) {
            List<Ment> opening = openingPair(i);
            if (opening != null) { pair = opening; a = opening.get(0); b = opening.get(1); }
        }
        if (x.is("signed", "inked")) { List<Ment> sp = signingParties(i); a = sp.get(0); b = sp.get(1); pair = sp; }
        if (pair == null && i + 1 < t.size() && (t.get(i + 1).is("between", "of") || i + 2 < t.size() && t.get(i + 2).is("between"))) {
            List<Ment> persons = new ArrayList<>();
            for (int q = i + 1; q < Math.min(t.size(), i + 18); q++) {
                if (t.get(q).is(".", ";")) break;
                Ment m = at[q];
                if (m != null && m.s == q && m.isNamedPerson() && m.code != null && !m.possessive) {
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
        if (a == null && pair == null && (twoLeadersBefore(i) || theyBefore(i) && !x.is("met", "meet"))) {
            // "The two leaders engaged in a telephone conversation on Tuesday": the two the story has just named
            List<Ment> two = twoPersons();
            if (two == null) two = lastTwoOfTheStory(i);
            if (two != null) { meetOrCallPair(x, kind, v, two.get(0), two.get(1)); return; }
        }
        if (a == null && calledBy(i)) {
            b = subjectBefore(i - 1);             // the one called
            a = firstAgentAfter(i + 2, CALLER_WINDOW);
            if (a != null && (a.code == null || a.type == Ment.Type.PLACE)) a = null;
        }
        if (a == null) {
            a = possessed ? possessorBefore(i) : null;
            if (a == null) a = participleSubject(i);
            if (a == null) a = subjectBefore(i);
            if (a == null) a = amongSubject(i);
            if (a == null) {
                Ment cs = countrySubject(i);
                if (cs != null) a = cs;
            }
            if (a == null) a = possessorBefore(i);   // "X's talks with Y in Abuja"
            // "In a phone call with Y on Monday, X said", "During a phone call, X told Y that": the main clause's subject
            // "Speaking at a joint press conference with B in Abu Dhabi, A said": the same for a press conference
            openingCall = a == null && (kind == Kind.CALL || x.is("conference")) && (a = openingSubject(i)) != null;
            int q = after;
            int lim = x.is("talks", "consultations", "negotiations", "meeting", "meetings", "co-chaired", "co-chairs", "conversation", "discussed", "discusses", "exchanged", "exchanges") ? after + 9 : pastAdverb(after) + 3;
            while (q < t.size() && q < lim && !t.get(q).is("with") && !t.get(q).is(".", ";") && !(q > after && at[q] != null && at[q].isAgent())) q++;
            if (!(q < t.size() && t.get(q).is("with"))) q = includingWith(after, q);
            if (q < t.size() && t.get(q).is("with")) b = partyAfter(includedAfter(q + 1), Math.max(PARTY_WINDOW, titleRun(q + 1) + 2));
            else if (kind == Kind.MEETING && after < t.size() && t.get(after).is("to")) b = partyAfter(after + 1, 10);   // "spoke to X on the sidelines"
            else if (x.is("met", "meets", "meet") || kind == Kind.MEETING && x.is("call", "calls", "called")
                    || x.is("meeting") && i > 0 && t.get(i - 1).is("after", "before", "while", "when")) b = partyAfter(after, 8);   // "after meeting X"
            else if (x.is("dialled", "dialed", "dials")) b = firstAgentAfter(after, 6);
            else if (x.is("called", "rang", "calls")) b = calledParty(i + 1);
            else if (kind == Kind.CALL) {
                // "spoke by telephone to X", "... on Sunday to X"
                for (int r = after; r < Math.min(t.size(), after + 10); r++) if (t.get(r).is("with", "from") || t.get(r).is("to") && (r == after || MEDIUM.contains(t.get(r - 1).low)
                        || (Lexicon.isTimeWord(t.get(r - 1).low) || t.get(r - 1).is("yesterday", "today")) && !infinitive(r))) {
                    b = partyAfter(r + 1, Math.max(PARTY_WINDOW, titleRun(r + 1) + 2));
                    break;
                }
                if (b == null && x.is("phoned", "telephoned")) b = firstAgentAfter(i + 1, 6);
                if (b == null) b = calleeAfterAside(i, a);
                if (b == null) {
                    // "X received a phone call from Y" where "from" precedes the call words
                    for (int r = Math.max(0, i - 2); r < i; r++) if (t.get(r).is("from")) b = firstAgentAfter(r + 1, 6);
                }
            }
            if (a == null && b != null && kind == Kind.CALL) a = openingSubject(i, b);   // "In a phone call with B on Friday, A pledged support"
            // "A and B met on the margins of the UN General Assembly", "A and B met in Qatar": a body after a preposition is
            // the occasion, a country right after "in" the venue, not the party
            if (occasion(x, b, after) && coordinatedSubject(a) != null) b = null;
            // "A and B met"
            if (b == null && coordinatedSubject(a) != null) {
                // "A, B and C had a phone call": the first with each of the others
                List<Ment> chain = coordinatedSubjects(a);
                a = chain.get(0);
                b = chain.get(1);
                listed = chain.subList(2, chain.size());
            }
            // "A and B met C": A met C as well ("A and B met earlier, when B's president ..." names no third party)
            else if (a != null && a.code != null && b != null && b.s > i && b.code != null && !b.code.equals(a.code) && !commaBetween(i, appositiveStart(b))
                    && coordinatedSubject(a) != null) {
                List<Ment> chain = coordinatedSubjects(a);
                coSubjects = chain.subList(0, chain.size() - 1);
            }
        }
        if (openingCall && b == null) b = objectAfter(a);
        if (groupObject >= 0 && a != null && a.code != null) rememberGroupTalk(kind, v, a, placeIn(0, t.size()));
        b = namedAfterCounterparts(b);
        if (subjects != null) {
            // "The Polish and Russian foreign ministers met on the sidelines of the UN General Assembly": they met each other
            boolean outside = b != null && b.s > i && b.code != null && !occasion(x, b, after);
            for (Ment g : subjects) if (outside && b.code.equals(g.code)) outside = false;
            if (outside) {
                for (Ment g : subjects) meetOrCallPair(x, kind, v, g, b);
                return;
            }
            if (subjects.size() > 2) {   // "the presidents of A, B and C met": each with each
                everyPair(x, kind, v, subjects);
                return;
            }
            a = subjects.get(0);
            b = subjects.get(1);
            pair = subjects;
        }
        if (a == null || b == null || a.code == null) return;
        // "The President spoke with President X and, separately, with Y": a bare title read as its own counterpart X is a
        // subject not known, not X, and so no party of the others either
        if (a.type == Ment.Type.ROLE && a.name != null && a.name.equals(b.name)) return;
        List<Ment> others = new ArrayList<>();
        others.add(b);
        others.addAll(listed);
        if (pair == null && btw < 0) others.addAll(conjuncts(b));
        Set<String> done = new java.util.HashSet<>();
        for (Ment o : others) {
            if (o.code == null || !done.add(o.code)) continue;
            int n0 = out.size();
            meetOrCallPair(x, kind, v, a, o);
            if (o != b) ownDay(o, n0);
        }
        for (Ment co : coSubjects) if (co.code != null && !co.code.equals(a.code)) meetOrCallPair(x, kind, v, co, b);
        // "A, B and C met": B and C met each other too, not only A
        if (!listed.isEmpty()) {
            List<Ment> rest = new ArrayList<>();
            rest.add(b);
            rest.addAll(listed);
            everyPair(x, kind, v, rest);
        }
    }

    /** Each two of the parties of different countries, once per pair of countries. */
    private void everyPair(Tok x, Kind kind, int v, List<Ment> parties) {
        Set<String> done = new java.util.HashSet<>();
        for (int p = 0; p < parties.size(); p++)
            for (int q = p + 1; q < parties.size(); q++) {
                Ment m1 = parties.get(p), m2 = parties.get(q);
                if (m1.code == null || m2.code == null || m1.code.equals(m2.code)) continue;
                if (done.add(m1.code.compareTo(m2.code) < 0 ? m1.code + m2.code : m2.code + m1.code)) meetOrCallPair(x, kind, v, m1, m2);
            }
    }

    /**
     * "Among the leaders he met were A and B": the subject of the relative clause right before the verb at i of a sentence
     * opening with "Among" (the list after "were" its parties); else null.
     */
    private Ment amongSubject(int i) {
        if (i < 2 || !t.get(0).is("among") || i + 1 >= t.size() || !t.get(i + 1).is("were", "was", "included")) return null;
        Ment m = at[i - 1];
        return m != null && m.e == i && !m.possessive && m.code != null && (m.type == Ment.Type.PRON || m.isNamedPerson()) ? m : null;
    }

    /** Where the party after a meeting or call word is a group naming no one ("with Nordic leaders"), else -1. */
    private int groupObject = -1;

    /**
     * The party after k: the first of a list a group phrase introduces ("with leaders, including A"), else the first
     * agent; a group naming no one is remembered in groupObject.
     */
    private Ment partyAfter(int k, int max) {
        Ment listed = listAfterGroup(k);
        if (listed != null) return listed;
        int h = groupHead(k);
        // "ministers of the Kyrgyz Republic and Tajikistan": the group's countries are the parties
        if (h < 0 || h + 1 < t.size() && t.get(h + 1).is("of", "from")) return firstAgentAfter(k, max);
        groupObject = k;
        return firstAgentAfter(k, h + 1 - k);   // "with European leaders": the demonym's side; no party after the group
    }

    /** Nouns for the members of a group talk: "The leaders included", "Participants included", "Among the callers were". */
    static final Set<String> MEMBER_NOUNS = Set.of("leaders", "participants", "callers", "attendees", "those", "these", "they", "them",
            "others", "heads", "ministers", "presidents", "counterparts", "guests");
    /** Verbs that open their list: "included", "were". */
    static final Set<String> MEMBER_VERBS = Set.of("included", "include", "includes", "were", "are");
    /** How many words before its verb the subject naming the members may have: "Among the other callers were". */
    static final int MEMBER_SUBJECT_WINDOW = 6;

    /**
     * "Scholz held a video call with Nordic leaders. The leaders included A, B and C.": a sentence right after a talk with
     * a group that opens by naming its members; each member is a party of that talk (its day and place).
     */
    void groupMembers() {
        RuleExtractor.Cand g = doc.groupTalk;
        if (g == null || g.sentence != idx - 1) return;
        int v = -1;
        boolean noun = false;
        for (int q = 0; q < Math.min(t.size(), MEMBER_SUBJECT_WINDOW) && v < 0; q++) {
            if (at[q] != null || !t.get(q).isWord() || inQuote(q)) return;
            if (MEMBER_VERBS.contains(t.get(q).low)) v = q;
            else noun |= MEMBER_NOUNS.contains(t.get(q).low);
        }
        Ment first = v > 0 && noun ? listStart(v + 1) : null;
        if (first == null) return;
        List<Ment> members = new ArrayList<>();
        members.add(first);
        members.addAll(conjuncts(first, false));
        for (Ment m : members) {
            if (m.code == null || m.code.equals(g.actor.country())) continue;
            String host = g.place == null ? null : g.place.country();
            // a meeting in one party's country is the other's visit there
            Kind kind = m.code.equals(host) || g.actor.country().equals(host) ? Kind.VISIT : g.kind;
            RuleExtractor.Cand c = cand(kind, v, g.confidence);
            c.dateOf(g);
            boolean guest = kind == Kind.VISIT && g.actor.country().equals(host);
            c.actor = guest ? party(m) : g.actor;
            c.counterpart = guest ? g.actor : party(m);
            c.place = g.place;
            out.add(c);
        }
    }

    /** "... and with B on Tuesday": the day right after a listed party is its own; the events added since n0 take it. */
    private void ownDay(Ment o, int n0) {
        for (int i = 0; i < dates.size(); i++) {
            if (dateTok[i] != o.e && !(dateTok[i] == o.e + 1 && t.get(o.e).is("on"))) continue;
            Dates.Mention d = dates.get(i);
            for (int k = n0; k < out.size(); k++) {
                out.get(k).date = d.date();
                out.get(k).precision = d.precision();
                out.get(k).rank = d.rank();
            }
        }
    }

    /** "Joining X on the call were A, B and C": the call's host, then how far its "were" may come. */
    static final int JOINED_CALL_WINDOW = 6;

    /**
     * "Joining President X on the call were A, B and C": a CALL of the host X with each party listed after "were"
     * (a multi-party video or phone call told from its host's side); false when the sentence is not so built.
     */
    boolean joinedCall(int i) {
        Ment host = i + 1 < t.size() ? at[i + 1] : null;
        if (host == null || host.s != i + 1 || !host.isNamedPerson() || host.code == null || host.e + 2 >= t.size()
                || !t.get(host.e).is("on", "in") || inQuote(i)) return false;
        int w = -1;
        boolean call = false;
        for (int q = host.e; q < Math.min(t.size(), host.e + JOINED_CALL_WINDOW); q++) {
            if (t.get(q).is("call", "conference", "videoconference", "teleconference")) call = true;
            if (t.get(q).is("were", "was")) { w = q; break; }
        }
        if (!call || w < 0) return false;
        // the list runs to the sentence's end: "A of Canada, B, ... and C"
        boolean any = false;
        for (Ment o : ms) {
            if (o.s <= w || o.code == null || !o.isNamedPerson() || o.possessive) continue;
            meetOrCallPair(t.get(i), Kind.CALL, i, host, o);
            any = true;
        }
        return any;
    }

    /** Tokens after "counterparts," in which the first of the named counterparts must start. */
    private static final int COUNTERPARTS_NAMED_WINDOW = 6;

    /**
     * "with Tsahkna's counterparts, Latvian Foreign Minister A and Lithuanian Foreign Minister B": the counterparts named after
     * the possessor are the parties (the list goes on from the first); else m.
     */
    Ment namedAfterCounterparts(Ment m) {
        if (m == null || m.type == Ment.Type.PRON) return m;
        int k = m.e;
        if (k < t.size() && t.get(k).is("'s", "’s")) k++;
        if (k + 1 >= t.size() || !t.get(k).is("counterparts") || !t.get(k + 1).is(",")) return m;
        Ment n = firstAgentAfter(k + 2, COUNTERPARTS_NAMED_WINDOW);
        return n != null && n.code != null && n.type != Ment.Type.PRON ? n : m;
    }

    /** Whether a comma stands between tokens from and to: the clause ends before to. */
    boolean commaBetween(int from, int to) { return wordBetween(from, to, ","); }

    /** "A and B met": the party A joined to the subject b by "and", else null. */
    Ment coordinatedSubject(Ment b) {
        return b == null ? null : conjunctBefore(b, "and");
    }

    /** The agent joined to b by the separator sep right before b's phrase (its title in apposition included), else null. */
    private Ment conjunctBefore(Ment b, String sep) {
        int ps = appositiveStart(b);
        if (ps <= 0 || !t.get(ps - 1).is(sep)) return null;   // (not b.s > 1: -1 when titles open the sentence)
        for (int j = ms.size() - 1; j >= 0; j--) {
            Ment m = ms.get(j);
            if (m.e <= ps - 1 && m.isAgent() && !m.possessive) return m;
        }
        return null;
    }

    /** "A, B and C": the whole coordinated subject ending with c, in order (at least two members: c and the one before "and"). */
    List<Ment> coordinatedSubjects(Ment c) {
        List<Ment> out = new ArrayList<>();
        out.add(c);
        Ment m = coordinatedSubject(c);
        while (m != null && out.size() <= MAX_LIST) {
            out.add(0, m);
            m = conjunctBefore(m, ",");
            // only a person or a role right before the comma: "In Tokyo, A and B" starts with the place of the talk
            if (m != null && !(m.e == appositiveStart(out.get(0)) - 1 && (m.type == Ment.Type.PERSON || m.type == Ment.Type.ROLE))) m = null;
        }
        // a longer list opens its clause: "Speaking with Macron, Scholz and Sanchez met" is no list of three
        while (out.size() > 2 && !opensClause(appositiveStart(out.get(0)))) out.remove(0);
        return out;
    }

    /** Whether the phrase at k starts the sentence or follows an opening phrase without a party ("On Tuesday, ..."). */
    private boolean opensClause(int k) {
        if (k == 0) return true;
        if (!t.get(k - 1).is(",")) return false;
        for (int q = 0; q < k - 1; q++) if (at[q] != null && at[q].isAgent() || Lexicon.SPEECH.contains(t.get(q).low)) return false;
        return true;
    }

    /** At most this many members of a coordinated subject are read: longer runs are enumerations, not parties of one talk. */
    private static final int MAX_LIST = 6;

    /**
     * Where m's phrase starts, a title in apposition before it included: "and the Prime Minister of the United Kingdom,
     * Rishi Sunak" starts at "the"; else phraseStart(m).
     */
    int appositiveStart(Ment m) {
        int ps = phraseStart(m);
        // "the Prime Minister of the United Kingdom, Rishi Sunak", "Prime Minister of Sweden Magdalena Andersson"
        boolean ofCountry = ps >= 1 && at[ps - 1] != null && at[ps - 1].type == Ment.Type.PLACE && !at[ps - 1].city;
        if (ps < 2 || !t.get(ps - 1).is(",") && !ofCountry) return ps;
        int j = ofCountry ? ps - 1 : ps - 2;
        boolean title = false;
        while (j >= 0 && (Lexicon.TITLE.contains(t.get(j).low) || t.get(j).is("the", "of")
                || at[j] != null && (at[j].type == Ment.Type.PLACE && !at[j].city || at[j].type == Ment.Type.DEMONYM))) {
            title |= Lexicon.TITLE.contains(t.get(j).low);
            j = at[j] != null ? at[j].s - 1 : j - 1;
        }
        return title && (j < 0 || t.get(j).is("and", "with", "to", ",")) ? j + 1 : ps;
    }

    /**
     * "One of the meetings was with the president of Argentina X", "Another meeting was with Chilean President Y": the
     * meetings of the story's subject (the person the last sentences were about), one per person named after "with".
     * True when it made them.
     */
    private boolean meetingWasWith(int i) {
        Tok x = t.get(i);
        if (!x.is("meeting", "meetings", "talks") || i + 2 >= t.size() || !t.get(i + 1).is("was", "were") || !t.get(i + 2).is("with")) return false;
        for (int k = 0; k < i; k++) if (at[k] != null && at[k].isAgent() || !t.get(k).isWord()) return false;   // the sentence's own subject
        // "Another meeting was with Y" after "One of the meetings was with X": the same person's meetings
        DocState.Person who = doc.meetingsOf != null && doc.meetingsOfSentence >= idx - MEETINGS_OF_REACH ? doc.meetingsOf : doc.lastSubject;
        if (who == null || who.country == null || modal(i, true)) return false;
        doc.meetingsOf = who;
        doc.meetingsOfSentence = idx;
        Ment b = firstAgentAfter(i + 3, NAME_AFTER_WITH_WINDOW);
        if (b == null || !b.isNamedPerson() || b.code == null || b.code.equals(who.country)) return false;
        Party host = new Party(who.name, who.country, who.role);
        List<Ment> all = new java.util.ArrayList<>(List.of(b));
        all.addAll(conjuncts(b));
        // where: the story's venue only (a place in a clause about the one met, "who confirmed X's trip to Buenos Aires", is not it)
        boolean atHome = who.country.equals(doc.venueCode);
        for (Ment c : all) {
            if (c.code == null || c.code.equals(who.country)) continue;
            RuleExtractor.Cand e = cand(atHome ? Kind.VISIT : Kind.MEETING, i, pairConfidence(Kind.MEETING));
            e.actor = atHome ? party(c) : host;
            e.counterpart = atHome ? host : party(c);
            if (atHome) e.place = new Place(doc.venueCity, who.country);
            out.add(e);
        }
        return true;
    }

    /** Sentences over which "Another meeting was with" goes on with the same person's meetings. */
    private static final int MEETINGS_OF_REACH = 3;

    /** Tokens after "was with" in which the one met may be named: "with the president of Argentina Alberto Fernández". */
    private static final int NAME_AFTER_WITH_WINDOW = 8;

    /** One MEETING or CALL (or the VISIT a meeting in one party's country is) between a and b. */
    void meetOrCallPair(Tok x, Kind kind, int v, Ment a, Ment b) {
        if (b == null || b.code == null || a.code.equals(b.code)) return;
        if (a.type == Ment.Type.PLACE && b.type == Ment.Type.PLACE) return;       // "talks between A and B": a process, not a meeting
        int i = v;
        if (x.is("talks", "negotiations", "consultations") && kind == Kind.MEETING
                && !(i > 0 && t.get(i - 1).is("held", "hold", "holds", "holding", "had", "conducted", "bilateral"))
                && (a.type == Ment.Type.PLACE || b.type == Ment.Type.PLACE)) return;
        if (b.type == Ment.Type.ROLE && "counterpart".equals(b.office) && b.name == null) {
            Kb.Office o = a.office == null ? null : kb.holder(b.code, a.office, pub);
            b.name = o != null ? o.name() : kb.countryName(b.code) + " counterpart";
        }
        RuleExtractor.Cand c = cand(kind, v, pairConfidence(kind));
        c.actor = party(a);
        c.counterpart = party(b);
        if (kind == Kind.MEETING && (resident(a) || resident(b))) {
            // an ambassador's meeting with the officials of the country he is posted to: a meeting there, no one's visit
            out.add(c);
            return;
        }
        if (kind == Kind.MEETING) {
            // the place phrase after the meeting word binds to it: "was received in Prague ..., and met Scholz in Berlin"
            int clauseEnd = v + 1;
            while (clauseEnd < t.size() && !t.get(clauseEnd).is(",", ";", "where", "and", "while", "before", "after", "then")) clauseEnd++;
            Ment p = placeIn(v + 1, clauseEnd);
            if (p == null) p = whereAntecedent(v);
            // "met X of France and agreed to make the 2024 Paris Olympics a success": a place in a coordinated verb
            // phrase after the meeting's clause is not where it was
            boolean nextVerb = clauseEnd + 1 < t.size() && t.get(clauseEnd).is("and") && at[clauseEnd + 1] == null
                    && !t.get(clauseEnd + 1).cap && t.get(clauseEnd + 1).low.endsWith("ed");
            if (p == null) p = placeIn(0, nextVerb ? clauseEnd : t.size());
            // not inside a relative clause about something else ("..., during which they reviewed projects in Fiji")
            if (p != null && p.s >= clauseEnd && relativeBetween(v, p.s)) p = placeIn(0, v);
            // "A paid a courtesy call on B" / "B received a courtesy call from A": protocol for a visitor calling on a
            // host at home, so the caller's visit to the host's country (unless the text puts it elsewhere)
            int cc = v;
            String story = doc.venueCode != null ? doc.venueCode : doc.sidelinesNoPlace ? null : doc.home;
            if ((x.is("call", "calls") && cc > 0 && t.get(cc - 1).is("courtesy") || courtesyCallOn(cc)) && cc + 1 < t.size()
                    && a.type != Ment.Type.PLACE && b.type != Ment.Type.PLACE) {
                boolean from = t.get(cc + 1).is("from");
                Ment guest = from ? b : a, host = from ? a : b;
                // where the call was: its own clause or before it, not a topic after it ("... discussed the war in Ukraine")
                Ment pc = placeIn(v + 1, clauseEnd);
                if (pc == null) pc = placeIn(0, v);
                // "the minister called on the visiting president" in a story told in the minister's own country: a
                // meeting at home, read below with the story's place
                boolean callerAtHome = pc == null && guest.code != null && guest.code.equals(story);
                if (!callerAtHome && (pc == null || pc.code.equals(host.code))) {
                    RuleExtractor.Cand vc = cand(Kind.VISIT, v, 0.65);
                    vc.actor = party(guest);
                    vc.counterpart = party(host);
                    vc.place = pc != null ? place(pc) : new Place(null, host.code);
                    out.add(vc);
                    return;
                }
            }
            boolean summit = SUMMIT_CUE.matcher(lowOutside).find();
            if (p == null && story != null && (story.equals(a.code) || story.equals(b.code)) && !summit && !namesAPlace()) {
                // "BEIJING, May 7 (Xinhua) -- Xi held talks with X", "X arrived in Abuja ... He met Tinubu": a meeting told
                // where the story is, in one party's country, is there
                p = Ment.country(0, 0, story);
            }
            if (p == null) {
                // "met visiting X": the visitor is in the other party's country
                boolean bVisiting = visitingBefore(b) || hostNamed(a), aVisiting = visitingBefore(a) || hostNamed(b);
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
                if (vc.actor.name() != null && vc.actor.name().startsWith("Government of")) {
                    // "met his counterparts from Mali, Niger and Chad in Marrakech": each counterpart came; a bare country
                    // as the guest ("talks with Mali in Rabat") stays no event
                    Ment guest = aHost ? b : a;
                    if (!counterpartsBefore(guest)) return;
                    vc.actor = new Party(kb.countryName(guest.code) + " counterpart", guest.code, null);
                }
                out.add(vc);
                return;
            }
            c.place = place(p);
        }
        out.add(c);
    }

    /**
     * "met on the margins of the UN General Assembly", "met in Qatar": after "met" and a preposition, a body is the
     * occasion and a country right after "in"/"at" the venue, not the other party.
     */
    private boolean occasion(Tok x, Ment b, int after) {
        return b != null && x.is("met", "meet") && b.type != Ment.Type.PERSON && after < t.size() && t.get(after).is("on", "at", "in", "during")
                && (parley.model.Codes.isOrganization(b.code) || b.type == Ment.Type.PLACE && b.s > 0 && t.get(b.s - 1).is("in", "at"));
    }

    /**
     * A "which" between tokens from and to: the clause after it tells of something else ("during which they reviewed ...");
     * a "who" clause often tells where the party is ("X, who arrived in Suva on Monday"), so it does not count.
     */
    private boolean relativeBetween(int from, int to) { return wordBetween(from, to, "which"); }

    /** A place in a list after "his counterparts from/of": "counterparts from Japan, Canada and Mexico". */
    boolean counterpartsBefore(Ment m) {
        for (int q = m.s - 1; q >= Math.max(0, m.s - 14); q--) {
            Tok x = t.get(q);
            if (x.is("counterparts", "counterpart") && q + 1 < t.size() && t.get(q + 1).is("from", "of", "in")) return true;
            if (at[q] != null && at[q].type == Ment.Type.PLACE && !at[q].city) { q = at[q].s; continue; }
            if (!x.is(",", "and", "from", "of", "the", "in")) return false;
        }
        return false;
    }

    /** "they signed in Moscow ... Presidents A and B", "A and B signed", "A signed ... with B": two leaders of two countries. */
    List<Ment> signingParties(int i) {
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

    boolean theyBefore(int i) {
        for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
            if (t.get(k).is("they", "both")) return true;
            if (!t.get(k).is("had", "have", "first", "last", "again", "already", "once", "previously", "then")) return false;
        }
        return false;
    }

    /** How many words "the two leaders" may have between its article and its verb's trigger ("also held a phone call"). */
    static final int TWO_LEADERS_WINDOW = 8;

    /**
     * No visit, meeting or call read in the story so far: "The two foreign ministers discussed ..." then tells the talks
     * themselves; after one, it tells what was said at it (or at a call, a visit, a summit of many).
     */
    private boolean noTalksYet() {
        for (RuleExtractor.Cand c : out) if (c.kind != Kind.STATEMENT) return false;
        return true;
    }

    /** "The two leaders (also) held talks", "Both presidents spoke by phone": a subject naming two parties by a plural title. */
    private boolean twoLeadersBefore(int i) {
        for (int k = i - 1; k >= Math.max(1, i - TWO_LEADERS_WINDOW); k--) {
            if (!t.get(k).isWord() || inQuote(k)) return false;
            if (!(Lexicon.TITLE.contains(t.get(k).low) || t.get(k).low.endsWith("s") && Lexicon.TITLE.contains(t.get(k).low.substring(0, t.get(k).low.length() - 1))))
                continue;
            int d = k - 1;
            while (d > 0 && Lexicon.TITLE.contains(t.get(d).low)) d--;   // "the two foreign ministers"
            boolean plural = t.get(k).low.endsWith("s");
            return plural && (t.get(d).is("both") || t.get(d).is("two") && d > 0 && t.get(d - 1).is("the"));
        }
        return false;
    }

    /** The two persons of different countries the story named last before this sentence, the latest first; else null. */
    private List<Ment> lastTwoOfTheStory(int i) {
        List<DocState.Person> named = doc.persons.stream()
                .filter(p -> p.country != null && p.role != null && p.lastSeen < doc.sentence)
                .sorted(java.util.Comparator.comparingInt((DocState.Person p) -> p.lastSeen).reversed()).toList();   // stable: ties keep their order
        if (named.isEmpty()) return null;
        DocState.Person first = named.get(0);
        DocState.Person second = named.stream().filter(p -> !p.country.equals(first.country)).findFirst().orElse(null);
        if (second == null) return null;
        List<Ment> two = new ArrayList<>();
        for (DocState.Person p : List.of(second, first)) {
            Ment m = new Ment(Ment.Type.PERSON, i, i);
            m.name = p.name;
            m.code = p.country;
            m.role = p.role;
            two.add(m);
        }
        return two;
    }

    /** The first two named persons of different countries in the sentence (outside quotes). */
    List<Ment> twoPersons() {
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

    /** Tokens from a subject's end to its object's start: the verb and an adverb ("X told Y", "X warmly thanked Y"). */
    static final int OBJECT_WINDOW = 3;

    /** "X told Y", "X thanked President Y": the named person right after the verb after a, not in a prepositional phrase; else null. */
    Ment objectAfter(Ment a) {
        Ment m = firstAgentAfter(a.e + 1, OBJECT_WINDOW + 2);
        if (m == null || !m.isNamedPerson() || m.possessive || inPP(m) || m.code == null) return null;
        for (int q = a.e; q < phraseStart(m); q++) if (!t.get(q).isWord() || PREP.contains(t.get(q).low)) return null;
        return phraseStart(m) - a.e <= OBJECT_WINDOW ? m : null;
    }

    /** Tokens after "was called by" in which the caller may start: "by Ugandan President Yoweri Museveni". */
    static final int CALLER_WINDOW = 6;

    /** "X was called by Y", "was phoned by", "was telephoned by": a passive call at i, its caller after "by". */
    boolean calledBy(int i) {
        return t.get(i).is("called", "phoned", "telephoned") && i > 0 && t.get(i - 1).is(PASSIVE_AUX) && i + 1 < t.size() && t.get(i + 1).is("by");
    }

    /** Verbs of placing a call, right before the call word past an article and adjectives ("made a call to X" is often an appeal). */
    static final Set<String> PLACE_CALL = Set.of("placed", "places");

    /** "placed a call", "placed a brief call": a verb of placing it right before the call word at i. */
    boolean placedBefore(int i) {
        for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
            if (PLACE_CALL.contains(t.get(k).low)) return true;
            if (!t.get(k).isWord() || at[k] != null) return false;
        }
        return false;
    }

    /** Words that open a participle phrase whose subject is the main clause's: "after holding a phone call with". */
    static final Set<String> PARTICIPLE_OPENERS = Set.of("after", "before", "while", "following");
    /** Tokens from the participle to the trigger: "after holding a brief phone conversation". */
    static final int PARTICIPLE_WINDOW = 5;

    /**
     * "Macron called Zelensky after holding a phone call with Putin", "X called Y after meeting Z": the trigger at i in a
     * participle phrase, whose subject is the main clause's first named person (not the object before the phrase); else null.
     */
    Ment participleSubject(int i) {
        int ing = -1;
        for (int k = i; k >= Math.max(1, i - PARTICIPLE_WINDOW); k--) {
            if (t.get(k).low.endsWith("ing") && PARTICIPLE_OPENERS.contains(t.get(k - 1).low)) { ing = k - 1; break; }
            if (!t.get(k).isWord() || at[k] != null) return null;
        }
        if (ing < 0) return null;
        for (Ment m : ms) {
            if (m.s >= ing) break;
            if (m.isNamedPerson() && !m.possessive && !inPP(m) && m.code != null) return m;
        }
        return null;
    }

    /** The person right after "called" ("Blinken called me", "Macron called President Tebboune", "called up X"), else null. */
    Ment calledParty(int k) {
        if (k < t.size() && t.get(k).is("up")) k++;
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

    /** "the Prime Minister" at k, a role phrase the document resolved to a named person. */
    private boolean namedRoleAt(int k) {
        return t.get(k).is("the") && at[k] != null && at[k].s == k && at[k].type == Ment.Type.ROLE && at[k].name != null && at[k].code != null;
    }

    /** "A and B discussed Gaza by phone": the subject right before the verb is the second of two parties joined by "and". */
    boolean pairSubject(int i) {
        Ment b = subjectBefore(i);
        int end = parentheticalStart(i);
        // "A and his Egyptian counterpart, B, have discussed": past the comma that closes B's apposition
        if (b != null && b.e + 1 < end && t.get(b.e).is(",") && t.get(end - 1).is("have", "has", "had", "also", "then")) end--;
        if (b != null && b.e + 1 == end && t.get(b.e).is(",")) end = b.e;
        if (b == null || b.e != end && !(b.e + 1 == end && t.get(b.e).is("also", "have", "had", "then"))) return false;
        int ps = phraseStart(b);
        // "A and his Egyptian counterpart, B,": the role B is in apposition to
        if (ps > 2 && t.get(ps - 1).is(",") && at[ps - 2] != null && at[ps - 2].type == Ment.Type.ROLE && b.code != null
                && b.code.equals(at[ps - 2].code)) ps = phraseStart(at[ps - 2]);
        if (ps < 2 || !t.get(ps - 1).is("and")) return false;
        Ment a = at[ps - 2];
        return a != null && a.isAgent() && a.code != null && !a.code.equals(b.code);
    }

    /** How many tokens a phrase set off by commas between a subject and its verb may have: ", in Rabat on Thursday,". */
    static final int PARENTHETICAL_WORDS = 8;

    /** "A and B, in Rabat on Thursday, discussed": the first comma of a phrase without a party right before i, else i. */
    int parentheticalStart(int i) {
        if (i < 2 || !t.get(i - 1).is(",")) return i;
        for (int k = i - 2; k >= Math.max(0, i - 2 - PARENTHETICAL_WORDS); k--) {
            if (t.get(k).is(",")) return k;
            if (at[k] != null && at[k].isAgent() || t.get(k).is(".", ";", "and")) return i;
        }
        return i;
    }

    /**
     * "A and B, in Rabat on Thursday, discussed ties", "A and B discussed Gaza on the sidelines of": a pair subject discussing
     * in one place. A place after the verb is not enough ("discussed investment in Kenya" is a topic).
     */
    private boolean pairTogether(int i) {
        return pairSubject(i) && (placeIn(parentheticalStart(i), i) != null || lowOutside.contains("sidelines of") || lowOutside.contains("margins of"));
    }

    /** How far after a meeting noun its ", including with" may come: past an occasion, a place and a day. */
    static final int INCLUDING_WITH_WINDOW = 16;

    /**
     * "held a series of bilateral meetings on the sidelines of the summit on Monday, including with X": the "with" of the
     * list of parties after the occasion, else miss (the position where the nearer search stopped).
     */
    private int includingWith(int after, int miss) {
        for (int q = after; q + 2 < Math.min(t.size(), after + INCLUDING_WITH_WINDOW); q++) {
            // a body may name the occasion ("the UN General Assembly"); a person would be another party
            if (t.get(q).is(".", ";") || at[q] != null && at[q].type == Ment.Type.PERSON) return miss;
            if (t.get(q).is(",") && t.get(q + 1).is("including", "notably", "among", "mainly") && t.get(q + 2).is("with")) return q + 2;
        }
        return miss;
    }

    /** How far after "with" its party is looked for. */
    static final int PARTY_WINDOW = 10;
    /** The longest official title read before a party's name ("Minister of Foreign Affairs and Minister of State for ..."). */
    static final int LONGEST_TITLE = 20;

    /** Tokens of a title phrase from k, capitalised words joined by of/and/for/the, before any mention: its length. */
    private int titleRun(int k) {
        int q = k;
        while (q < Math.min(t.size(), k + LONGEST_TITLE) && at[q] == null
                && (t.get(q).cap && t.get(q).isWord() || t.get(q).is("of", "and", "for", "the"))) q++;
        return q - k;
    }

    /** How many words a group ("a number of heads of state") may have before its ", including". */
    static final int GROUP_WORDS = 8;

    /** "with a number of heads of state, including X, Y": the start of the named members, else k. */
    private int includedAfter(int k) {
        for (int q = k; q + 1 < Math.min(t.size(), k + GROUP_WORDS + 1); q++) {
            if (at[q] != null && at[q].isAgent() || t.get(q).is(".", ";")) return k;
            if (t.get(q).is(",") && t.get(q + 1).is("including", "among", "notably")) return q + 2;
        }
        return k;
    }

    /** How far after an aside's closing comma the callee may be named: "checked on the health of Kuwaiti Emir X". */
    static final int ASIDE_CALLEE_WINDOW = 12;
    /** How far before the call word an aside's opening comma may be: ", in a brief phone call". */
    static final int ASIDE_OPENING_WORDS = 5;

    /**
     * "King X, in a phone call on Monday, checked on the health of Emir Y": a call told as an aside between the subject and
     * its verb; the callee is the first named person of another country after the aside. Null when i is not in such an aside.
     */
    private Ment calleeAfterAside(int i, Ment caller) {
        if (caller == null || caller.code == null) return null;
        int open = i - 1;
        while (open >= 0 && !t.get(open).is(",") && at[open] == null && i - open <= ASIDE_OPENING_WORDS) open--;
        if (open < 1 || !t.get(open).is(",") || !t.get(open + 1).is("in", "during") || at[open - 1] != caller) return null;
        int close = i + 1;
        while (close < t.size() && !t.get(close).is(",", ".", ";") && at[close] == null) close++;
        if (close >= t.size() || !t.get(close).is(",")) return null;
        for (int q = close + 1; q < Math.min(t.size(), close + 1 + ASIDE_CALLEE_WINDOW); q++) {
            if (t.get(q).is(".", ";") || inQuote(q)) return null;
            Ment m = at[q];
            if (m != null && m.s == q && m.isNamedPerson() && m.code != null && !m.code.equals(caller.code)) return m;
        }
        return null;
    }

    /**
     * "arrived in Georgia from Tallinn, where he held a meeting with ...": the place a ", where" clause holding the trigger at v
     * is about; else null.
     */
    private Ment whereAntecedent(int v) {
        for (int k = v - 1; k >= 2; k--) {
            if (t.get(k).is(".", ";", ",") && !(t.get(k).is(",") && k + 1 < t.size() && t.get(k + 1).is("where"))) return null;
            if (!t.get(k).is("where") || !t.get(k - 1).is(",")) continue;
            Ment m = at[k - 2];
            return m != null && m.type == Ment.Type.PLACE && m.e == k - 1 && !m.orgCode ? m : null;
        }
        return null;
    }

    /** Words that open a sentence with its occasion: "In a phone call on Friday, A and B discussed ...". */
    static final Set<String> OCCASION_OPENERS = Set.of("in", "during", "at");
    /** The occasion's call or meeting word must come this early in the sentence to be its opening phrase. */
    static final int OPENING_OCCASION_END = 6;
    /** How many tokens after the opening phrase's comma the first party may start. */
    static final int OPENING_PARTY_WINDOW = 8;

    /**
     * "In a phone call on Friday, Emmanuel Macron and Recep Tayyip Erdogan discussed Syria": the call or meeting word at i in an
     * opening phrase, the two parties the coordinated subject after its comma; else null.
     */
    List<Ment> openingPair(int i) {
        if (i >= OPENING_OCCASION_END || t.isEmpty() || !OCCASION_OPENERS.contains(t.get(0).low)) return null;
        for (int k = 1; k < i; k++) if (at[k] != null && at[k].isAgent()) return null;
        int comma = i + 1;
        while (comma < t.size() && !t.get(comma).is(",", ".", ";")) comma++;
        if (comma >= t.size() || !t.get(comma).is(",")) return null;
        Ment a = firstAgentAfter(comma + 1, OPENING_PARTY_WINDOW);
        if (a == null || a.code == null || a.type == Ment.Type.PRON || a.type == Ment.Type.PLACE) return null;
        List<Ment> rest = conjuncts(a, false);
        if (rest.size() != 1 || rest.get(0).code == null || rest.get(0).code.equals(a.code)) return null;
        return List.of(a, rest.get(0));
    }

    /** "In a phone call with B on Friday, A pledged support": the subject after the opening phrase that names B, else null. */
    Ment openingSubject(int i, Ment b) {
        if (i >= OPENING_OCCASION_END || !OCCASION_OPENERS.contains(t.get(0).low) || b.s < i) return null;
        int comma = b.e;
        while (comma < t.size() && !t.get(comma).is(",", ".", ";")) comma++;
        if (comma >= t.size() || !t.get(comma).is(",")) return null;
        Ment a = firstAgentAfter(comma + 1, OPENING_PARTY_WINDOW);
        return a == null || a.code == null || a.type == Ment.Type.PLACE || a == b ? null : a;
    }

    /** Tokens back from a meeting word to its possessor: "X's closed-door talks". */
    private static final int POSSESSOR_WINDOW = 3;

    /** "Ruto's talks with", "his first meeting with": the named possessor right before the meeting word at i, else null. */
    Ment possessorBefore(int i) {
        for (int q = i - 1; q >= Math.max(0, i - POSSESSOR_WINDOW); q--) {
            Ment m = at[q];
            // "X's talks with Y"; "his meeting with Y" once the pronoun is resolved
            if (m != null) return m.possessive && m.code != null && (m.isNamedPerson() || m.type == Ment.Type.PRON && m.name != null) ? m : null;
            if (!t.get(q).isWord() && !t.get(q).is("'s", "’s")) return null;
        }
        return null;
    }

    /** "received a call", "took a brief call": a verb of getting it right before the call word (past an article and adjectives). */
    boolean receivedBefore(int i) {
        for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
            if (GET_CALL.contains(t.get(k).low)) return true;
            if (!t.get(k).isWord() || at[k] != null || t.get(k).is("courtesy")) return false;
        }
        return false;
    }

    /** "from" soon after the call word, before the clause ends. */
    boolean fromWithin(int k) {
        for (int q = k; q < Math.min(t.size(), k + CALL_FROM_WINDOW); q++) {
            if (t.get(q).is("from")) return true;
            if (t.get(q).is(".", ";", ",")) return false;
        }
        return false;
    }

    /** How many tokens the topic between a talk and its "with" may have: "a conversation about the South China Sea with". */
    static final int TOPIC_WINDOW = 8;

    /** "a brief conversation about the South China Sea with X": a topic phrase at k, then the "with" of the party. */
    boolean topicThenWith(int k) {
        if (k >= t.size() || !t.get(k).is("about", "on", "over", "regarding")) return false;
        for (int q = k + 1; q < Math.min(t.size(), k + TOPIC_WINDOW); q++) {
            if (t.get(q).is("with")) return true;
            if (!t.get(q).isWord() || at[q] != null && at[q].isAgent()) return false;
        }
        return false;
    }

    /** A "with" among the n tokens from k. */
    boolean withWithin(int k, int n) {
        for (int q = k; q < Math.min(t.size(), k + n); q++) if (t.get(q).is("with")) return true;
        return false;
    }

    /** Words of being together: a place ("in Suva"), an occasion (sidelines, summit, visit, meeting, dinner, talks). */
    private static final java.util.regex.Pattern IN_PERSON = java.util.regex.Pattern.compile(
            "\\b(sidelines?|margins?|summit|visit|visiting|meeting|dinner|lunch|breakfast|forum|conference|ceremony|during(?! which)|talks|trip|tour|arrived|hosted|welcomed)\\b");

    /**
     * The sentence puts something at a place of its own ("in Niamey", "travelled to Niamey", "from Yerevan"), not just a
     * country in a title ("the President of Niger") or a possessor: where it happened is not the story's place then.
     */
    private boolean namesAPlace() {
        for (Ment m : ms) {
            if (m.type != Ment.Type.PLACE || m.possessive || m.orgCode || m.s < 1) continue;
            int k = t.get(m.s - 1).is("the") && m.s > 1 ? m.s - 2 : m.s - 1;
            // "leaders from Fiji and Samoa", "his counterpart from Chile": where people come from, not where they met
            if (t.get(k).is("from") && k > 0 && (GROUP_HEADS.contains(t.get(k - 1).low) || DEMONYM_GROUP.contains(t.get(k - 1).low))) continue;
            if (t.get(k).is("in", "at", "to", "from", "into")) return true;
        }
        return false;
    }

    /** Occasions that gather leaders away from home: a meeting there is not where the dateline is. */
    private static final java.util.regex.Pattern SUMMIT_CUE = java.util.regex.Pattern.compile(
            "\\b(sidelines?|margins?|summit|forum|conference|assembly|session|abroad|trip|tour)\\b");

    /** "spoke with X" reads as a call unless the sentence places the two together (a place after the verb or an occasion). */
    boolean inPersonCue(int v) {
        // "spoke with X and Y, as Caribbean leaders gathered in Georgetown for their meeting": others' occasion
        int others = othersClause(v);
        // "spoke to X yesterday ahead of seeing each other at the G7 meeting in Brussels next week": a later occasion
        for (int q = v + 1; q + 1 < t.size() && (others < 0 || q < others); q++)
            if (t.get(q).is("ahead") && t.get(q + 1).is("of") || t.get(q).is("in") && t.get(q + 1).is("preparation")
                    // "spoke with X, immediately following his meeting with Y in Riyadh": an earlier occasion
                    || t.get(q).is("following", "after") && t.get(q + 1).is("his", "her", "their", "the") && q + 2 < t.size()
                       && t.get(q + 2).is("meeting", "meetings", "talks", "visit", "trip", "summit")) { others = q; break; }
        java.util.regex.Matcher m = IN_PERSON.matcher(others < 0 ? lowOutside : lowOutside.substring(0, Math.min(lowOutside.length(), t.get(others).start)));
        while (m.find()) {
            // "spoke to X about the stalled border talks", "spoke with X to discuss ... the Foreign Minister's trip to the
            // Middle East": the topic, not the occasion
            String before = lowOutside.substring(0, m.start());
            int about = Math.max(before.lastIndexOf(" about "), Math.max(before.lastIndexOf(" to discuss "), before.lastIndexOf(" regarding ")));
            if (about < 0 || before.indexOf(',', about) >= 0) return true;
        }
        int end = others < 0 ? t.size() : others;
        for (int q = v + 1; q < end; q++) {
            if (t.get(q).is("about", "regarding") || t.get(q).is("to") && q + 1 < end && t.get(q + 1).is("discuss")) break;   // the topic's place
            if (at[q] != null && at[q].type == Ment.Type.PLACE && at[q].s == q && t.get(q - 1).is("in", "at")) return true;
        }
        return false;
    }

    /** ", as Caribbean leaders gathered ...": the token of an "as" after v opening a clause of another subject, else -1. */
    private int othersClause(int v) {
        for (int q = v + 1; q + 2 < t.size(); q++) {
            if (!(t.get(q).is("as") && t.get(q - 1).is(","))) continue;
            int k = q + 1;
            while (k < t.size() && at[k] == null && t.get(k).isWord() && !t.get(k).is("they", "both", "the", "he", "she")
                    && !tag(k).startsWith("VERB") && !tag(k).equals("AUX")) k++;
            return k > q + 1 && k < t.size() && (tag(k).startsWith("VERB")) ? q : -1;
        }
        return -1;
    }

    /**
     * k, or the word after a manner adverb or a day at k ("spoke briefly with", "talked privately to", "spoke on Friday with",
     * "spoke Tuesday evening with").
     */
    int pastAdverb(int k) {
        if (k + 1 < t.size() && !t.get(k).cap && t.get(k).low.endsWith("ly") && tag(k).equals("ADV")) return k + 1;
        int q = k < t.size() && t.get(k).is("on", "this", "last") ? k + 1 : k;
        if (q >= t.size() || !(Lexicon.WEEKDAYS.contains(t.get(q).low) || q == k && t.get(q).is("today", "yesterday"))) return k;
        q++;
        if (q < t.size() && t.get(q).is("morning", "afternoon", "evening", "night")) q++;
        // "this Friday (22)": the day of the month in parentheses
        if (q + 2 < t.size() && t.get(q).is("(") && t.get(q + 1).isWord() && Character.isDigit(t.get(q + 1).text.charAt(0)) && t.get(q + 2).is(")")) q += 3;
        return q;
    }

    /** "X by telephone", "X over the phone", "X in a phone call" after a verb: its object X (a person), else null. */
    Ment phonedObject(int i) {
        // "by telephone", "in a phone call", or "in a call" right after the object
        boolean callWord = t.get(i).is("call", "conversation") && i > 1 && t.get(i - 1).is("a") && t.get(i - 2).is("in");
        if (!t.get(i).is("phone", "telephone") && !callWord) return null;
        int k = i - 1;
        while (k >= 0 && t.get(k).is("a", "the")) k--;
        if (k < 1 || !t.get(k).is("by", "over", "in")) return null;
        if (t.get(k).is("in") && !callWord && !(i + 1 < t.size() && CALL_HEAD.contains(t.get(i + 1).low))) return null;
        // past the occasion after the object: "congratulated X on his birthday by telephone"
        for (int q = k - 1; q > 0 && q >= k - OCCASION_WORDS; q--) {
            if (!t.get(q).isWord()) break;
            if (t.get(q).is("on", "for", "about") && at[q - 1] != null && at[q - 1].e == q) { k = q; break; }
        }
        Ment m = at[k - 1];
        return m != null && m.e == k && (m.type == Ment.Type.PERSON || m.type == Ment.Type.ROLE) && m.code != null && !m.possessive
                && objectOfVerb(m) ? m : null;
    }

    /** A mention right after a verb: the verb's object (StatementRules). */
    abstract boolean objectOfVerb(Ment m);

    /** "to the President of Tanzania", "to Macron": an official after "to", not a medium ("to reporters", "to the BBC"). */
    boolean officialAfterTo(int k) {
        if (k >= t.size() || !t.get(k).is("to")) return false;
        for (int q = k + 1; q < t.size(); q++) {
            Ment m = at[q];
            if (m != null && (m.type == Ment.Type.PERSON || m.type == Ment.Type.ROLE)) return true;   // "his Chilean counterpart"
            // "to Chinese President Xi", "to Singapore's Foreign Minister": past the country to the title
            if (m != null && (m.type == Ment.Type.DEMONYM || m.type == Ment.Type.PLACE) && m.s == q) { q = m.e - 1; continue; }
            if (!t.get(q).is("the", "his", "her", "their", "its", "'s", "’s")) return m == null && Lexicon.TITLE.contains(t.get(q).low);
        }
        return false;
    }

    /** The sentence (outside quotes) names a telephone or video medium. */
    boolean phoneCue() {
        return lowOutside.contains("phone") || lowOutside.contains("telephon") || lowOutside.contains("video") || lowOutside.contains("virtual")
                || lowOutside.contains("online") || lowOutside.contains("teleconference");
    }

    /** Tokens from "were held" to its "between": "were held in Abuja on Tuesday between". */
    private static final int HELD_BETWEEN_WINDOW = 8;

    /**
     * "Talks were held (in X on Tuesday) between", "A phone conversation took place between": the position of "between"
     * after the passive at i, else -1.
     */
    int heldAfter(int i) {
        int h = i + 2 < t.size() && t.get(i + 1).is("were", "was") && t.get(i + 2).is("also", "then", "later") ? i + 1 : i;   // "were also held"
        if (!(h + 2 < t.size() && (t.get(i + 1).is("were", "was") && t.get(h + 2).is("held") || t.get(i + 1).is("took") && t.get(i + 2).is("place"))))
            return -1;
        for (int q = h + 3; q < Math.min(t.size(), h + 3 + HELD_BETWEEN_WINDOW); q++) {
            if (t.get(q).is("between", "among", "amongst")) return q;
            if (t.get(q).is(".", ";") || at[q] != null && at[q].isAgent()) return -1;
        }
        return -1;
    }

    /** Tokens after "between" its two parties with their long titles may take. */
    private static final int BETWEEN_TITLES_WINDOW = 30;

    /** The first party after k with a country, and the first after a later "and" with another; null unless both. */
    private Ment[] betweenCountries(int k) {
        Ment first = null;
        boolean and = false;
        for (int q = k; q < Math.min(t.size(), k + BETWEEN_TITLES_WINDOW); q++) {
            if (t.get(q).is(".", ";")) break;
            if (first != null && t.get(q).is("and")) and = true;
            Ment m = at[q];
            if (m == null || m.s != q || m.code == null || !(m.isNamedPerson() || m.type == Ment.Type.ROLE)) continue;
            if (first == null) first = m;
            else if (and && !m.code.equals(first.code)) return new Ment[]{first, m};
        }
        return null;
    }

    /** Words between "in" and "call(s)": "in separate calls", "during a brief call". */
    private static final Set<String> CALL_MODIFIERS = Set.of("a", "an", "the", "separate", "two", "three", "several", "brief", "short",
            "lengthy", "long", "recent", "their", "his", "her", "late-night", "another");

    /** The call word at i is told as the setting of a verb: "in a call", "in separate calls", "during a brief call". */
    private boolean inACall(int i) {
        for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
            if (t.get(k).is("in", "during")) return k < i - 1;
            if (!CALL_MODIFIERS.contains(t.get(k).low)) return false;
        }
        return false;
    }

    /** Where "held", "had", "conducted" ... stands before the noun at i ("had a productive call"), plain words between; else i. */
    private int heldAt(int i) {
        for (int k = i - 1; k >= Math.max(0, i - 5); k--) {
            if (t.get(k).is("held", "hold", "holds", "holding", "had", "conducted", "began", "opened", "engaged", "made", "makes")) return k;
            if (!t.get(k).isWord() || at[k] != null) return i;
        }
        return i;
    }

    boolean heldBefore(int i) { return heldAt(i) < i; }

    /** "via videoconference", "by video link", "over the phone" in the clause from k (to its comma, "and" or end). */
    private boolean remoteInClause(int k) {
        if (k < t.size() && t.get(k).is(",")) k++;   // "met, on Wednesday via teleconference, with"
        for (int q = k; q < t.size() && !t.get(q).is(",", ";", ".", "and", "but", "while", "after", "before"); q++)
            if (mediumAt(q) || t.get(q).is("virtually", "remotely")) return true;
        return false;
    }

    /** Words of "in a limited format" between talks and their "with". */
    private static final int FORMAT_WORDS = 4;

    /** "talks in a limited format with X", "talks in an expanded format with": past the format phrase from k, else k. */
    int pastFormat(int k) {
        if (k >= t.size() || !t.get(k).is("in")) return k;
        for (int q = k + 1; q < Math.min(t.size(), k + 1 + FORMAT_WORDS); q++) if (t.get(q).is("format")) return q + 1;
        return k;
    }

    /** "by phone", "over the telephone", "via video" starting at k. */
    boolean mediumAt(int k) {
        return k + 1 < t.size() && t.get(k).is("by", "over", "via") && mediumWordFrom(k + 1);
    }

    /** Lower-case words that may qualify the medium: "an encrypted video channel", "a secure phone line". */
    static final int MEDIUM_MODIFIERS = 2;

    /** "phone", "the phone", "an encrypted video channel": a medium word at k past an article and a few modifiers. */
    boolean mediumWordFrom(int k) {
        int m = k < t.size() && t.get(k).is("the", "a", "an") ? k + 1 : k;
        for (int end = Math.min(t.size(), m + MEDIUM_MODIFIERS + 1); m < end; m++) {
            Tok w = t.get(m);
            if (MEDIUM.contains(w.low)) return true;
            if (!w.isWord() || !w.text.equals(w.low) || at[m] != null) return false;
        }
        return false;
    }

    /** "spoke with X by phone": the position of phone/telephone within a few tokens, else -1. */
    int phoneAfter(int k) {
        for (int q = k; q < Math.min(t.size() - 1, k + PHONE_CUE_WINDOW); q++) {
            if (t.get(q).is(".", ";")) return -1;
            if (t.get(q).is("by", "over", "on", "via") && mediumWordFrom(q + 1)) return q;
        }
        return -1;
    }

    /** Tokens back from a name to its "visiting" past a title in apposition: "the visiting Prime Minister of Pakistan, X". */
    private static final int VISITING_TITLE_WINDOW = 8;

    /** "talks with his host, Ethiopian Prime Minister X", "and his Ethiopian host X": m is called the guest's host. */
    boolean hostNamed(Ment m) {
        if (m == null) return false;
        int k = phraseStart(m) - 1;
        if (k >= 0 && t.get(k).is(",")) k--;
        if (k < 1 || !t.get(k).is("host")) return false;
        k--;
        if (at[k] != null && at[k].type == Ment.Type.DEMONYM) k = at[k].s - 1;
        return k >= 0 && t.get(k).is("his", "her", "their");
    }

    boolean visitingBefore(Ment m) {
        if (m == null) return false;
        int ps = phraseStart(m);
        for (int k = Math.max(0, ps - 2); k < m.e; k++) if (t.get(k).is("visiting")) return true;
        // "met visiting German colleague Frank-Walter Steinmeier": past the title phrase before the name
        for (int k = ps - 1; k >= Math.max(0, ps - VISITING_TITLE_WINDOW); k--) {
            Tok y = t.get(k);
            if (y.is("visiting")) return true;
            if (!(Lexicon.TITLE.contains(y.low) || DEMONYM_GROUP.contains(y.low) || y.is("of", "the", "'s", "’s")
                    || at[k] != null && (at[k].type == Ment.Type.PLACE || at[k].type == Ment.Type.DEMONYM || at[k].type == Ment.Type.ROLE))) break;
        }
        // "met the visiting Prime Minister of Pakistan, Shehbaz Sharif,": the title before the comma is the name's
        if (ps < 2 || !t.get(ps - 1).is(",")) return false;
        for (int k = ps - 2; k >= Math.max(0, ps - VISITING_TITLE_WINDOW); k--) {
            Tok y = t.get(k);
            if (y.is("visiting")) return true;
            boolean titlePart = Lexicon.TITLE.contains(y.low) || y.is("of", "the", "and")
                    || at[k] != null && (at[k].type == Ment.Type.PLACE || at[k].type == Ment.Type.ROLE);
            if (!titlePart) return false;
        }
        return false;
    }

    /**
     * A group ("the presidents of Egypt and Turkey") read after the trigger at i while a party of another country is the subject
     * before it: the group is the object, each of its members the subject's counterpart; else null (the group meets itself).
     */
    List<Ment> objectGroup(int i, List<Ment> group) {
        if (group.get(0).s <= i) return null;
        Ment subject = subjectBefore(i);
        if (subject == null || subject.code == null) return null;
        for (Ment g : group) if (subject.code.equals(g.code)) return null;
        return group;
    }

    /**
     * "The Turkish and Azerbaijani foreign ministers": two demonyms joined by "and" before the title words of the group word at q,
     * each the role of its country; else null.
     */
    List<Ment> demonymsBefore(int q) {
        int k = q;
        while (k > 0 && at[k - 1] == null && Lexicon.TITLE.contains(t.get(k - 1).low)) k--;
        if (k < 3 || !countryWord(at[k - 1])) return null;
        Ment d2 = at[k - 1];
        if (d2.s < 2 || !t.get(d2.s - 1).is("and") || !countryWord(at[d2.s - 2])) return null;
        Ment d1 = at[d2.s - 2];
        if (d1.code == null || d2.code == null || d1.code.equals(d2.code)) return null;
        if (d1.s > 0 && countryWord(at[d1.s - 1])) return null;   // a longer list: not a pair
        if (d1.s > 1 && t.get(d1.s - 1).is(",") && countryWord(at[d1.s - 2])) return null;
        String title = join(k, q + 1).toLowerCase(java.util.Locale.ROOT);
        String office = Analyzer.office(title.replace("ministers", "minister").replace("presidents", "president"), null);
        List<Ment> roles = new ArrayList<>();
        for (Ment d : List.of(d1, d2)) {
            Ment r = new Ment(Ment.Type.ROLE, d.s, d.e);
            r.code = d.code;
            Kb.Office o = office == null ? null : kb.holder(r.code, office, pub);
            r.name = o != null ? o.name() : kb.countryName(r.code) + " " + t.get(q).low;
            r.role = o != null ? o.office() : null;
            roles.add(r);
        }
        return roles;
    }

    /** A demonym, or a country's name used as one ("Thai", "Thailand and Cambodia defence ministers"). */
    private static boolean countryWord(Ment m) {
        return m != null && (m.type == Ment.Type.DEMONYM || m.type == Ment.Type.PLACE && !m.city && !m.possessive && !m.orgCode);
    }

    /**
     * "the foreign ministers of Azerbaijan and Armenia", "the prime ministers of Poland, the Czech Republic and Slovenia": each
     * country of the group a role of its own (a list of three or more only with "and" before its last member); else null.
     */
    List<Ment> groupOf(int from, int to) {
        for (int q = from; q < to - 3; q++) {
            if (!GROUP_HEADS.contains(t.get(q).low)) continue;
            List<Ment> demonyms = demonymsBefore(q);
            if (demonyms != null) return demonyms;
            int k = q + 1;
            if (k < t.size() && t.get(k).is("of", "from")) k++;
            else continue;
            List<Ment> countries = new ArrayList<>();
            boolean and = false, closed = false;   // the separator read last was "and"; the last member came after one
            while (true) {
                if (k < t.size() && t.get(k).is("the")) k++;
                if (k >= t.size() || at[k] == null || at[k].s != k || at[k].type != Ment.Type.PLACE || at[k].city) break;
                countries.add(at[k]);
                closed = and;
                k = at[k].e;
                boolean comma = k < t.size() && t.get(k).is(",");
                if (comma) k++;
                and = k < t.size() && t.get(k).is("and");
                if (and) k++;
                else if (!comma) break;
            }
            if (countries.size() < 2 || !closed) continue;
            String role = t.get(q).low;
            String office = Analyzer.office(join(q - 2, q + 1).toLowerCase(java.util.Locale.ROOT).replace("ministers", "minister").replace("presidents", "president"), null);
            List<Ment> roles = new ArrayList<>();
            for (Ment p : countries) {
                Ment r = new Ment(Ment.Type.ROLE, p.s, p.e);
                r.code = p.code;
                Kb.Office o = office == null ? null : kb.holder(r.code, office, pub);
                r.name = o != null ? o.name() : kb.countryName(r.code) + " " + role;
                r.role = o != null ? o.office() : null;
                roles.add(r);
            }
            return roles;
        }
        return null;
    }
}
