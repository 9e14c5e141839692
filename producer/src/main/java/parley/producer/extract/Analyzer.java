package parley.producer.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Finds the mentions (places, demonyms, institutions, persons, role phrases, pronouns) of one sentence. */
final class Analyzer {
    private final Kb kb;
    private final DocState doc;
    private final LocalDate day;

    Analyzer(Kb kb, DocState doc, LocalDate day) {
        this.kb = kb;
        this.doc = doc;
        this.day = day;
    }

    /** Titles used with a given name alone ("Sheikh Mohammed", "Prince Faisal", "Emir Tamim"). */
    static final String[] GIVEN_NAME_TITLES = {"sheikh", "sheikha", "shaikh", "emir", "prince", "princess", "sultan", "king", "queen", "crown"};
    /** Forms of address that start a name, never continue a place's name ("in Pretoria Mr. X"); "Hassan Sheikh" does. */
    static final java.util.Set<String> HONORIFIC = java.util.Set.of("mr", "mrs", "ms", "dr", "madam", "prof", "sir", "dame");

    /** The mentions of one sentence, found in four passes; each pass sees the tokens the earlier ones marked. */
    List<Ment> mentions(List<Tok> t) {
        Marks m = new Marks(t);
        findGazetteerEntries(m);
        ownCountryInstitutions(m);
        findInstitutions(m);
        findPersons(m);
        findRolesAndPronouns(m);
        markPossessives(m);
        m.out.sort((a, b) -> Integer.compare(a.s, b.s));
        return m.out;
    }

    /** One sentence's tokens, the mention covering each token (null: none yet) and the mentions found so far. */
    private static final class Marks {
        final List<Tok> t;
        final int n;
        final Ment[] at;
        final List<Ment> out = new ArrayList<>();

        Marks(List<Tok> t) {
            this.t = t;
            this.n = t.size();
            this.at = new Ment[n];
        }

        Tok tok(int i) { return t.get(i); }

        /** Whether token i is covered by a mention of that type. */
        boolean marked(int i, Ment.Type type) { return at[i] != null && at[i].type == type; }

        /** Whether token i is covered by a country's mention: a demonym or a place that is not a city. */
        boolean countryAt(int i) { return at[i] != null && (at[i].type == Ment.Type.DEMONYM || at[i].type == Ment.Type.PLACE && !at[i].city); }

        /** Adds a mention and marks its tokens. */
        void put(Ment m) {
            for (int j = m.s; j < m.e; j++) at[j] = m;
            out.add(m);
        }
    }

    // ---- pass 1: the gazetteer ----

    /** Pass 1: places, demonyms and named institutions of the knowledge base, the longest match first. */
    private void findGazetteerEntries(Marks m) {
        for (int i = 0; i < m.n; i++) {
            if (!m.tok(i).isWord() || m.at[i] != null) continue;
            if (basedPlace(m, i)) continue;
            longestEntryAt(m, i);
        }
    }

    /** "Nairobi-based": the city or country before "-based", marked on its token; false when the word is no such place. */
    private boolean basedPlace(Marks m, int i) {
        Tok x = m.tok(i);
        if (!x.fold.endsWith("-based") || !x.cap) return false;
        for (Kb.Entry e : kb.lookup(x.fold.substring(0, x.fold.length() - "-based".length()))) {
            if (e.type() != Kb.Type.CITY && e.type() != Kb.Type.COUNTRY) continue;
            Ment p = new Ment(Ment.Type.PLACE, i, i + 1);
            p.city = e.type() == Kb.Type.CITY;
            p.code = e.code();
            p.name = p.city ? e.canonical() : kb.countryName(e.code());
            p.orgCode = parley.model.Codes.isOrganization(e.code());
            m.put(p);
            return true;
        }
        return false;
    }

    /** The longest knowledge-base phrase starting at token i that fits its context, marked. */
    private void longestEntryAt(Marks m, int i) {
        Kb.FirstWord fw = kb.firstWord(m.tok(i).fold);
        int ml = fw == null ? 0 : fw.maxLen;
        if (ml == 0) return;
        for (int len = Math.min(ml + 2, m.n - i); len >= 1; len--) {
            Phrase p = phrase(m.t, i, len);
            if (p == null || !fw.mayHave(p.words())) continue;   // no KB phrase of that many words starts with this one
            List<Kb.Entry> es = kb.lookup(p.key());
            if (es.isEmpty()) continue;
            Kb.Entry e = pick(es, m.t, i, len);
            if (e == null || !fitsContext(m, i, len, e, p.key())) continue;
            m.put(gazetteerMention(e, i, len));
            return;
        }
    }

    /** The folded text of some tokens and how many words it has. */
    private record Phrase(String key, int words) { }

    /** The phrase of tokens [i, i+len), or null where no KB phrase can span them (edge punctuation, a stray "'s"). */
    private static Phrase phrase(List<Tok> t, int i, int len) {
        StringBuilder k = new StringBuilder();
        int words = 1;
        for (int j = i; j < i + len; j++) {
            Tok x = t.get(j);
            if (x.fold.isEmpty()) {
                if (j == i || j == i + len - 1) return null;
                continue;
            }
            // "'s" only inside a name: "People's Republic of China", "Lao People's Democratic Republic"
            if (x.fold.equals("'s") && (j == i + len - 1 || !t.get(j - 1).low.equals("people"))) return null;
            if (k.length() > 0) { k.append(' '); words++; }
            k.append(x.fold);
            for (int c = 0; c < x.fold.length(); c++) if (x.fold.charAt(c) == ' ') words++;
        }
        return new Phrase(k.toString(), words);
    }

    /** Ordinary words that name a country or body only after "the". */
    private static final Set<String> ARTICLE_ONLY = Set.of("states", "alliance");

    /** Whether an entry read at [i, i+len) is meant: an acronym in capitals, a name capitalised, a city not inside a person's name. */
    private boolean fitsContext(Marks m, int i, int len, Kb.Entry e, String key) {
        if (e.acronym()) {
            for (int j = i; j < i + len; j++) if (m.tok(j).isWord() && !m.tok(j).upper) return false;
        } else if (!m.tok(i).cap) {
            return false;
        }
        if (e.commonWord() && endsLongerName(m, i, e.code())) return false;
        // "the States", "the Alliance" only with their article: "SADC member States" are no country ("Netherlands" is)
        if (e.commonWord() && ARTICLE_ONLY.contains(key) && !(i > 0 && m.tok(i - 1).is("the"))) return false;
        if (e.type() != Kb.Type.CITY) return true;
        if (kb.isNotPlace(key)) return false;
        if (len == 1 && personMetBefore(m, i)) return false;
        if (particleOfName(m, i)) return false;
        return !nameGoesOnAfter(m, i + len) && !nameStartedBefore(m, i);
    }

    /**
     * "Gulf States", "MDC Alliance", "Peru's Congress": a capitalised word before a common-word entry makes it the end
     * of another name, unless that word names the entry's own country ("the U.S. Congress", "Russia's Kremlin").
     */
    private static boolean endsLongerName(Marks m, int i, String code) {
        int k = i - 1;
        if (k > 0 && m.tok(k).is("'s", "\u2019s")) k--;
        if (k < 0 || !m.tok(k).cap || !m.tok(k).isWord() || m.tok(k).is("the")) return false;
        return m.at[k] == null || !code.equals(m.at[k].code);
    }

    /** Words that put a place after them: "in Mao", "to Mao". */
    private static final Set<String> LOCATIVE = Set.of("in", "to", "from", "at", "near", "into", "outside", "via");

    /**
     * "Spokesperson Mao Ning ... \"...,\" Mao said": a one-word city that a person named earlier in the document goes by
     * (a family name written first or a surname), not after a preposition of place, is that person.
     */
    private boolean personMetBefore(Marks m, int i) {
        if (i > 0 && LOCATIVE.contains(m.tok(i - 1).low)) return false;
        DocState.Person p = doc.findPerson(m.tok(i).text);
        return p != null && p.name.contains(" ");
    }

    /** "Victoria Nuland": an unknown capitalised word after a city continues a name; "in Pretoria Mr. X" does not. */
    private boolean nameGoesOnAfter(Marks m, int j) {
        if (j >= m.n) return false;
        Tok nx = m.tok(j);
        return nx.cap && nx.isWord() && kb.lookup(nx.fold).isEmpty() && !Lexicon.STOP.contains(nx.low)
                && !Lexicon.isTimeWord(nx.low) && !Lexicon.ORG.contains(nx.low) && !HONORIFIC.contains(nx.low.replace(".", ""));
    }

    /** "Mark Baku": an unknown capitalised word before a city starts a name. */
    private boolean nameStartedBefore(Marks m, int i) {
        if (i == 0) return false;
        Tok pv = m.tok(i - 1);
        return pv.cap && pv.isWord() && kb.lookup(pv.fold).isEmpty() && !Lexicon.STOP.contains(pv.low)
                && !Lexicon.TITLE.contains(pv.low) && !Lexicon.isTimeWord(pv.low) && !SEAT_HEADS.contains(pv.low);
    }

    /** "José Eduardo dos Santos", "Lula da Silva": a city after a name's particle, itself after a capitalised word, ends the name. */
    private static boolean particleOfName(Marks m, int i) {
        return i >= 2 && !m.tok(i - 1).cap && Lexicon.PARTICLES.contains(m.tok(i - 1).low) && m.tok(i - 2).cap && m.tok(i - 2).isWord()
                && !LOCATIVE.contains(m.tok(i - 1).low);
    }

    /** Head words of a seat's name before its city: "State House Entebbe", "Presidential Palace Bamako". */
    private static final Set<String> SEAT_HEADS = Set.of("house", "palace", "villa", "lodge");

    /** The mention of a KB entry: a place (country or city), a demonym or a named institution. */
    private Ment gazetteerMention(Kb.Entry e, int i, int len) {
        Ment m;
        switch (e.type()) {
            case COUNTRY, CITY -> {
                m = new Ment(Ment.Type.PLACE, i, i + len);
                m.city = e.type() == Kb.Type.CITY;
                m.name = m.city ? e.canonical() : kb.countryName(e.code());
                m.orgCode = parley.model.Codes.isOrganization(e.code());
            }
            case DEMONYM -> { m = new Ment(Ment.Type.DEMONYM, i, i + len); m.name = kb.countryName(e.code()); }
            default -> { m = new Ment(Ment.Type.INST, i, i + len); m.name = e.canonical(); }
        }
        m.code = "?".equals(e.code()) ? null : e.code();
        return m;
    }

    /** Names several governments give their own body ("the Foreign Office" is also Pakistan's and, translated, Germany's). */
    private static final Set<String> SHARED_BODY_NAMES = Set.of("Foreign Office");

    /**
     * "The German Foreign Office", "Pakistan's Foreign Office": a country right before a named body is its country. Without
     * one, a body whose name several governments use is the dateline's country's when the story is there (ISLAMABAD: "the
     * Foreign Office spokesperson").
     */
    private void ownCountryInstitutions(Marks m) {
        for (Ment inst : m.out) {
            if (inst.type != Ment.Type.INST) continue;
            Span sp = new Span();
            sp.s = inst.s;
            countryBefore(m, sp);
            if (sp.code != null && !parley.model.Codes.isOrganization(sp.code)) inst.code = sp.code;
            else if (SHARED_BODY_NAMES.contains(inst.name) && storyCountry() != null) inst.code = storyCountry();
        }
    }

    // ---- pass 2: institutions around a head word ----

    /** Head words of institutions that count in lower case too ("the foreign ministry"). */
    private static final Set<String> INSTITUTION_HEADS_ANY_CASE = Set.of("ministry", "government", "embassy", "presidency");
    /** Head words of institutions. */
    private static final Set<String> INSTITUTION_HEADS = Set.of("ministry", "government", "embassy", "presidency", "mfa", "mod",
            "department", "army", "corps");
    /** Heads of bodies a story names without their country ("the Frontier Corps", "the Department of Foreign Affairs"): the story's own. */
    private static final Set<String> STORY_BODY_HEADS = Set.of("department", "army", "corps");

    /** Pass 2: institutions built around a head word: "the Russian Foreign Ministry", "Ministry of Foreign Affairs of Armenia". */
    private void findInstitutions(Marks m) {
        for (int i = 0; i < m.n; i++) {
            if (m.at[i] != null || !isInstitutionHead(m.tok(i))) continue;
            i = institutionAt(m, i);
        }
    }

    private static boolean isInstitutionHead(Tok x) {
        return (x.cap || INSTITUTION_HEADS_ANY_CASE.contains(x.low)) && INSTITUTION_HEADS.contains(x.low);
    }

    /** The tokens and country of an institution being read. */
    private static final class Span {
        int s;
        int e;
        String code;
    }

    /** The institution around the head word at i, marked; returns the last token it covers (i when there is none). */
    private int institutionAt(Marks m, int i) {
        Tok x = m.tok(i);
        Span sp = new Span();
        sp.s = titleWordsBefore(m, i, x.cap);
        // "the Frontier Corps", "the Pakistan Army": a body's own capitalised name before its head
        if (x.cap && STORY_BODY_HEADS.contains(x.low))
            while (sp.s > 0 && m.tok(sp.s - 1).cap && m.tok(sp.s - 1).isWord() && m.at[sp.s - 1] == null && !Lexicon.STOP.contains(m.tok(sp.s - 1).low)) sp.s--;
        sp.e = i + 1;
        countryBefore(m, sp);
        namesAfterOf(m, sp);
        if (sp.code == null && x.low.equals("government") && sp.e < m.n && m.tok(sp.e).low.equals("of")) return i;
        if (sp.code == null && x.low.equals("ministry") && sp.s > 0 && m.tok(sp.s - 1).is("the") && doc.lastMinistry != null) {
            // "the ministry said": the ministry named before in the document
            Ment inst = new Ment(Ment.Type.INST, sp.s, sp.e);
            inst.code = doc.lastMinistry.code;
            inst.name = doc.lastMinistry.name;
            m.put(inst);
            return sp.e - 1;
        }
        if (sp.code == null && !x.cap) return i;      // "the ministry" alone: not a named body
        if (sp.code == null && STORY_BODY_HEADS.contains(x.low)) sp.code = storyCountry();
        Ment inst = new Ment(Ment.Type.INST, sp.s, sp.e);
        inst.code = sp.code;
        inst.name = spokenName(m.t, sp.s, sp.e);
        if (sp.code != null && x.low.equals("ministry")) doc.lastMinistry = inst;
        for (int j = sp.s; j < sp.e; j++) if (m.at[j] != null) m.out.remove(m.at[j]);
        m.put(inst);
        return sp.e - 1;
    }

    /** Where the story happens: its place names' country, when a dateline (if any) agrees; else null. */
    private String storyCountry() {
        return doc.home == null || doc.home.equals(doc.local) ? doc.local : null;
    }

    /** The start of the title words before a head word ("Foreign Ministry"); a lower-case head takes title words of any case. */
    private static int titleWordsBefore(Marks m, int i, boolean capHead) {
        int s = i;
        while (s > 0 && (m.tok(s - 1).cap || !capHead) && m.at[s - 1] == null && Lexicon.TITLE.contains(m.tok(s - 1).low)) s--;
        return s;
    }

    /** "Russia's Foreign Ministry", "the Russian Foreign Ministry": the country before the title words. */
    private static void countryBefore(Marks m, Span sp) {
        int s = sp.s;
        if (s > 1 && m.tok(s - 1).fold.equals("'s") && m.marked(s - 2, Ment.Type.PLACE)) {
            sp.code = m.at[s - 2].code;
            sp.s = m.at[s - 2].s;
        } else if (s > 0 && m.countryAt(s - 1)) {
            sp.code = m.at[s - 1].code;
            sp.s = m.at[s - 1].s;
        }
    }

    /** "Ministry of Foreign Affairs of Armenia": the capitalised words after "of", then the country after a second "of". */
    private static void namesAfterOf(Marks m, Span sp) {
        int e = sp.e;
        if (!(e + 1 < m.n && m.tok(e).low.equals("of") && m.tok(e + 1).cap)) return;
        int k = e + 1;
        while (k < m.n && (m.tok(k).cap || m.tok(k).low.equals("and")) && m.at[k] == null && !Lexicon.STOP.contains(m.tok(k).low)) k++;
        if (k > e + 1) e = k;
        sp.e = e;
        if (e + 1 < m.n && m.tok(e).low.equals("of")) {
            int k2 = e + 1;
            if (k2 < m.n && m.tok(k2).low.equals("the")) k2++;
            if (k2 < m.n && m.marked(k2, Ment.Type.PLACE)) {
                sp.code = m.at[k2].code;
                sp.e = m.at[k2].e;
            }
        }
    }

    /** The text of tokens [s, e) as written, "'s" attached to the word before. */
    private static String spokenName(List<Tok> t, int s, int e) {
        StringBuilder nm = new StringBuilder();
        for (int j = s; j < e; j++) {
            Tok y = t.get(j);
            if (nm.length() > 0 && !y.text.equals("'s") && !y.text.equals("’s")) nm.append(' ');
            nm.append(y.text);
        }
        return nm.toString();
    }

    // ---- pass 3: persons ----

    /** Pass 3: persons, from runs of capitalised words; the name is the run's suffix of name-like words. */
    private void findPersons(Marks m) {
        for (int i = 0; i < m.n; i++) {
            if (!startsRun(m.t, m.at, i)) continue;
            i = personInRun(m, i);
        }
    }

    /** The person named at the end of the run of capitalised words starting at i, marked; returns the run's last token. */
    private int personInRun(Marks m, int i) {
        int j = i;
        while (j < m.n && inRun(m.t, m.at, j)) j++;
        int runEnd = j;
        while (runEnd > i && Lexicon.PARTICLES.contains(m.tok(runEnd - 1).low) && !m.tok(runEnd - 1).cap) runEnd--;   // trailing particles
        // "President Muhammadu Buhari Friday returned": a weekday right after a name (wire style) is the date, not part of the run
        while (runEnd > i + 1 && Lexicon.WEEKDAYS.contains(m.tok(runEnd - 1).low)) runEnd--;
        // a regnal number ends a name though it looks like an acronym: "King Abdullah II", "Pope Leo XIV"
        int nameEnd = runEnd - i >= 2 && regnal(m.tok(runEnd - 1).text) && nameLike(m.t, m.at, runEnd - 2) ? runEnd - 1 : runEnd;
        int ns = nameStart(m, i, nameEnd);
        if (ns < nameEnd) personAt(m, i, ns, runEnd);
        return j - 1;
    }

    /** A Roman numeral of two letters or more ("II", "XIV"; "I" is the pronoun too). */
    private static boolean regnal(String w) {
        return w.length() >= 2 && REGNAL.matcher(w).matches();
    }

    /** Roman numerals of monarchs and popes. */
    private static final java.util.regex.Pattern REGNAL = java.util.regex.Pattern.compile("(X{0,2})(IX|IV|V?I{0,3})|X{1,2}");

    /** Where the name of a run [i, runEnd) starts: its suffix of name-like words, without leading particles. */
    private int nameStart(Marks m, int i, int runEnd) {
        int ns = runEnd;
        while (ns > i && nameLike(m.t, m.at, ns - 1)) ns--;
        // a title word inside a name: "Abdul Amir al-Shammari" ("servant of" joins the next word), "Hassan Sheikh Mohamud" (known)
        if (ns > i && ns < runEnd && Lexicon.TITLE.contains(m.tok(ns - 1).low)) ns = nameWithTitleWords(m, i, ns, runEnd);
        while (ns < runEnd && Lexicon.PARTICLES.contains(m.tok(ns).low) && !m.tok(ns).cap) ns++;
        return knownTail(m, ns, runEnd);
    }

    /**
     * "... and Moroccans Abroad Nasser Bourita": the end of a long official title runs into the name; when the KB and the
     * document know the whole run as no one but know its last words (two or more) in office that day, the name starts there.
     */
    private int knownTail(Marks m, int ns, int runEnd) {
        if (runEnd - ns < 3) return ns;
        String whole = join(m.t, ns, runEnd);
        if (doc.findPerson(whole) != null || !kb.person(whole).isEmpty()) return ns;
        // the shortest known tail: the KB's matching tolerates spelling, so a longer tail with a stray word may also match
        // and only one in office that day: "Mahamet Idriss Deby Itno" is not his late father "Idriss Deby Itno"
        for (int s = runEnd - 2; s > ns; s--) if (Kb.bestOn(kb.person(join(m.t, s, runEnd)), day) != null) return s;
        // "the envoy for the dialogue between Belgrade and Pristina Miroslav Lajcak", "head of Tatarstan Rustam Minnikhanov":
        // after "of", "and", "for" the run's first word ends the title phrase when the rest is someone the KB knows
        if (ns > 0 && m.tok(ns - 1).is("of", "and", "for", "between") && !kb.person(join(m.t, ns + 1, runEnd)).isEmpty()) return ns + 1;
        return ns;
    }

    /** Arabic "servant of" words that a divine name follows, though the name is a title word elsewhere ("Amir", "Malik"). */
    private static final Set<String> SERVANT_OF = Set.of("abdul", "abdel", "abd", "abdol", "abdal");

    /**
     * The start of a name that takes in the title words before ns: after a "servant of" word, or the longest run from a
     * name-like word that the KB knows exactly ("Sultan", "Sheikh" inside a name). ns when neither.
     */
    private int nameWithTitleWords(Marks m, int i, int ns, int runEnd) {
        if (ns >= i + 2 && SERVANT_OF.contains(m.tok(ns - 2).low) && nameLike(m.t, m.at, ns - 2)) return ns - 2;
        int s = ns;
        while (s > i && m.at[s - 1] == null && (Lexicon.TITLE.contains(m.tok(s - 1).low) || nameLike(m.t, m.at, s - 1))) s--;
        for (; s < ns - 1; s++) {
            if (!Lexicon.TITLE.contains(m.tok(s).low) && nameLike(m.t, m.at, s) && kb.exactPerson(join(m.t, s, runEnd))) return s;
        }
        return ns;
    }

    /** The name [ns, runEnd) is a person when it has two words, a title or is known; then resolved and marked. */
    private void personAt(Marks m, int runStart, int ns, int runEnd) {
        int len = runEnd - ns;
        boolean titled = false;
        for (int k = Math.max(0, runStart - 1); k < ns; k++) if (Lexicon.TITLE.contains(m.tok(k).low)) titled = true;
        String name = join(m.t, ns, runEnd);
        boolean known = knownName(name, len, m.tok(ns));
        if (len < 2 && !titled && !known) return;
        if (len >= 2 && allCommonish(m.t, ns, runEnd) && !known && !titled) return;
        Ment p = new Ment(Ment.Type.PERSON, ns, runEnd);
        p.name = name;
        resolvePerson(m.t, m.at, p, runStart);
        m.put(p);
    }

    /**
     * A name the document or the KB knows; a single word only when the KB has it exactly, a word under three letters
     * otherwise only as a person's family name written first that the document named before ("Li" after "Li Keqiang").
     */
    private boolean knownName(String name, int len, Tok first) {
        if (len == 1 && first.low.length() < 3) return kb.exactPerson(name) || doc.findPerson(name) != null;
        return doc.findPerson(name) != null || (len == 1 ? kb.exactPerson(name) : !kb.person(name).isEmpty());
    }

    // ---- pass 4: role phrases and pronouns ----

    /** Words between an article and a role's country or title: "the visiting Chinese premier", "the then foreign minister". */
    private static final String[] ROLE_MODIFIERS = {"visiting", "new", "top", "outgoing", "incoming", "then", "senior", "acting", "two", "three"};
    /** Words of a state's formal name between a title and the country: "the Minister of Foreign Affairs of the Republic of Kenya". */
    private static final String[] STATE_NAME_WORDS = {"republic", "kingdom", "state", "of", "the", "federal", "federative", "islamic", "united",
            "democratic", "people's", "hashemite", "sultanate"};
    /** At most this many tokens between a title's "of" and the country it names. */
    private static final int MAX_TITLE_TO_COUNTRY = 8;
    /** A name is looked for this many tokens after "President of": "the President of the Commission Ursula von der Leyen". */
    private static final int NAME_AFTER_OF_WINDOW = 6;

    /** Pass 4: role phrases without a name ("the Russian foreign minister", "his Azeri counterpart") and pronouns. */
    private void findRolesAndPronouns(Marks m) {
        for (int i = 0; i < m.n; i++) i = roleOrPronounAt(m, i);
    }

    /** The role phrase or pronoun at token i, marked; returns the last token it covers (i when there is none). */
    private int roleOrPronounAt(Marks m, int i) {
        Tok x = m.tok(i);
        boolean countryStart = startsWithCountry(m, i);
        if (m.at[i] != null && !countryStart) return i;
        if (narratorPronoun(m, i)) return i;
        if (x.is("he", "she")) {
            if (x.text.equals("HE") && i + 1 < m.n && m.tok(i + 1).cap) return i;   // "HE Secretary-General ...": His Excellency
            m.put(new Ment(Ment.Type.PRON, i, i + 1));
            return i;
        }
        if (x.is("his", "her")) return possessiveAt(m, i);
        if (x.is("the", "a", "an") || countryStart) return rolePhraseAt(m, i, countryStart);
        return bareTitleAt(m, i);
    }

    /**
     * A capitalised title alone, without article or name, as releases and briefings write their own officials
     * ("Prime Minister met President Xi", "EAM met his counterparts"): the issuer's office holder, else the person the
     * document last named with that title; nothing when neither is known. Returns the last token covered (i when none).
     */
    private int bareTitleAt(Marks m, int i) {
        Tok x = m.tok(i);
        // it opens the sentence or a clause ("Later, Prime Minister met"); after a word it is some other phrase's ("the Minister of ...");
        // an abbreviation stands for the whole title anywhere but inside a capitalised run ("follow-up to EAM's visit")
        boolean abbreviation = x.upper && Lexicon.TITLE_ABBREVIATIONS.containsKey(x.low);
        if (!x.cap || !Lexicon.TITLE.contains(x.low) || i > 0 && m.tok(i - 1).isWord() && !(abbreviation && !m.tok(i - 1).cap)) return i;
        int k = i;
        while (k < m.n && m.at[k] == null && (m.tok(k).cap || m.tok(k).is("of")) && titleWordOfRole(m, k)) k++;
        if (k < m.n && m.tok(k).is("of") || nameFollows(m, k)) return i;   // "Minister of Trade of Kenya": not the bare title
        if (i > 1 && m.tok(i - 1).text.equals(",") && m.marked(i - 2, Ment.Type.PERSON)) return i;   // "Badr Albusaidi, Foreign Minister,"
        String role = join(m.t, i, k).toLowerCase(Locale.ROOT);
        String office = office(role, null);
        if (office == null) return i;
        String code = doc.issuer;
        if (code == null) {
            DocState.Person p = doc.findByTitle(expandAbbreviations(role));
            if (p == null) return i;
            code = p.country;
        }
        Ment r = new Ment(Ment.Type.ROLE, i, k);
        r.code = code;
        r.role = expandAbbreviations(role);
        r.office = office;
        resolveRole(r, m);
        m.put(r);
        return k - 1;
    }

    /** A country's mention starts at i, not after a capitalised word or "the" ("Chinese foreign minister", not "the Chinese ..."). */
    private static boolean startsWithCountry(Marks m, int i) {
        return m.at[i] != null && m.at[i].s == i && m.countryAt(i) && (i == 0 || !m.tok(i - 1).cap && !m.tok(i - 1).is("the"));
    }

    /** "I", "me", "my" in a first-person text whose narrator is known: the narrator. */
    private boolean narratorPronoun(Marks m, int i) {
        Tok x = m.tok(i);
        if (doc.narrator == null || doc.narrator.country == null || !(x.text.equals("I") || x.is("me", "my"))) return false;
        Ment p = new Ment(Ment.Type.PRON, i, i + 1);
        p.self = true;
        p.possessive = x.is("my");
        p.name = doc.narrator.name;
        p.code = doc.narrator.country;
        p.role = doc.narrator.role;
        p.office = doc.narrator.office;
        m.put(p);
        return true;
    }

    /** A mention [s, e) of a person the document already knows, with that person's name, country and office. */
    private static Ment personMent(Ment.Type type, int s, int e, DocState.Person p) {
        Ment r = new Ment(type, s, e);
        r.name = p.name;
        r.code = p.country;
        r.role = p.role;
        r.office = p.office;
        return r;
    }

    /** Titles "His Majesty" and "His Highness" stand for, alone: the monarch's, the emir's or crown prince's. */
    private static final String[] MAJESTY_TITLES = {"king", "queen", "sultan", "emperor", "monarch", "majesty"};
    private static final String[] HIGHNESS_TITLES = {"emir", "amir", "crown prince", "prince", "sheikh", "sultan", "aga khan", "highness"};

    /** "his", "her": a possessive pronoun, or with a demonym the role "his Azeri counterpart"; returns the last token covered. */
    private int possessiveAt(Marks m, int i) {
        if (i + 1 < m.n && m.tok(i + 1).is("majesty", "highness") && m.tok(i).cap && (i + 2 >= m.n || !m.tok(i + 2).cap)) {
            // "His Majesty had received a phone call ...": the monarch the story named, used alone as his title
            DocState.Person p = null;
            for (String title : m.tok(i + 1).is("majesty") ? MAJESTY_TITLES : HIGHNESS_TITLES) {
                DocState.Person q = doc.findByTitle(title);
                if (q != null && q.country != null && (p == null || q.lastSeen > p.lastSeen)) p = q;
            }
            if (p != null) {
                m.put(personMent(Ment.Type.PRON, i, i + 2, p));
                return i + 1;
            }
        }
        if (i + 1 < m.n && m.tok(i + 1).is("excellency", "highness", "majesty", "holiness", "royal")) return i;   // an honorific ("His Royal Highness")
        // a demonym or a country's name: "his Egyptian counterpart", "his Benin Republic counterpart"
        int j = i + 1;
        while (j < m.n && m.at[j] == null && m.tok(j).is(ROLE_MODIFIERS)) j++;   // "his visiting Kenyan counterpart"
        int c = j < m.n && m.countryAt(j) && m.at[j].s == j ? m.at[j].e : -1;
        boolean counterpart = c > 0 && c < m.n && m.tok(c).low.startsWith("counterpart");
        if (counterpart && c + 1 < m.n && m.marked(c + 1, Ment.Type.PERSON)) return c;   // "his Egyptian counterpart Abdel Fattah el-Sisi": a title
        if (counterpart) {
            Ment r = new Ment(Ment.Type.ROLE, i, c + 1);
            r.code = m.at[j].code;
            r.role = "counterpart";
            r.office = "counterpart";
            m.put(r);
            return c;
        }
        if (i + 1 < m.n && m.tok(i + 1).is("host", "hosts") && m.at[i + 1] == null && doc.venueCode != null) {
            // "his host": the person last named of the country visited
            DocState.Person host = doc.findByRole(doc.venueCode, null, "leader");
            if (host != null) {
                m.put(personMent(Ment.Type.ROLE, i, i + 2, host));
                return i + 1;
            }
        }
        Ment p = new Ment(Ment.Type.PRON, i, i + 1);
        p.possessive = true;
        m.put(p);
        return i;
    }

    /** A role phrase being read: its end, country and title text. */
    private static final class RolePhrase {
        int k;
        String code;
        String role;
    }

    /** A role phrase without a name at i ("the Russian foreign minister", "Kenya's foreign minister"), resolved and marked; returns its last token. */
    private int rolePhraseAt(Marks m, int i, boolean countryStart) {
        RolePhrase r = new RolePhrase();
        r.k = m.tok(i).is("the", "a", "an") ? i + 1 : i;
        boolean visiting = false;
        while (r.k < m.n && m.at[r.k] == null && m.tok(r.k).is(ROLE_MODIFIERS)) visiting |= m.tok(r.k++).is("visiting");
        if (r.k < m.n && m.countryAt(r.k)) {
            r.code = m.at[r.k].code;
            r.k = m.at[r.k].e;
            if (r.k < m.n && m.tok(r.k).fold.equals("'s")) r.k++;
        }
        if (r.code == null && !m.tok(i).is("the")) return i;
        int rs = r.k;
        while (r.k < m.n && m.at[r.k] == null && titleWordOfRole(m, r.k)) r.k++;
        if (r.k == rs) return i;
        r.role = join(m.t, rs, r.k).toLowerCase(Locale.ROOT);
        if (!isPersonRole(r.role)) return i;
        if (r.code == null && r.k < m.n && m.tok(r.k).is("of") && !countryAfterTitle(m, rs, r)) return i;
        if (nameFollows(m, r.k)) return i;
        if (appositionTo(m, i, r.code)) return i;
        if (countryStart && m.at[i] != null) m.out.remove(m.at[i]);
        Ment role = new Ment(Ment.Type.ROLE, i, r.k);
        role.code = r.code;
        role.role = r.role;
        role.office = office(r.role, r.code);
        resolveRole(role, m, visiting ? venuePersons() : java.util.Set.of());
        m.put(role);
        return r.k - 1;
    }

    /**
     * "Retno Marsudi, the Indonesian minister,": the role at i describes the person right before its comma; not when it
     * names another country ("While meeting Retno Marsudi, the Indian minister said": the subject of the main clause).
     */
    private static boolean appositionTo(Marks m, int i, String code) {
        if (!(i > 1 && m.tok(i - 1).text.equals(",") && m.marked(i - 2, Ment.Type.PERSON))) return false;
        String pc = m.at[i - 2].code;
        return code == null || pc == null || code.equals(pc);
    }

    /** A title word, a plural title or "of" between titles ("minister of state"). */
    private static boolean titleWordOfRole(Marks m, int k) {
        String w = m.tok(k).low;
        return Lexicon.TITLE.contains(w) || plural(w) || w.equals("of") && k + 1 < m.n && Lexicon.TITLE.contains(m.tok(k + 1).low);
    }

    /**
     * "the Minister of Foreign Affairs of Kenya": the country after the title's "of" joins the role phrase; false when the title
     * belongs to the name in apposition after it (", Ambassador Yusuf Tuggar").
     */
    private static boolean countryAfterTitle(Marks m, int rs, RolePhrase r) {
        int q = r.k + 1;
        if (q < m.n && m.tok(q).is("the")) q++;
        while (q < m.n && m.at[q] == null && (Lexicon.TITLE.contains(m.tok(q).low) || m.tok(q).is(STATE_NAME_WORDS)) && q < r.k + MAX_TITLE_TO_COUNTRY) q++;
        // "the Foreign Minister of Omani Sultanate": a demonym before the state's formal word names it too
        boolean stateOfDemonym = q < m.n && m.marked(q, Ment.Type.DEMONYM) && m.at[q].s == q && m.at[q].e < m.n
                && m.tok(m.at[q].e).is("sultanate", "kingdom", "republic", "state", "emirate", "federation");
        if (!(q < m.n && (m.marked(q, Ment.Type.PLACE) || stateOfDemonym) && !m.at[q].city && m.at[q].s == q)) return true;
        int end = stateOfDemonym ? m.at[q].e + 1 : m.at[q].e;
        if (appositiveName(m.t, m.at, end)) return false;
        Ment pl = m.at[q];
        r.code = pl.code;
        m.out.remove(pl);
        r.role = join(m.t, rs, end).toLowerCase(Locale.ROOT);
        r.k = end;
        return true;
    }

    /** A name follows the role at k, so the role is that person's title: "the foreign minister Ahmed X", "the President of the Commission Ursula ...". */
    private static boolean nameFollows(Marks m, int k) {
        if (k < m.n && m.tok(k).cap && m.tok(k).isWord() && (m.at[k] == null || m.at[k].type == Ment.Type.PERSON)) return true;
        if (!(k < m.n && m.tok(k).is("of"))) return false;
        for (int q = k + 1; q < Math.min(m.n, k + 1 + NAME_AFTER_OF_WINDOW); q++) {
            Tok y = m.tok(q);
            if (!(y.cap || y.is("the", "of", "'s", "’s"))) break;
            // a person's name, not a portfolio ("the Minister of Commerce", "Minister of Tourism and Culture")
            if (y.cap && !Lexicon.TITLE.contains(y.low) && !Lexicon.ORG.contains(y.low) && m.marked(q, Ment.Type.PERSON)
                    && !Lexicon.STOP.contains(y.low)) return true;
        }
        return false;
    }

    /** A mention followed by "'s" is possessive ("Kenya's", "Ruto's"). */
    private static void markPossessives(Marks m) {
        for (Ment x : m.out) if (x.e < m.n && m.tok(x.e).fold.equals("'s")) x.possessive = true;
    }

    /** Words of international bodies whose officials come from any member ("Union", "Forum", "Commission", "Secretariat"). */
    static final java.util.Set<String> ORG_BODIES = java.util.Set.of("union", "forum", "commission", "organization", "organisation",
            "association", "community", "bank", "fund", "agency", "alliance", "nations", "secretariat", "bloc", "league", "court", "tribunal");

    /** A capitalised organisation word or acronym in the title window before a name ("ASEAN", "Union", "Forum", "Commission"). */
    private static boolean organisationTitle(List<Tok> t, Ment[] at, int from, int to) {
        for (int q = Math.max(0, from); q < to; q++) {
            Tok x = t.get(q);
            if (!x.cap || !x.isWord() || Lexicon.TITLE.contains(x.low)) continue;
            if (ORG_BODIES.contains(x.low) || x.upper && x.text.length() >= 3 && at[q] == null) return true;
            if (at[q] != null && at[q].orgCode) return true;
        }
        return false;
    }

    /** "Ankara-based", "a Nairobi-based analyst": the country of the place before "-based", else null. */
    private String basedIn(Tok x) {
        String place = x.text.substring(0, x.text.length() - "-based".length());
        for (Kb.Entry e : kb.lookup(Kb.key(place)))
            if ((e.type() == Kb.Type.CITY || e.type() == Kb.Type.COUNTRY) && parley.model.Codes.isValid(e.code()) && !parley.model.Codes.isOrganization(e.code())) return e.code();
        return null;
    }

    /** ", Ambassador Yusuf Tuggar" right after a title phrase: the title belongs to that person. */
    private static boolean appositiveName(List<Tok> t, Ment[] at, int k) {
        if (k >= t.size() || !t.get(k).is(",")) return false;
        int q = k + 1;
        while (q < t.size() && (Lexicon.TITLE.contains(t.get(q).low.replace(".", "")) || t.get(q).is("the"))) q++;
        return q < t.size() && at[q] != null && at[q].type == Ment.Type.PERSON;
    }

    private static boolean plural(String w) {
        return w.endsWith("s") && w.length() > 4 && Lexicon.TITLE.contains(w.substring(0, w.length() - 1)) && !w.equals("ministers'");
    }

    private Kb.Entry pick(List<Kb.Entry> es, List<Tok> t, int i, int len) {
        // a demonym-type entry when followed by a title or noun; else a country/city
        Kb.Entry country = null, city = null, dem = null, inst = null;
        for (Kb.Entry e : es) {
            switch (e.type()) {
                case COUNTRY -> { if (country == null) country = e; }
                case CITY -> { if (city == null) city = e; }
                case DEMONYM -> { if (dem == null) dem = e; }
                case INST -> { if (inst == null) inst = e; }
            }
        }
        if (country != null) return country;
        if (inst != null) return inst;
        if (city != null && dem == null) return city;
        if (dem != null) return dem;
        return city;
    }

    private boolean startsRun(List<Tok> t, Ment[] at, int i) {
        Tok x = t.get(i);
        if (!x.cap || !x.isWord()) return false;
        return i == 0 || !inRun(t, at, i - 1) || at[i - 1] != null && at[i - 1].type != Ment.Type.PERSON && !(at[i] == null);
    }

    private boolean inRun(List<Tok> t, Ment[] at, int j) {
        Tok x = t.get(j);
        if (at[j] != null && at[j].type == Ment.Type.PERSON) return false;
        if (x.cap && x.isWord()) return true;
        if (Lexicon.PARTICLES.contains(x.low)) {
            int k = j + 1;
            while (k < t.size() && Lexicon.PARTICLES.contains(t.get(k).low) && !t.get(k).cap) k++;
            int b = j - 1;
            while (b >= 0 && Lexicon.PARTICLES.contains(t.get(b).low) && !t.get(b).cap) b--;
            return k < t.size() && t.get(k).cap && t.get(k).isWord() && b >= 0 && t.get(b).cap && t.get(b).isWord();
        }
        return false;
    }

    private boolean nameLike(List<Tok> t, Ment[] at, int j) {
        Tok x = t.get(j);
        if (Lexicon.PARTICLES.contains(x.low) && !x.cap) return true;
        if (!x.cap || !x.isWord()) return false;
        if (at[j] != null) return false;
        // a capitalised particle inside a name: "Mohamed bin Zayed Al Nahyan", "Tamim bin Hamad Al Thani", "Abu Bakr"
        if (Lexicon.PARTICLES.contains(x.low) && j + 1 < t.size() && t.get(j + 1).cap && t.get(j + 1).isWord() && at[j + 1] == null
                && j > 0 && t.get(j - 1).cap && t.get(j - 1).isWord() && at[j - 1] == null && !Lexicon.TITLE.contains(t.get(j - 1).low)) return true;
        String l = x.low.replace(".", "");
        if (vietnameseSurname(t, at, j)) return true;
        // "Bill Clinton", "Will Hurd": a word of a body or a common word that opens a name the KB knows in full
        if (j + 1 < t.size() && t.get(j + 1).cap && kb.exactPerson(x.text + " " + t.get(j + 1).text)) return true;
        if (Lexicon.TITLE.contains(l) || Lexicon.ORG.contains(l) || Lexicon.STOP.contains(l) || Lexicon.isTimeWord(l)) return false;
        // "Russian Foreign Minsitry": a misspelt title or body word is no name
        if (Lexicon.misspeltTitleOrOrg(l) && kb.lookup(x.fold).isEmpty() && !kb.exactPerson(x.text)) return false;
        if (x.upper && x.text.replace(".", "").length() > 1 && x.text.length() <= 5) return false;   // acronyms
        if (Character.isDigit(x.text.charAt(0))) return false;
        // "Joining Biden on the call were ...", "Addressing Ruto, ...": a participle opening the sentence, not a given name
        return !(j == 0 && l.length() > MIN_OPENING_PARTICIPLE && l.endsWith("ing") && !x.upper);
    }

    /**
     * "Deputy Foreign Minister Do Hung Viet": the Vietnamese family name Do (Đỗ) is an English word, read as a name after a
     * title and before two more capitalised words.
     */
    private static boolean vietnameseSurname(List<Tok> t, Ment[] at, int j) {
        return t.get(j).text.equals("Do") && j > 0 && Lexicon.TITLE.contains(t.get(j - 1).low) && j + 2 < t.size()
                && t.get(j + 1).cap && t.get(j + 2).cap && at[j + 1] == null && at[j + 2] == null;
    }

    /** Words of national offices whose holders speak about other countries' affairs. */
    private static final Set<String> NATIONAL_OFFICE = Set.of("minister", "president", "premier", "chancellor", "secretary",
            "ambassador", "envoy", "king", "emir", "diplomat", "representative", "commissioner");

    private static boolean nationalOffice(CharSequence role) {
        for (String w : role.toString().toLowerCase(Locale.ROOT).split("[ -]+")) if (NATIONAL_OFFICE.contains(w)) return true;
        return false;
    }

    /** Shorter words ending in "-ing" may be names ("Jing", "Ying"). */
    private static final int MIN_OPENING_PARTICIPLE = 5;

    private boolean allCommonish(List<Tok> t, int s, int e) {
        for (int k = s; k < e; k++) {
            String l = t.get(k).low;
            if (!(l.endsWith("ing") || l.endsWith("tion") || l.endsWith("ism") || l.endsWith("ness") || l.endsWith("ity"))) return false;
        }
        return true;
    }

    private static String join(List<Tok> t, int s, int e) {
        StringBuilder b = new StringBuilder();
        for (int k = s; k < e; k++) {
            Tok x = t.get(k);
            if (b.length() > 0 && !(k > s && t.get(k - 1).end == x.start && (x.text.startsWith("-") || t.get(k - 1).text.endsWith("-")))) b.append(' ');
            b.append(x.text);
        }
        return b.toString();
    }

    /**
     * "A of India and (President) B": where the title window of the name at s, stopped by the previous name ending at k, starts
     * past that name's "of" country; else -1.
     */
    private static int prevNameCountry(List<Tok> t, Ment[] at, int k, int s) {
        if (k < 0 || at[k] == null || at[k].type != Ment.Type.PERSON || k + 2 >= s || !t.get(k + 1).is("of")) return -1;
        int q = t.get(k + 2).is("the") ? k + 3 : k + 2;
        Ment c = q < s ? at[q] : null;
        return c != null && c.s == q && c.type == Ment.Type.PLACE && !c.city && c.code != null && c.e < s ? c.e : -1;
    }

    /** Tokens a title phrase of a list's next item may have before its holder's name ("the President of the Republic of Senegal"). */
    private static final int NEXT_ITEM_TITLE_WORDS = 12;

    /**
     * "X, and the President of the Republic of Senegal, Macky Sall", "X, the President of Gabon, Ali Bongo, and ...": from k, a
     * title phrase then its holder's name is the next item of a list, not an apposition of X.
     */
    private static boolean nextTitledItem(List<Tok> t, Ment[] at, int k) {
        if (k >= t.size()) return false;
        // without "and" only ", the President of Gabon, Ali Bongo, and ...": the title phrase closed by a comma, then a name
        boolean and = t.get(k).is("and");
        int from = and ? k + 1 : k;
        boolean titled = false;
        for (int q = from; q < Math.min(t.size(), from + NEXT_ITEM_TITLE_WORDS); q++) {
            Tok x = t.get(q);
            // the name itself (not marked yet when X is read: names are resolved left to right)
            boolean named = at[q] != null && at[q].type == Ment.Type.PERSON
                    || at[q] == null && x.cap && x.isWord() && !Lexicon.TITLE.contains(x.low) && !x.is("the", "of") && t.get(q - 1).is(",");
            if (named) return titled && (and || t.get(q - 1).is(","));
            if (Lexicon.TITLE.contains(x.low)) titled = true;
            else if (!(x.is("the", "of", ",") || x.is(STATE_NAME_WORDS) || at[q] != null && at[q].type == Ment.Type.PLACE)) return false;
        }
        return false;
    }

    /** Titles of staff who serve an office ("spokesperson for", "adviser to"): the office's country is theirs. */
    static final Set<String> STAFF_TITLES = Set.of("spokesperson", "spokesman", "spokeswoman", "adviser", "advisor", "aide", "assistant");

    /** Country, role and canonical name of a person from its title (before), apposition (after), the KB and the document. */
    private void resolvePerson(List<Tok> t, Ment[] at, Ment m, int runStart) {
        int n = t.size();
        // title window before the name
        int k = m.s - 1;
        int lim = Math.max(0, m.s - 14);
        while (k >= lim) {
            Tok x = t.get(k);
            boolean ok = x.cap && x.isWord() || Lexicon.TITLE.contains(x.low) || x.is("of", "the", "'s", "’s", "(", ")", "for", "and", "-", "to")
                    || at[k] != null && at[k].type != Ment.Type.PERSON && at[k].type != Ment.Type.PRON;
            if (!ok || at[k] != null && at[k].type == Ment.Type.PERSON) break;
            if (x.text.equals(",") ) break;
            k--;
        }
        int ws = k + 1;
        // "Gustavo Petro (Colombia) and Guillermo Lasso": a bracketed country right after the previous name is that name's
        if (k >= 0 && at[k] != null && at[k].type == Ment.Type.PERSON && ws < m.s && t.get(ws).is("(")) {
            int close = ws + 1;
            while (close < m.s && !t.get(close).is(")")) close++;
            if (close < m.s) ws = close + 1;
        }
        // "President A of India and President B": the country after the previous name is that name's, not a title of this one
        int prevOf = prevNameCountry(t, at, k, m.s);
        if (prevOf >= 0) ws = prevOf;
        while (ws < m.s && t.get(ws).is("of", "the", "and", "to", "for", ")", "'s", "’s")) ws++;
        String code = null;
        StringBuilder role = new StringBuilder();
        for (int q = ws; q < m.s; q++) {
            Ment a = at[q];
            boolean target = q > ws && t.get(q - 1).is("in", "to", "for", "on", "at") || q > ws + 1 && t.get(q - 1).is("the") && t.get(q - 2).is("in", "to", "for", "on", "at");
            // "According to Vietnamese Deputy Foreign Minister X": a source, not a destination
            if (target && q > 1 && t.get(q - 1).is("to") && t.get(q - 2).is("according")) target = false;
            // "spokesperson for the Kenyan president", "adviser to the Nigerian president": serving that side, of its country
            int prep = target && t.get(q - 1).is("the") ? q - 2 : q - 1;
            if (target && prep > ws && t.get(prep).is("for", "to") && STAFF_TITLES.contains(t.get(prep - 1).low)) target = false;
            // "received in Pretoria Mr. X": a city after "in" that the window starts with is where, not whose
            if (a != null && a.city && q == ws && q > 0 && t.get(q - 1).is("in", "at", "to")) target = true;
            if (a != null && a.code != null && code == null && a.type != Ment.Type.PERSON && !target) code = a.code;
            Tok x = t.get(q);
            if (Lexicon.TITLE.contains(x.low) || x.is("of") && role.length() > 0) {
                if (role.length() > 0) role.append(' ');
                role.append(x.text);
            }
        }
        if (code == null && (role.length() > 0 || prevOf >= 0) && m.e + 1 < n && t.get(m.e).is("of")) {
            // "President Sergei Ivanov of Kazakhstan": the country after the titled name is stated, the KB only guesses;
            // "Ministers A of Chile and B of Peru": the second name shares the first one's title
            int q = m.e + 1;
            if (q < n && t.get(q).is("the")) q++;
            if (q < n && at[q] != null && at[q].s == q && at[q].type == Ment.Type.PLACE && !at[q].city && at[q].code != null) code = at[q].code;
        }
        boolean former = false;
        for (int q = ws; q < m.s; q++) if (t.get(q).is("former", "ex", "ex-")) former = true;
        if (code == null && ws >= 2 && t.get(ws - 1).text.equals(",") && doc.findPerson(m.name) == null && kb.person(m.name).isEmpty()) {
            // "China's special envoy for Pacific affairs, Qian Bo, told": a title phrase right before the comma
            boolean titled = false;
            String pcode = null;
            for (int q = ws - 2; q >= 0 && q >= ws - 16; q--) {
                Tok x = t.get(q);
                if (x.text.equals(",") || x.text.equals(";") || Lexicon.SPEECH.contains(x.low) && at[q] == null || x.is("with", "by", "from", "and", "than")
                        || at[q] != null && at[q].type == Ment.Type.PERSON) break;
                if (x.isWord() && !x.cap && !Lexicon.TITLE.contains(x.low) && !x.is("of", "the", "for", "'s", "’s", "on", "and")) break;
                if (Lexicon.TITLE.contains(x.low) || Lexicon.TITLE.contains(x.low.replace(".", ""))) titled = true;
                boolean target = q > 0 && t.get(q - 1).is("in", "to", "for", "on", "at", "with", "from", "against") || q > 1 && t.get(q - 1).is("the") && t.get(q - 2).is("in", "to", "for", "on", "at", "with", "from");
                if (at[q] != null && at[q].code != null && at[q].type != Ment.Type.PERSON && !target) pcode = at[q].code;
            }
            if (titled && pcode == null && doc.home != null) pcode = doc.home;   // "The Minister of International Relations, X": the dateline's
            if (titled && pcode != null) {
                code = pcode;
                if (role.length() == 0) for (int r = Math.max(0, ws - 12); r < ws - 1; r++) if (Lexicon.TITLE.contains(t.get(r).low) && t.get(r).cap) { if (role.length() > 0) role.append(' '); role.append(t.get(r).text); }
            }
        }
        if (code == null && role.length() == 0 && ws == m.s && ws >= 2 && t.get(ws - 1).text.equals(",")) {
            // a title phrase opening the sentence and ending with a comma
            boolean titled = false;
            String pcode = null;
            int q = ws - 2;
            for (; q >= 0 && q >= ws - 14; q--) {
                Tok x = t.get(q);
                if (x.text.equals(",") || Lexicon.SPEECH.contains(x.low) && at[q] == null) break;
                if (Lexicon.TITLE.contains(x.low)) titled = true;
                boolean target = q > 0 && t.get(q - 1).is("in", "to", "for", "on", "at") || q > 1 && t.get(q - 1).is("the") && t.get(q - 2).is("in", "to", "for", "on", "at");
                if (at[q] != null && at[q].code != null && at[q].type != Ment.Type.PERSON && !target) pcode = at[q].code;
                if (x.is("former", "ex")) former = true;
            }
            Tok first = t.get(0);
            boolean nounStart = Lexicon.TITLE.contains(first.low) || first.is("the", "a", "an") || first.cap && !Lexicon.STOP.contains(first.low) && !first.low.endsWith("ing");
            if (titled && (q < 0) && pcode != null && nounStart && doc.findPerson(m.name) == null && kb.person(m.name).isEmpty()) {
                code = pcode;
                for (int r = 0; r < ws - 1; r++) if (Lexicon.TITLE.contains(t.get(r).low)) { if (role.length() > 0) role.append(' '); role.append(t.get(r).text); }
            }
        }
        // apposition: "X, Director of the Russian Foreign Intelligence Service (SVR), ..."
        if (m.e < n && t.get(m.e).text.equals(",") && !nextTitledItem(t, at, m.e + 1)) {
            int q = m.e + 1;
            String acode = null;
            StringBuilder arole = new StringBuilder();
            boolean aformer = false;
            int steps = 0;
            int junk = 0;
            while (q < n && steps < 16) {
                Tok x = t.get(q);
                if (x.text.equals(",") || x.text.equals(";") || x.text.equals(".")) break;
                if (Lexicon.SPEECH.contains(x.low) && at[q] == null || x.is("who", "which", "that", "said", "has", "had", "was", "is", "visited", "met")) break;
                // "X, President Joe Biden and Prime Minister of Sweden Y": a list of titled names, not one apposition
                if (x.is("and") && arole.length() > 0 && q + 1 < n && t.get(q + 1).cap && Lexicon.TITLE.contains(t.get(q + 1).low)) break;
                String st0 = x.low.endsWith("s") && x.low.length() > 4 ? x.low.substring(0, x.low.length() - 1) : x.low;
                if (x.fold.equals("'s") && acode == null && q > m.e + 1) {
                    // "X, Lula's foreign policy adviser": the possessor's country
                    int b = q;
                    while (b > m.e + 1 && t.get(b - 1).cap && t.get(b - 1).isWord()) b--;
                    if (b < q) {
                        String pn = join(t, b, q);
                        DocState.Person pp = doc.findPerson(pn);
                        if (pp != null && pp.country != null) acode = pp.country;
                        else { List<Kb.Office> po = kb.person(pn); if (!po.isEmpty()) acode = po.get(0).country(); }
                    }
                }
                if (x.isWord() && !x.cap && !Lexicon.TITLE.contains(x.low) && !Lexicon.TITLE.contains(st0) && arole.length() == 0 && junk < (acode != null ? 5 : 3)
                        && lettersOrHyphens(x.low) && !x.low.endsWith("ed") && !x.low.endsWith("ing")) { junk++; q++; steps++; continue; }
                if (x.isWord() && !x.cap && !Lexicon.TITLE.contains(x.low) && !Lexicon.TITLE.contains(st0)
                        && !x.is("the", "a", "an", "of", "and", "for", "to", "in", "on", "at", "one", "two", "leading", "prominent", "well-known",
                        "longtime", "veteran", "current", "then", "now", "also", "newly", "appointed", "elected", "its", "their", "ever", "only", "new", "second", "third", "last", "de", "facto", "de-facto", "long-serving", "longest-serving", "powerful", "influential", "outgoing", "incoming", "interim", "caretaker", "self-proclaimed", "exiled", "opposition", "main", "chief", "sole")) break;
                Ment a = at[q];
                if (a != null && a.type == Ment.Type.PERSON) break;
                if (a != null && a.code != null && acode == null) acode = a.code;
                if (a == null && acode == null && x.low.endsWith("-based")) acode = basedIn(x);   // "an analyst at the Ankara-based Center"
                if (x.is("former", "ex")) aformer = true;
                String stem = x.low.endsWith("s") && x.low.length() > 4 ? x.low.substring(0, x.low.length() - 1) : x.low;
                if ((Lexicon.TITLE.contains(x.low) || Lexicon.TITLE.contains(stem)) && !x.is("the")) { if (arole.length() > 0) arole.append(' '); arole.append(stem); }
                q++;
                steps++;
            }
            if (arole.length() > 0 && isPersonRole(arole.toString().toLowerCase(Locale.ROOT))) {
                if (code == null) code = acode;
                if (role.length() == 0) { role.append(arole); former |= aformer; }
            }
        }
        // KB
        // "Mitchell" after "Kalin Mitchell": the person the document named in full, not a KB namesake of the surname
        DocState.Person known = doc.findPerson(m.name);
        List<Kb.Office> offs = kb.person(m.name);
        if (known != null && known.name.split(" ").length > m.name.split(" ").length && kb.person(known.name).isEmpty())
            offs = offs.stream().filter(o -> sameFirstName(o.name(), known.name)).toList();
        // "King Abdullah": a title the KB keeps with the name as an alias picks that holder, not a namesake ("Saifuddin Abdullah")
        if (m.s > 0 && Lexicon.TITLE.contains(t.get(m.s - 1).low) && kb.exactPerson(t.get(m.s - 1).text + " " + m.name))
            offs = kb.person(t.get(m.s - 1).text + " " + m.name);
        // "Sheikh Mohammed", "Prince Faisal": these titles go with the given name, so a namesake by surname is not the one
        if (m.e - m.s == 1 && m.s > 0 && t.get(m.s - 1).is(GIVEN_NAME_TITLES))
            offs = offs.stream().filter(o -> sameFirstName(o.name(), m.name)).toList();
        if (offs.isEmpty() && role.length() > 0 && m.e - m.s == 1) offs = kb.titledSurname(m.name, role.toString(), day);
        Kb.Office now = Kb.bestOn(offs, day);
        // "Prime Minister Manmohan Singh" while he also held a ministry: the office the text names
        String titled = role.length() == 0 ? null : office(role.toString().toLowerCase(Locale.ROOT), code);
        if (titled != null && now != null && !titled.equals(now.office()))
            for (Kb.Office o : offs) if (o.validOn(day) && titled.equals(o.office()) && (code == null || code.equals(o.country()))) now = o;
        Kb.Office any = offs.isEmpty() ? null : offs.get(0);
        DocState.Person p = known;
        if (code == null && p != null) code = p.country;
        if (code == null && now != null) code = now.country();
        if (code == null && any != null) code = any.country();
        if (now != null && code != null && !now.country().equals(code)) {
            Kb.Office alt = null;
            for (Kb.Office o : offs) if (o.country().equals(code) && o.validOn(day)) alt = o;
            now = alt;
        }
        // the dateline's country for a titled person, unless the title is an organisation's ("ASEAN Secretary-General",
        // "Forum Secretary General", "African Union Commission chairperson"): those officials come from anywhere
        // without a dateline, the country the whole story is about, for its local officials ("district official X",
        // "party chairman Y"); a minister or envoy the KB does not know may well come from elsewhere to comment on it
        // "a local official X", "a spokesman for the city prosecutor's office, Y": the country the story happens in,
        // whatever the dateline (a foreign dateline alone says nothing of a local official)
        if (code == null && doc.local != null && !former && localTitle(t, at, m)) code = doc.local;
        String home = doc.home != null ? doc.home : nationalOffice(role) ? null : doc.dominant;
        if (code == null && home != null && role.length() > 0 && isPersonRole(role.toString().toLowerCase(Locale.ROOT)) && !former
                && !organisationTitle(t, at, ws, m.s)) code = home;
        String canonical = p != null ? p.name : null;
        Kb.Office ref = now != null ? now : (any != null && (code == null || any.country().equals(code)) ? any : null);
        if (ref != null && (canonical == null || canonical.split(" ").length < ref.name().split(" ").length)) canonical = ref.name();
        if (canonical == null || canonical.split(" ").length < m.name.split(" ").length) canonical = m.name;
        m.name = canonical;
        m.code = code;
        m.former = former;
        m.role = role.length() > 0 ? role.toString() : (now != null && !former ? now.office() : (p != null ? p.role : null));
        m.office = now != null && !former ? now.office() : office(m.role == null ? "" : m.role.toLowerCase(Locale.ROOT), code);
        doc.remember(m);
    }

    /** How far before a name (or into its apposition after it) a local official's title words are looked for. */
    private static final int LOCAL_TITLE_WINDOW = 8;

    /**
     * "local police official X", "X, a district official,", "a spokesman for the city prosecutor's office, X": a title of
     * the name with a word of local office (its phrase may end at a comma right before the name).
     */
    private static boolean localTitle(List<Tok> t, Ment[] at, Ment m) {
        return localWords(t, at, m.s - 1, -1) || m.e < t.size() && t.get(m.e).is(",") && localWords(t, at, m.e + 1, 1);
    }

    /** A title with a local word in the phrase from k on, read in direction dir, up to the phrase's end. */
    private static boolean localWords(List<Tok> t, Ment[] at, int k, int dir) {
        boolean local = false;
        boolean titled = false;
        boolean comma = false;
        for (int q = k, steps = 0; q >= 0 && q < t.size() && steps < LOCAL_TITLE_WINDOW; q += dir, steps++) {
            Tok x = t.get(q);
            if (x.is(",") && dir < 0 && q == k && !comma) { comma = true; continue; }   // "..., the city prosecutor's office, X"
            if (!x.isWord() && !x.is("'s", "’s") || at[q] != null && at[q].type == Ment.Type.PERSON || Lexicon.SPEECH.contains(x.low)) break;
            if (Lexicon.LOCAL.contains(x.low)) local = true;
            if (Lexicon.TITLE.contains(x.low)) titled = true;
        }
        return local && titled;
    }

    /** Whether two full names start with one given name, however transliterated ("Sergei"/"Sergey", not "Kalin"/"Keith"). */
    private static boolean sameFirstName(String a, String b) {
        return Names.compatibleGiven(a.split(" ")[0].toLowerCase(Locale.ROOT), b.split(" ")[0].toLowerCase(Locale.ROOT));
    }

    /**
     * Whether only the rest of a title lies between a role and a name, which is then its apposition ("Envoy for Climate John
     * Kerry", "Minister of Foreign Affairs, Cooperation and Mauritanians Abroad of Mauritania, Mr X"): capitalised words,
     * punctuation and the small words of titles.
     */
    private static boolean titleRunBetween(Marks mk, int from, int to) {
        for (int q = from; q < to; q++) {
            Tok y = mk.tok(q);
            if (!(y.cap || !y.isWord() || y.is("of", "the", "and", "for"))) return false;
        }
        return true;
    }

    /**
     * The persons this sentence introduces only after the role at m: "The president travelled to Moscow, where he met
     * President Putin" means the president named before, not Putin (a title refers back rather than forward).
     */
    private java.util.Set<String> introducedAfter(Marks mk, Ment m) {
        java.util.Set<String> after = new java.util.HashSet<>();
        for (Ment x : mk.out) if (x.type == Ment.Type.PERSON && x.name != null && x.s >= m.e && !titleRunBetween(mk, m.e, x.s)) after.add(x.name);
        for (Ment x : mk.out) if (x.type == Ment.Type.PERSON && x.name != null && x.s < m.s) after.remove(x.name);
        after.removeIf(n -> { DocState.Person p = doc.findPerson(n); return p == null || p.firstSeen != doc.sentence; });
        return after;
    }

    private void resolveRole(Ment m, Marks mk) {
        resolveRole(m, mk, java.util.Set.of());
    }

    /** The names of the persons of the country last visited: hosts, never "the visiting minister". */
    private java.util.Set<String> venuePersons() {
        java.util.Set<String> hosts = new java.util.HashSet<>();
        for (DocState.Person p : doc.persons) if (p.country != null && p.country.equals(doc.venueCode)) hosts.add(p.name);
        return hosts;
    }

    /** resolveRole, none of the persons named in exclude taken. */
    private void resolveRole(Ment m, Marks mk, java.util.Set<String> exclude) {
        // the last person of that country (and office) in the document, else the office holder on the day
        // "The Minister received ..." in a ministry's own release: the issuing country's minister
        if (m.code == null && doc.issuer != null && m.role != null) {
            m.code = doc.issuer;
            if (m.office == null) m.office = office(m.role, m.code);
        }
        // a person named earlier first; one this sentence introduces after the title only when there is none
        java.util.Set<String> skip = introducedAfter(mk, m);
        skip.addAll(exclude);
        DocState.Person p = doc.findByRole(m.code, m.office, m.role, skip);
        if (p == null) p = doc.findByRole(m.code, m.office, m.role, exclude);
        if (p != null) {
            m.name = p.name;
            if (m.code == null) m.code = p.country;
            return;
        }
        if (m.code != null && m.office != null) {
            Kb.Office o = kb.holder(m.code, m.office, day);
            if (o != null) { m.name = o.name(); return; }
        }
        if (m.code != null) m.name = kb.countryName(m.code) + " " + m.role;
    }

    private static final java.util.regex.Pattern PERSON_ROLE = java.util.regex.Pattern.compile(
            ".*\\b(president|minister|premier|chancellor|secretary|spokes\\w*|ambassador|envoy|director|head|chief|"
            + "chairman|chairwoman|speaker|senator|governor|king|queen|prince|emir|sheikh|leader|official|diplomat|adviser|"
            + "advisor|aide|commissioner|commander|analyst|expert|representative|mayor|lawmaker|mp|counterpart|"
            + "ayatollah|deputy|officer|general|admiral|delegation|researcher|professor|scholar|fellow|lecturer|economist|"
            + "chairperson|journalist|editor|columnist|correspondent|excellency|highness|undersecretary|under-secretary)\\b.*");
    private static final java.util.regex.Pattern FOREIGN_MINISTER = java.util.regex.Pattern.compile(
            ".*(foreign minister|minister of foreign affairs|foreign affairs minister|secretary of state|foreign secretary|top diplomat|external affairs minister|minister for foreign affairs|minister of external affairs).*");
    private static final java.util.regex.Pattern DEFENCE_MINISTER = java.util.regex.Pattern.compile(
            ".*(defen[cs]e minister|minister of defen[cs]e|defen[cs]e secretary|secretary of defen[cs]e|minister for defen[cs]e|armed forces minister|war secretary).*");
    private static final java.util.regex.Pattern SECURITY_SECRETARY = java.util.regex.Pattern.compile(".*security council.*secretary.*|.*secretary.*security council.*");
    private static final java.util.regex.Pattern KING = java.util.regex.Pattern.compile(".*\\b(king|queen|monarch)\\b.*");
    private static final java.util.regex.Pattern PRESIDENT_WORD = java.util.regex.Pattern.compile(".*\\bpresident\\b.*");

    /** Whether s contains one of the words (each office regex needs one of them to match: checked first, it is cheaper). */
    private static boolean has(String s, String... words) {
        for (String w : words) if (s.contains(w)) return true;
        return false;
    }

    /** Non-empty and only a-z or '-' (what matches("[a-z-]+") tests). */
    private static boolean lettersOrHyphens(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c == '-')) return false;
        }
        return true;
    }

    static boolean isPersonRole(String role) {
        return PERSON_ROLE.matcher(expandAbbreviations(role)).matches();
    }

    /** The role with its abbreviated titles written out ("eam" → "external affairs minister"), lower case. */
    static String expandAbbreviations(String role) {
        String r = role.toLowerCase(Locale.ROOT);
        if (Lexicon.TITLE_ABBREVIATIONS.isEmpty()) return r;
        StringBuilder b = new StringBuilder(r.length());
        for (String w : r.split(" ")) {
            if (b.length() > 0) b.append(' ');
            b.append(Lexicon.TITLE_ABBREVIATIONS.getOrDefault(w, w));
        }
        return b.toString();
    }

    static String office(String role, String code) {
        if (role == null) return null;
        String r = expandAbbreviations(role);
        if (r.contains("former")) return null;
        if (has(r, "foreign", "secretary of state", "top diplomat", "external affairs") && FOREIGN_MINISTER.matcher(r).matches())
            return "Foreign Minister";
        if (has(r, "defen", "armed forces", "war secretary") && DEFENCE_MINISTER.matcher(r).matches())
            return "Defence Minister";
        if (r.contains("deputy") || r.contains("assistant")) return null;
        if (r.contains("prime minister") || r.equals("premier") || r.contains(" premier")) return "Prime Minister";
        if (r.contains("vice president") || r.contains("vice-president")) return "Vice President";
        if (r.contains("security council") && SECURITY_SECRETARY.matcher(r).matches()) return "Security Council Secretary";
        if (r.contains("national security advis")) return "National Security Adviser";
        if (r.contains("secretary general") || r.contains("secretary-general")) return "Secretary General";
        if (r.contains("high representative") || r.contains("foreign policy chief")) return "High Representative";
        if ("EU".equals(code) && r.contains("president") && r.contains("commission")) return "Commission President";
        if ("EU".equals(code) && r.contains("president") && r.contains("council")) return "Council President";
        if (r.contains("intelligence") && (r.contains("head") || r.contains("chief") || r.contains("director"))) return "Intelligence Chief";
        if (r.contains("spokes")) return "Spokesperson";
        if (r.contains("chancellor")) return "Chancellor";
        if (has(r, "king", "queen", "monarch") && KING.matcher(r).matches()) return "King";
        if (r.contains("emir")) return "Emir";
        if (r.contains("crown prince")) return "Crown Prince";
        if (r.contains("supreme leader")) return "Supreme Leader";
        if ((r.contains("president") && PRESIDENT_WORD.matcher(r).matches()) && !r.contains("of the")) return "President";
        if ((r.equals("president") || r.equals("the president"))) return "President";
        return null;
    }
}
