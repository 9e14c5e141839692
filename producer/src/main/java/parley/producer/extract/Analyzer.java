package parley.producer.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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

    /** Forms of address that start a name, never continue a place's name ("in Pretoria Mr. X"); "Hassan Sheikh" does. */
    static final java.util.Set<String> HONORIFIC = java.util.Set.of("mr", "mrs", "ms", "dr", "madam", "prof", "sir", "dame");

    List<Ment> mentions(List<Tok> t) {
        int n = t.size();
        List<Ment> out = new ArrayList<>();
        Ment[] at = new Ment[n];
        // 1. gazetteer, longest match first
        for (int i = 0; i < n; i++) {
            if (!t.get(i).isWord() || at[i] != null) continue;
            if (t.get(i).fold.endsWith("-based") && t.get(i).cap) {
                List<Kb.Entry> es = kb.lookup(t.get(i).fold.substring(0, t.get(i).fold.length() - 6));
                for (Kb.Entry e : es) if (e.type() == Kb.Type.CITY || e.type() == Kb.Type.COUNTRY) {
                    Ment m = new Ment(Ment.Type.PLACE, i, i + 1);
                    m.city = e.type() == Kb.Type.CITY;
                    m.code = e.code();
                    m.name = m.city ? e.canonical() : kb.countryName(e.code());
                    m.orgCode = parley.model.Codes.isOrganization(e.code());
                    at[i] = m;
                    out.add(m);
                    break;
                }
                if (at[i] != null) continue;
            }
            Kb.FirstWord fw = kb.firstWord(t.get(i).fold);
            int ml = fw == null ? 0 : fw.maxLen;
            if (ml == 0) continue;
            for (int len = Math.min(ml + 2, n - i); len >= 1; len--) {
                StringBuilder k = new StringBuilder();
                boolean ok = true;
                int words = 0;
                for (int j = i; j < i + len; j++) {
                    Tok x = t.get(j);
                    if (x.fold.isEmpty()) { if (j == i || j == i + len - 1) { ok = false; break; } continue; }
                    // "'s" only inside a name: "People's Republic of China", "Lao People's Democratic Republic"
                    if (x.fold.equals("'s") && (j == i + len - 1 || !t.get(j - 1).low.equals("people"))) { ok = false; break; }
                    if (k.length() > 0) { k.append(' '); words++; }
                    k.append(x.fold);
                    for (int c = 0; c < x.fold.length(); c++) if (x.fold.charAt(c) == ' ') words++;
                }
                if (!ok) continue;
                if (!fw.mayHave(words + 1)) continue;     // no KB phrase of that many words starts with this one: nothing to find
                List<Kb.Entry> es = kb.lookup(k.toString());
                if (es.isEmpty()) continue;
                Tok first = t.get(i);
                Kb.Entry e = pick(es, t, i, len);
                if (e == null) continue;
                if (e.acronym()) { boolean allUp = true; for (int j = i; j < i + len; j++) if (t.get(j).isWord() && !t.get(j).upper) allUp = false; if (!allUp) continue; }
                else if (!first.cap) continue;
                if (e.type() == Kb.Type.CITY) {
                    if (kb.isNotPlace(k.toString())) continue;
                    if (i + len < n) {
                        Tok nx = t.get(i + len);
                        if (nx.cap && nx.isWord() && kb.lookup(nx.fold).isEmpty() && !Lexicon.STOP.contains(nx.low)
                                && !Lexicon.isTimeWord(nx.low) && !Lexicon.ORG.contains(nx.low)
                                && !HONORIFIC.contains(nx.low.replace(".", ""))) continue;   // "Victoria Nuland", not "in Pretoria Mr. X"
                    }
                    if (i > 0 && t.get(i - 1).cap && t.get(i - 1).isWord() && kb.lookup(t.get(i - 1).fold).isEmpty()
                            && !Lexicon.STOP.contains(t.get(i - 1).low) && !Lexicon.TITLE.contains(t.get(i - 1).low)
                            && !Lexicon.isTimeWord(t.get(i - 1).low)) continue;   // "Mark Baku"
                }
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
                for (int j = i; j < i + len; j++) at[j] = m;
                out.add(m);
                break;
            }
        }
        // 2. institutions built around a head word: "the Russian Foreign Ministry", "Ministry of Foreign Affairs of Armenia"
        for (int i = 0; i < n; i++) {
            Tok x = t.get(i);
            if (at[i] != null) continue;
            if (!x.cap && !(x.low.equals("ministry") || x.low.equals("government") || x.low.equals("embassy"))) continue;
            if (!(x.low.equals("ministry") || x.low.equals("government") || x.low.equals("embassy") || x.low.equals("presidency")
                    || x.low.equals("mfa") || x.low.equals("mod"))) continue;
            int s = i;
            while (s > 0 && (t.get(s - 1).cap || !x.cap) && at[s - 1] == null && Lexicon.TITLE.contains(t.get(s - 1).low)) s--;
            String code = null;
            int s2 = s;
            if (s2 > 0 && t.get(s2 - 1).fold.equals("'s") && s2 > 1 && at[s2 - 2] != null && at[s2 - 2].type == Ment.Type.PLACE) {
                code = at[s2 - 2].code; s2 = at[s2 - 2].s;
            } else if (s2 > 0 && at[s2 - 1] != null && (at[s2 - 1].type == Ment.Type.DEMONYM || at[s2 - 1].type == Ment.Type.PLACE && !at[s2 - 1].city)) {
                code = at[s2 - 1].code; s2 = at[s2 - 1].s;
            }
            int e = i + 1;
            if (e + 1 < n && t.get(e).low.equals("of") && t.get(e + 1).cap) {
                int k = e + 1;
                while (k < n && (t.get(k).cap || t.get(k).low.equals("and")) && at[k] == null && !Lexicon.STOP.contains(t.get(k).low)) k++;
                if (k > e + 1) e = k;
                if (e + 1 < n && t.get(e).low.equals("of")) {
                    int k2 = e + 1;
                    if (k2 < n && t.get(k2).low.equals("the")) k2++;
                    if (k2 < n && at[k2] != null && at[k2].type == Ment.Type.PLACE) { code = at[k2].code; e = at[k2].e; }
                }
            }
            if (code == null && x.low.equals("government") && e < n && t.get(e).low.equals("of")) continue;
            if (code == null && x.low.equals("ministry") && s2 > 0 && t.get(s2 - 1).is("the") && doc.lastMinistry != null) {
                // "the ministry said": the ministry named before in the document
                Ment m = new Ment(Ment.Type.INST, s2, e);
                m.code = doc.lastMinistry.code;
                m.name = doc.lastMinistry.name;
                for (int j = s2; j < e; j++) at[j] = m;
                out.add(m);
                i = e - 1;
                continue;
            }
            if (code == null && !x.cap) continue;      // "the ministry" alone: not a named body
            if (!x.cap && e < n && t.get(e).cap && t.get(e).isWord()) {
                // "foreign ministry spokesperson Wang Wenbin": a title, not the speaker
            }
            StringBuilder nm = new StringBuilder();
            for (int j = s2; j < e; j++) {
                Tok y = t.get(j);
                if (nm.length() > 0 && !y.text.equals("'s") && !y.text.equals("’s")) nm.append(' ');
                nm.append(y.text);
            }
            // skip if it heads a person title run ("Foreign Ministry spokeswoman Maria Zakharova" is a person)
            Ment m = new Ment(Ment.Type.INST, s2, e);
            m.code = code;
            m.name = nm.toString();
            if (code != null && x.low.equals("ministry")) doc.lastMinistry = m;
            for (int j = s2; j < e; j++) if (at[j] != null) out.remove(at[j]);
            for (int j = s2; j < e; j++) at[j] = m;
            out.add(m);
            i = e - 1;
        }
        // 3. persons: runs of capitalized words; the name is the run's suffix of name-like words
        for (int i = 0; i < n; i++) {
            if (!startsRun(t, at, i)) continue;
            int j = i;
            while (j < n && inRun(t, at, j)) j++;
            int runEnd = j;
            // strip trailing particles
            while (runEnd > i && Lexicon.PARTICLES.contains(t.get(runEnd - 1).low) && !t.get(runEnd - 1).cap) runEnd--;
            int ns = runEnd;
            while (ns > i && nameLike(t, at, ns - 1)) ns--;
            // a title word inside a known name: "Hassan Sheikh Mohamud", "Tamim bin Hamad" stays as is
            if (ns >= i + 2 && ns < runEnd && Lexicon.TITLE.contains(t.get(ns - 1).low) && nameLike(t, at, ns - 2)
                    && kb.exactPerson(join(t, ns - 2, runEnd))) ns -= 2;
            while (ns < runEnd && Lexicon.PARTICLES.contains(t.get(ns).low) && !t.get(ns).cap) ns++;
            if (ns < runEnd) {
                int len = runEnd - ns;
                boolean titled = false;
                for (int k = Math.max(0, i - 1); k < ns; k++) if (Lexicon.TITLE.contains(t.get(k).low)) titled = true;
                String name = join(t, ns, runEnd);
                boolean known = doc.findPerson(name) != null || (len == 1 ? kb.exactPerson(name) : !kb.person(name).isEmpty());
                if (len == 1 && t.get(ns).low.length() < 3) known = kb.exactPerson(name);
                if (len >= 2 || titled || known) {
                    if (len >= 2 && allCommonish(t, ns, runEnd) && !known && !titled) { i = j - 1; continue; }
                    Ment m = new Ment(Ment.Type.PERSON, ns, runEnd);
                    m.name = name;
                    resolvePerson(t, at, m, i);
                    for (int k = ns; k < runEnd; k++) at[k] = m;
                    out.add(m);
                }
            }
            i = j - 1;
        }
        // 4. role phrases without a name ("the Russian foreign minister", "his Azeri counterpart") and pronouns
        for (int i = 0; i < n; i++) {
            Tok x = t.get(i);
            Ment here = at[i];
            boolean countryStart = here != null && here.s == i && (here.type == Ment.Type.DEMONYM || here.type == Ment.Type.PLACE && !here.city)
                    && (i == 0 || !t.get(i - 1).cap && !t.get(i - 1).is("the"));
            if (here != null && !countryStart) continue;
            if (doc.narrator != null && doc.narrator.country != null && (x.text.equals("I") || x.is("me", "my"))) {
                Ment m = new Ment(Ment.Type.PRON, i, i + 1);
                m.self = true;
                m.possessive = x.is("my");
                m.name = doc.narrator.name;
                m.code = doc.narrator.country;
                m.role = doc.narrator.role;
                m.office = doc.narrator.office;
                out.add(m);
                at[i] = m;
                continue;
            }
            if (x.is("he", "she")) {
                Ment m = new Ment(Ment.Type.PRON, i, i + 1);
                out.add(m);
                at[i] = m;
                continue;
            }
            if (x.is("his", "her") && i + 1 < n && t.get(i + 1).is("excellency", "highness", "majesty", "holiness")) continue;   // an honorific
            if (x.is("his", "her")) {
                // "his Azeri counterpart"
                if (i + 3 < n && at[i + 1] != null && at[i + 1].type == Ment.Type.DEMONYM && t.get(i + 2).low.startsWith("counterpart")
                        && at[i + 3] != null && at[i + 3].type == Ment.Type.PERSON) {
                    i += 2;          // "his Egyptian counterpart Abdel Fattah el-Sisi": the title of the named person
                    continue;
                }
                if (i + 2 < n && at[i + 1] != null && at[i + 1].type == Ment.Type.DEMONYM && t.get(i + 2).low.startsWith("counterpart")) {
                    Ment m = new Ment(Ment.Type.ROLE, i, i + 3);
                    m.code = at[i + 1].code;
                    m.role = "counterpart";
                    m.office = "counterpart";
                    out.add(m);
                    for (int k = i; k < i + 3; k++) at[k] = m;
                    i += 2;
                    continue;
                }
                Ment m = new Ment(Ment.Type.PRON, i, i + 1);
                m.possessive = true;
                out.add(m);
                at[i] = m;
                continue;
            }
            if (x.is("the") || countryStart || x.is("a", "an")) {
                int k = x.is("the", "a", "an") ? i + 1 : i;
                while (k < n && at[k] == null && t.get(k).is("visiting", "new", "top", "outgoing", "incoming", "then", "senior", "acting", "two", "three")) k++;
                String code = null;
                if (k < n && at[k] != null && (at[k].type == Ment.Type.DEMONYM || at[k].type == Ment.Type.PLACE && !at[k].city)) {
                    code = at[k].code;
                    k = at[k].e;
                    if (k < n && t.get(k).fold.equals("'s")) k++;
                }
                if (code == null && !x.is("the")) continue;
                int rs = k;
                while (k < n && at[k] == null && (Lexicon.TITLE.contains(t.get(k).low) || plural(t.get(k).low) || t.get(k).low.equals("of") && k + 1 < n && Lexicon.TITLE.contains(t.get(k + 1).low))) k++;
                if (k == rs) continue;
                String role = join(t, rs, k).toLowerCase(Locale.ROOT);
                if (!isPersonRole(role)) continue;
                if (code == null && k < n && t.get(k).is("of")) {
                    // "the Minister of Foreign Affairs of Kenya": the country after the title
                    int q = k + 1;
                    if (q < n && t.get(q).is("the")) q++;
                    while (q < n && at[q] == null && (Lexicon.TITLE.contains(t.get(q).low) || t.get(q).is("republic", "kingdom", "state", "of", "the", "federal", "federative", "islamic", "united", "democratic", "people's", "hashemite", "sultanate")) && q < k + 8) q++;
                    if (q < n && at[q] != null && at[q].type == Ment.Type.PLACE && !at[q].city && at[q].s == q && appositiveName(t, at, at[q].e)) continue;
                    if (q < n && at[q] != null && at[q].type == Ment.Type.PLACE && !at[q].city && at[q].s == q) {
                        code = at[q].code;
                        Ment pl = at[q];
                        out.remove(pl);
                        role = join(t, rs, pl.e).toLowerCase(Locale.ROOT);
                        k = pl.e;
                    }
                }
                if (k < n && t.get(k).cap && t.get(k).isWord() && (at[k] == null || at[k].type == Ment.Type.PERSON)) continue;   // a name follows: a person
                if (i > 1 && t.get(i - 1).text.equals(",") && at[i - 2] != null && at[i - 2].type == Ment.Type.PERSON) continue;   // apposition
                if (k < n && t.get(k).is("of")) {   // "the President of the Commission Ursula von der Leyen"
                    boolean nameSoon = false;
                    for (int q = k + 1; q < Math.min(n, k + 7); q++) {
                        Tok y = t.get(q);
                        if (!(y.cap || y.is("the", "of", "'s", "’s"))) break;
                        if (y.cap && !Lexicon.TITLE.contains(y.low) && !Lexicon.ORG.contains(y.low) && (at[q] == null || at[q].type == Ment.Type.PERSON) && !Lexicon.STOP.contains(y.low)) { nameSoon = true; break; }
                    }
                    if (nameSoon) continue;
                }
                if (countryStart && at[i] != null) out.remove(at[i]);
                Ment m = new Ment(Ment.Type.ROLE, i, k);
                m.code = code;
                m.role = role;
                m.office = office(role, code);
                resolveRole(m);
                out.add(m);
                for (int q = i; q < k; q++) at[q] = m;
                i = k - 1;
            }
        }
        for (Ment m : out) if (m.e < n && t.get(m.e).fold.equals("'s")) m.possessive = true;
        out.sort((a, b) -> Integer.compare(a.s, b.s));
        return out;
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
        if (Lexicon.TITLE.contains(l) || Lexicon.ORG.contains(l) || Lexicon.STOP.contains(l) || Lexicon.isTimeWord(l)) return false;
        if (x.upper && x.text.replace(".", "").length() > 1 && x.text.length() <= 5) return false;   // acronyms
        if (Character.isDigit(x.text.charAt(0))) return false;
        return true;
    }

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
        while (ws < m.s && t.get(ws).is("of", "the", "and", "to", "for", ")", "'s", "’s")) ws++;
        String code = null;
        StringBuilder role = new StringBuilder();
        for (int q = ws; q < m.s; q++) {
            Ment a = at[q];
            boolean target = q > ws && t.get(q - 1).is("in", "to", "for", "on", "at") || q > ws + 1 && t.get(q - 1).is("the") && t.get(q - 2).is("in", "to", "for", "on", "at");
            // "received in Pretoria Mr. X": a city after "in" that the window starts with is where, not whose
            if (a != null && a.city && q == ws && q > 0 && t.get(q - 1).is("in", "at", "to")) target = true;
            if (a != null && a.code != null && code == null && a.type != Ment.Type.PERSON && !target) code = a.code;
            Tok x = t.get(q);
            if (Lexicon.TITLE.contains(x.low) || x.is("of") && role.length() > 0) {
                if (role.length() > 0) role.append(' ');
                role.append(x.text);
            }
        }
        if (code == null && role.length() > 0 && m.e + 1 < n && t.get(m.e).is("of")) {
            // "President Sergei Ivanov of Kazakhstan": the country after the titled name is stated, the KB only guesses
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
        if (m.e < n && t.get(m.e).text.equals(",")) {
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
        List<Kb.Office> offs = kb.person(m.name);
        Kb.Office now = Kb.bestOn(offs, day);
        Kb.Office any = offs.isEmpty() ? null : offs.get(0);
        DocState.Person p = doc.findPerson(m.name);
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
        if (code == null && doc.home != null && role.length() > 0 && isPersonRole(role.toString().toLowerCase(Locale.ROOT)) && !former
                && !organisationTitle(t, at, ws, m.s)) code = doc.home;
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

    private void resolveRole(Ment m) {
        // the last person of that country (and office) in the document, else the office holder on the day
        // "The Minister received ..." in a ministry's own release: the issuing country's minister
        if (m.code == null && doc.issuer != null && m.role != null) {
            m.code = doc.issuer;
            if (m.office == null) m.office = office(m.role, m.code);
        }
        DocState.Person p = doc.findByRole(m.code, m.office, m.role);
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
        return PERSON_ROLE.matcher(role).matches();
    }

    static String office(String role, String code) {
        if (role == null) return null;
        String r = role.toLowerCase(Locale.ROOT);
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
