package parley.producer.extract;

import parley.model.DatePrecision;
import parley.model.EventKeys;
import parley.model.Kind;
import parley.model.Party;
import parley.model.Place;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The trigger rules applied to one sentence; candidates are appended to the document's list. */
class SentenceRules extends StatementRules {

    SentenceRules(Kb kb, DocState doc, LocalDate pub, String s, int idx, List<RuleExtractor.Cand> out, java.util.BitSet quoted, int off) {
        super(kb, doc, pub, s, idx, out, quoted, off);
    }
    // matches("(?s).*\\b(...).*") is a find of "\\b(...)"
    private static final java.util.regex.Pattern PLAN_WORDS = java.util.regex.Pattern.compile(
            "\\b(visit|arriv|meet|travel|trip|talks|call|host|attend|fly|leave|convene|take place|summit)");
    /** How many sentences back "on the third day of the visit" may date the visit told before it. */
    private static final int NTH_DAY_REACH = 4;
    /** Ordinals of a trip's days, from its first. */
    private static final List<String> NTH = List.of("first", "second", "third", "fourth", "fifth");
    /** "on the third and last day of Tillerson's official visit", "on the second day of his state visit". */
    private static final java.util.regex.Pattern NTH_DAY_OF_TRIP = java.util.regex.Pattern.compile(
            "\\b(?:on|during) the (first|second|third|fourth|fifth)(?: and (?:last|final))? day of (?:[\\p{L}'’-]+ ){0,4}(?:visit|trip|tour)\\b");

    /** Talks held beside a gathering: "on the sidelines of", "on the margins of". */
    private static final java.util.regex.Pattern SIDELINES = java.util.regex.Pattern.compile("\\b(sidelines?|margins?) of\\b");
    private static final java.util.regex.Pattern SUMMIT_WORDS = java.util.regex.Pattern.compile(
            "\\b(summit|forum|conference|consultative meeting|leaders meeting|session)\\b");

    /** "The discussion took place on the sidelines of the OSCE council in Bratislava": a sentence that only places the talks. */
    private static final java.util.regex.Pattern TALKS_PLACED = java.util.regex.Pattern.compile(
            "^(?:during |at )?(?:the|this|that|their|the two leaders'|the two ministers') (?:bilateral |two-hour |hour-long |closed-door |)(?:meeting|meetings|talks|discussion|discussions|conversation|encounter)"
            + " (?:which |that |, which )?(?:took place|was held|were held|happened)\\b");
    /** Sentences back the talks a placing sentence tells of may be. */
    private static final int TALKS_PLACED_REACH = 4;

    /**
     * "X held a meeting with Y on Thursday. The discussion took place ... in Slovakia's capital of Bratislava." The place of
     * the latest unplaced meeting just told; in one party's country it is the other's visit, as where the place is inline.
     */
    private void placeLastMeeting(int before) {
        if (!TALKS_PLACED.matcher(lowOutside.strip()).find()) return;
        Ment p = placeIn(0, t.size());
        // "took place yesterday in the nation's capital, Abu Dhabi": the city the sentence names, in apposition
        if (p == null) for (Ment m : ms) if (m.type == Ment.Type.PLACE && m.city && !m.possessive) { p = m; break; }
        // "The meetings took place at the Itamaraty Palace": a seat of government stands for its country
        if (p == null) for (Ment m : ms) if (m.type == Ment.Type.INST && m.code != null && !parley.model.Codes.isOrganization(m.code)) { p = Ment.country(m.s, m.e, m.code); break; }
        if (p == null || p.code == null || p.orgCode || parley.model.Codes.isOrganization(p.code)) return;
        boolean told = lastCand(before, TALKS_PLACED_REACH, c -> c.kind != Kind.STATEMENT) != null;
        if (!told && doc.venueCode == null) {
            // told before the talks themselves ("The meetings took place at X. One of the meetings was with Y"): the
            // story's venue for the talks that follow
            doc.venueCode = p.code;
            doc.venueCity = p.city ? p.name : null;
            return;
        }
        for (int i = before - 1; i >= 0 && out.get(i).sentence >= idx - TALKS_PLACED_REACH; i--) {
            RuleExtractor.Cand c = out.get(i);
            if (c.kind == Kind.CALL || c.kind == Kind.STATEMENT) continue;
            if (c.kind == Kind.VISIT || c.place != null) return;   // the talks are placed already
            Place where = place(p);
            if (p.code.equals(c.actor.country()) || p.code.equals(c.counterpart.country())) {
                boolean aHost = p.code.equals(c.actor.country());
                Party guest = aHost ? c.counterpart : c.actor, host = aHost ? c.actor : c.counterpart;
                if (guest.name() != null && guest.name().startsWith("Government of")) return;
                c.kind = Kind.VISIT;
                c.actor = guest;
                c.counterpart = host;
            }
            c.place = where;
            // "During the meeting which took place yesterday in Abu Dhabi": the day, where the talks had only the story's
            if (c.precision == parley.model.DatePrecision.PUBLISHED) {
                int v = 0;
                while (v < t.size() && !t.get(v).is("took", "held", "happened")) v++;
                Dates.Mention d = v < t.size() ? dateFor(v) : null;
                if (d != null && d.precision() == parley.model.DatePrecision.DAY) { c.date = d.date(); c.precision = d.precision(); }
            }
            doc.venueCode = where.country();
            doc.venueCity = where.name();
            return;
        }
    }

    /** "During the conversation, X commended ...": the words said in the talks just told. */
    private static final java.util.regex.Pattern IN_THE_TALKS = java.util.regex.Pattern.compile(
            "^(?:during|in|at) (?:the|their|this|that) (?:phone |telephone |video |)(?:conversation|call|talks|meeting|discussion|discussions)\\b");

    /** Statements of a sentence opening "During the conversation," take the day of the talks just told, not the story's. */
    private void datedByTheTalks(int before) {
        if (!IN_THE_TALKS.matcher(lowOutside.strip()).find()) return;
        RuleExtractor.Cand talks = lastCand(before, TALKS_PLACED_REACH, c -> c.kind != Kind.STATEMENT && c.precision == DatePrecision.DAY);
        if (talks == null) return;
        for (int i = before; i < out.size(); i++) {
            RuleExtractor.Cand c = out.get(i);
            if (c.kind == Kind.STATEMENT && c.precision == DatePrecision.PUBLISHED) { c.date = talks.date; c.precision = talks.precision; }
        }
    }

    /** Words between "hosting" and the gathering it names: "is hosting the two-day SCO Council of Heads of Government summit". */
    private static final int HOSTED_GATHERING_WINDOW = 10;

    /**
     * "Pakistan is hosting the two-day SCO summit", "the summit, hosted by Pakistan": the country the story's gathering is
     * in, so its talks told with no place are there; null when the sentence tells no such thing (or a plan).
     */
    private Ment gatheringHost() {
        for (int i = 1; i < t.size(); i++) {
            Tok x = t.get(i);
            if (inQuote(i)) continue;
            Ment host = null;
            int g = -1;
            if (x.is("hosted") && i + 2 < t.size() && t.get(i + 1).is("by")) {
                Ment m = at[i + 2];
                if (m == null || m.type != Ment.Type.PLACE || m.city || m.code == null) continue;
                for (int k = i - 1; k >= Math.max(0, i - 4); k--) if (Lexicon.GATHERINGS.contains(t.get(k).low)) g = k;
                if (g < 0) continue;
                return m.orgCode || parley.model.Codes.isOrganization(m.code) ? null : m;
            }
            if (x.is("hosting", "hosts", "hosted")) {
                // "Pakistan hosts", "Pakistan is hosting", "Pakistan has been hosting"
                int k = i - 1;
                while (k > 0 && t.get(k).is("is", "was", "has", "had", "been")) k--;
                Ment m = at[k];
                if (m != null && m.type == Ment.Type.PLACE && !m.city && !m.possessive && m.code != null) { host = m; g = i + 1; }
            }
            if (host == null || host.orgCode || parley.model.Codes.isOrganization(host.code)) continue;
            for (int k = g; k < Math.min(t.size(), g + HOSTED_GATHERING_WINDOW); k++) {
                if (t.get(k).is(".", ";", ",")) break;
                if (Lexicon.GATHERINGS.contains(t.get(k).low)) return host;
            }
        }
        return null;
    }

    void run() {
        t = Tok.tokenize(s);
        if (t.size() < 3) return;
        dates = Dates.find(s, pub, doc.anchor);
        ms = new Analyzer(kb, doc, officeDay()).mentions(t);
        at = new Ment[t.size()];
        for (Ment m : ms) for (int k = m.s; k < m.e; k++) at[k] = m;
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
            groupMembers();
            for (int i = 0; i < t.size(); i++) {
                if (!TRIGGERS.contains(t.get(i).low)) continue;      // none of the four rules starts at this word
                visit(i);
                attend(i);
                int n0 = out.size();
                meetOrCall(i);
                if (out.size() == n0) statement(i);     // "spoke to X by phone" is the call, not a statement
            }
        }
        if (!habitual) { ceremonyAbroad(); accompanying(); }
        // "report that X declared", "Imagine that Y announced": what follows a reporting verb in its base form (an
        // instruction, a hypothesis, a plan) is not asserted by the article
        int unasserted = unassertedFrom();
        for (int i = out.size() - 1; i >= before; i--) if (out.get(i).tok >= unasserted) out.remove(i);
        // "met on Monday, on the third and last day of X's visit": the trip began two days before; "The meeting was held on
        // the third day of the visit" after the dated talks: the visit of the sentence just before
        java.util.regex.Matcher nth = NTH_DAY_OF_TRIP.matcher(low);
        if (nth.find()) {
            int back = NTH.indexOf(nth.group(1));
            boolean own = false;
            for (int i = before; i < out.size(); i++) own |= toFirstDay(out.get(i), back);
            for (int i = before - 1; !own && i >= 0 && out.get(i).sentence >= idx - NTH_DAY_REACH; i--) own |= toFirstDay(out.get(i), back);
        }
        if (out.size() == before && !habitual) placeLastMeeting(before);
        datedByTheTalks(before);
        // a trailing attribution (", the president's office said") of a reported call, meeting, visit or plan is not a statement
        boolean otherEvent = false;
        for (int i = before; i < out.size(); i++) if (out.get(i).kind != Kind.STATEMENT) otherEvent = true;
        for (int i = before; i < out.size(); i++) if (out.get(i).kind == Kind.CALL) doc.lastCall = idx;
        for (int i = before; i < out.size(); i++) {
            RuleExtractor.Cand c = out.get(i);
            if ((c.kind == Kind.VISIT || c.kind == Kind.MEETING) && c.place != null && c.place.country() != null && !parley.model.Codes.isOrganization(c.place.country())
                    && !background(c)) {
                doc.venueCode = c.place.country();
                doc.venueCity = c.place.name();
            }
        }
        boolean plan = (future(low) || low.contains(" expected to ") || low.contains(" plans to ") || low.contains(" not take place"))
                && PLAN_WORDS.matcher(low).find();
        // "Yoon said ..., his office said": the attribution of a speaker's own words adds no speaker of that country
        Set<String> spoken = new java.util.HashSet<>();
        for (int i = before; i < out.size(); i++) if (out.get(i).kind == Kind.STATEMENT && !out.get(i).readout) spoken.add(out.get(i).actor.country());
        for (int i = out.size() - 1; i >= before; i--) {
            RuleExtractor.Cand c = out.get(i);
            if (c.kind == Kind.STATEMENT && (c.readout && (otherEvent || plan || spoken.contains(c.actor.country())) || c.source && sourceOnly(c, before))) out.remove(i);
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
            if ((c.kind == Kind.VISIT || c.kind == Kind.MEETING || c.kind == Kind.CALL) && c.precision == DatePrecision.DAY && c.rank >= 3) doc.talksDay = c.date;
        }
        if ((low.contains("summit") || low.contains("forum") || low.contains("conference") || low.contains("meeting") || low.contains("session"))
                && SUMMIT_WORDS.matcher(low).find())
            for (Dates.Mention d : dates) if (d.precision() == DatePrecision.DAY && d.rank() >= 3 && !inQuote(dateTok[dates.indexOf(d)])) { doc.summitDay = d.date(); break; }
        // "X held bilateral meetings on the sidelines of the SCO ministerial", told from the capital with no place: the
        // story's later talks are there too, not at the dateline
        // "X met Arab ministers this week in New York, on the sidelines of the UN General Assembly", with no party the
        // rules read: the story's later talks are in New York all the same
        if (doc.venueCode == null && SIDELINES.matcher(lowOutside).find()) {
            Ment sidelinesAt = placeIn(0, t.size());
            if (sidelinesAt == null) doc.sidelinesNoPlace = true;
            else if (sidelinesAt.code != null && !sidelinesAt.orgCode && !parley.model.Codes.isOrganization(sidelinesAt.code)) {
                doc.venueCode = sidelinesAt.code;
                doc.venueCity = sidelinesAt.city ? sidelinesAt.name : null;
            }
        }
        if (doc.venueCode == null) {
            Ment host = gatheringHost();
            if (host != null) { doc.venueCode = host.code; doc.venueCity = null; doc.sidelinesNoPlace = false; }
        }
        // the subject of this sentence for pronouns in the next
        boolean subjectSet = false;
        for (int i = before; i < out.size(); i++) {
            Party a = out.get(i).actor;
            if (a != null && a.name() != null) {
                DocState.Person p = doc.findPerson(a.name());
                if (p != null) { doc.lastSubject = p; subjectSet = true; }
                break;
            }
        }
        // no event, or one whose actor is no person ("received a Chinese delegation"): the sentence's own subject
        if (!subjectSet) {
            // a person a quote talks about is not whom the next "he said" means
            // "Repeatedly expressing gratitude to X, he extended thanks": not in an opening participle's clause, and a
            // subject pronoun counts as the one it stands for
            int from = openingParticipleEnd();
            for (Ment m : ms) {
                if (m.s < from || m.possessive || inPP(m) || inQuote(m.s)) continue;
                if (m.type == Ment.Type.PERSON) { doc.lastSubject = doc.findPerson(m.name); break; }
                if (m.type == Ment.Type.PRON && !m.self && m.name != null) { DocState.Person p = doc.findPerson(m.name); if (p != null) doc.lastSubject = p; break; }
            }
        }
    }

    /** A "who", "whose" or "which" between the last comma before k and k: the pronoun is in a relative clause about its antecedent. */
    private boolean whoBefore(int k) {
        for (int q = k - 1; q >= 0 && !t.get(q).is(",", ";"); q--) if (t.get(q).is("who", "whose", "which")) return true;
        return false;
    }

    /** Where an opening participle clause ends ("Repeatedly expressing gratitude to X, he ..."): after its comma; else 0. */
    private int openingParticipleEnd() {
        int k = 0;
        while (k < 2 && k < t.size() && t.get(k).low.endsWith("ly") && at[k] == null) k++;
        if (k < t.size() && k < 2 && t.get(k).low.endsWith("ing") && t.get(k).low.length() > 5) {
            for (int q = k + 1; q < t.size(); q++) if (t.get(q).is(",")) return q + 1;
        }
        return 0;
    }

    /** A visit dated to a day of its own moved back to the trip's first day, from its day number back; whether it was one. */
    private static boolean toFirstDay(RuleExtractor.Cand c, int back) {
        if (c.kind != Kind.VISIT || c.precision != DatePrecision.DAY || c.undated) return false;
        c.date = c.date.minusDays(back);
        return true;
    }

    /** Travellers named with a trip's leader: after "accompanied by" / "joined by", or before "are part of the delegation". */
    private static final java.util.regex.Pattern ACCOMPANYING = java.util.regex.Pattern.compile(
            "\\b(?:(accompanied by|joined by|delegation (?:also )?(?:includes|included|including|comprising|comprised))|"
            + "(?:is|are|was|were) (?:also )?(?:part|members?) of (?:the|his|her|a)(?: [\\p{L}-]+){0,2} delegation)\\b");
    /** How much less sure a companion's trip is than the leader's it is read from. */
    private static final double COMPANION_DOUBT = 0.05;
    /** How many tokens (a title, a comma, "and") may stand between the cue or one companion and the next one. */
    private static final int COMPANION_GAP = 6;
    /** Companions who hold no office: they travel, but are no officials of a visit. */
    private static final java.util.regex.Pattern NO_OFFICE = java.util.regex.Pattern.compile("(?i)\\b(lady|wife|husband|spouse|daughter|son)\\b");

    /**
     * "X arrived in Tonga, accompanied by Foreign Minister A and Trade Minister B", "He was joined by Minister C", "D and E are
     * part of the delegation": each named official of the traveller's country (or of none the text gives) makes the trip of
     * this sentence or the one before, to the same host on the same day.
     */
    private void accompanying() {
        java.util.regex.Matcher m = ACCOMPANYING.matcher(lowOutside);
        if (!m.find()) return;
        RuleExtractor.Cand trip = null;
        for (int i = out.size() - 1; i >= 0 && out.get(i).sentence >= idx - 1; i--)
            if (out.get(i).kind == Kind.VISIT && out.get(i).actor != null) { trip = out.get(i); break; }
        if (trip == null) return;
        int cue = tokAt(m.start());
        boolean after = m.group(1) != null;   // the companions follow the cue, else they are the subject before it
        int next = tokAt(m.end() - 1) + 1;   // after the cue, the list must go on without a gap: "by A, B and C, the president ..."
        for (Ment c : ms) {
            if (after ? c.s <= cue : c.e > cue) continue;
            if (after && c.s > next + COMPANION_GAP) break;
            if (after) next = c.e;
            if (!c.isNamedPerson() || c.possessive || c.role == null || c.name.indexOf(' ') < 0 || NO_OFFICE.matcher(c.role + " " + c.name).find()) continue;
            // the leader, or someone of the leader's family ("the First Lady, Ana Dias Lourenco")
            if (c.code != null && !c.code.equals(trip.actor.country()) || trip.actor.name() != null
                    && Names.sameSurname(EventKeys.speakerKey(c.name), EventKeys.speakerKey(trip.actor.name()))) continue;
            RuleExtractor.Cand v = cand(Kind.VISIT, c.s, 0);
            v.confidence = trip.confidence - COMPANION_DOUBT;
            v.dateOf(trip);
            v.actor = new Party(c.name, trip.actor.country(), c.role);
            v.counterpart = trip.counterpart;
            v.place = trip.place;
            v.companion = true;
            out.add(v);
        }
    }

    /**
     * "X held talks with Y, according to Z", "According to Z, X met Y", "According to Z, X said": Z only tells of the event
     * or statement the sentence reports, a clause of its own (a verb, or before the attribution); "according to Z, the
     * conversation ... was useful" is Z's own statement, and so is Z's with an event told in a relative clause.
     */
    private boolean sourceOnly(RuleExtractor.Cand src, int before) {
        for (int i = before; i < out.size(); i++) {
            RuleExtractor.Cand c = out.get(i);
            if (c == src || c.source || relativeClauseOf(c.tok) != relativeClauseOf(src.tok)) continue;   // ", which they signed in May"
            if (c.kind == Kind.STATEMENT || c.tok < src.tok || verbAt(c.tok)) return true;
        }
        return false;
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
            if (m.possessive && !whoBefore(m.s)) {
                // "X spoke with the ministers of A, B and the EU's High Representative, following his meeting with Y": his
                // is the sentence's subject, not the last of the list it spoke with
                for (int j = 0; j < i; j++) {
                    Ment c = ms.get(j);
                    if (c.type == Ment.Type.PERSON && !c.possessive && !inPP(c) && !inQuote(c.s) && c.code != null) { prevPerson = c; break; }
                    if (c.type == Ment.Type.PERSON || c.type == Ment.Type.ROLE) break;   // the first person is no subject: as before
                }
            }
            for (int j = i - 1; j >= 0 && prevPerson == null; j--) {
                Ment c = ms.get(j);
                if (!c.isNamedPerson() || inQuote(c.s)) continue;
                if (c.possessive || inPP(c)) { if (nearPP == null) nearPP = c; continue; }
                prevPerson = c;
                break;
            }
            if (prevPerson == null && nearPP != null && doc.lastSubject == null) prevPerson = nearPP;
            if (prevPerson == null && m.possessive) {
                // cataphora: "During his visit to X, Minister Y said"
                // "At his meeting with X on Saturday, Minister Y offered": the main clause's subject, not the one met
                for (int j = i + 1; j < ms.size(); j++)
                    if (ms.get(j).type == Ment.Type.PERSON && !ms.get(j).possessive && !inQuote(ms.get(j).s) && !inPP(ms.get(j))) { prevPerson = ms.get(j); break; }
            }
            if (prevPerson != null) {
                m.name = prevPerson.name; m.code = prevPerson.code; m.role = prevPerson.role; m.office = prevPerson.office;
                continue;
            }
            p = doc.lastSubject;
            if (p != null) { m.name = p.name; m.code = p.country; m.role = p.role; m.office = p.office; }
        }
    }

    /** Days before publication beyond which an event is background ("since 2019, when he travelled to Fiji"), not the story. */
    private static final int STORY_DAYS = 31;

    /** A dated event well before the story: its place is not where the story is (the venue of later bare arrivals). */
    private boolean background(RuleExtractor.Cand c) {
        return c.date != null && c.date.isBefore(pub.minusDays(STORY_DAYS));
    }

    /**
     * The day whose office holders the sentence's titles name: its one stated date when it has a single one at or before
     * publication ("In March 2019 the Kenyan president visited Paris": Kenyatta, not Ruto), else the publication day.
     */
    private LocalDate officeDay() {
        LocalDate day = null;
        for (Dates.Mention d : dates) {
            if (day != null && !day.equals(d.date())) return pub;
            day = d.date();
        }
        return day == null || day.isAfter(pub) ? pub : day;
    }
}
