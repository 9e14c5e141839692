package parley.producer.extract;

import parley.model.Codes;
import parley.model.Text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The extractor's knowledge base: countries (names, alt names, demonyms, capitals), cities, institutions and
 * organizations (→ country code), and office holders with their terms. Loaded once from classpath TSVs under
 * {@code parley/kb/}; immutable afterwards, so it is safe to share between threads.
 */
final class Kb {
    /** Version of the vendored data (goes into each event's extractor.kb_version). */
    static final String VERSION = "2026-11-23";

    enum Type { COUNTRY, DEMONYM, CITY, INST }

    /**
     * A phrase of the knowledge base. {@code commonWord}: one ordinary word that stands for a body or country only on
     * its own ("Congress", "the States", "the Alliance"); after another name it ends that name ("Gulf States",
     * "MDC Alliance", "National Democratic Congress").
     */
    record Entry(Type type, String code, String canonical, boolean acronym, boolean commonWord) { }

    /** A term of office; curated rows (officeholders.tsv) win over the generated Wikidata rows. */
    record Office(String name, List<String> aliases, String country, String office, LocalDate start, LocalDate end,
                  boolean uncertain, boolean curated) {
        boolean validOn(LocalDate d) {
            return (start == null || !d.isBefore(start)) && (end == null || d.isBefore(end) || (uncertain && d.isBefore(end.plusDays(30))));
        }

        String surname() {
            String f = Text.asciiFold(name);
            int i = f.lastIndexOf(' ');
            return i < 0 ? f : f.substring(i + 1);
        }
    }

    private final Map<String, List<Entry>> phrases = new HashMap<>();
    private final Set<String> notPlace = new HashSet<>();
    /** Gatherings always held in one place ("the Shangri-La Dialogue"): folded name → its city and country. */
    private final Map<String, Entry> venues = new HashMap<>();
    private final Set<String> venueFirstWords = new HashSet<>();
    private final Map<String, String> countryNames = new HashMap<>();
    /** "CODE|key" of each country's capital(s) ("Moscow said": the capital speaks for its government). */
    private final java.util.Set<String> capitals = new java.util.HashSet<>();
    private final List<Office> offices = new ArrayList<>();
    private final Map<String, List<Office>> officeByName = new HashMap<>();
    private int maxLen = 1;
    private final Map<String, FirstWord> firstWords = new HashMap<>();

    /** The phrases starting with one folded word: the longest in tokens, and which word counts of keys occur (bit n: n words; bit 63: 63 or more). */
    static final class FirstWord {
        int maxLen;
        long wordCounts;

        /** False when no phrase key with this first word has that many words (its lookup would find nothing). */
        boolean mayHave(int words) { return words >= 63 || (wordCounts & (1L << words)) != 0; }
    }
    private final java.util.concurrent.ConcurrentHashMap<String, List<Office>> personCache = new java.util.concurrent.ConcurrentHashMap<>();

    private static final class Holder {
        static final Kb KB = new Kb();
    }

    static Kb get() { return Holder.KB; }

    private Kb() {
        for (String[] r : read("overrides.tsv")) {
            if (r.length < 2) continue;
            switch (r[0]) {
                case "NOTPLACE" -> notPlace.add(key(r[1]));
                case "COUNTRY" -> add(r[1], Type.COUNTRY, r[2], null);
                case "DEMONYM" -> add(r[1], Type.DEMONYM, r[2], null);
                case "CITY" -> add(r[1], Type.CITY, r[2], r.length > 3 ? r[3] : r[1]);
                case "INST" -> add(r[1], Type.INST, r[2], r.length > 3 ? r[3] : r[1]);
                case "VENUE" -> {
                    venues.put(key(r[1]), new Entry(Type.CITY, r[2], r.length > 3 ? r[3] : null, false, false));
                    for (Tok w : Tok.tokenize(r[1])) if (!w.fold.isEmpty()) { venueFirstWords.add(w.fold); break; }
                }
                default -> { }
            }
        }
        for (String[] r : read("countries.tsv")) {
            if (r.length < 2 || !Codes.isValid(r[0])) continue;
            String code = r[0];
            countryNames.put(code, r[1]);
            add(r[1], Type.COUNTRY, code, null);
            // an endonym that folds to an English word ("Ísland" -> "Island") is listed in overrides.tsv as NOTPLACE
            if (r.length > 2) for (String a : split(r[2])) if (!notPlace.contains(key(a))) add(a, Type.COUNTRY, code, null);
            if (r.length > 3) for (String a : split(r[3])) add(a, Type.DEMONYM, code, null);
            if (r.length > 4) for (String a : split(r[4])) {
                if (!has(a, Type.CITY)) add(a, Type.CITY, code, a);
                capitals.add(code + "|" + key(a));
            }
        }
        for (String[] r : read("cities.tsv")) {
            if (r.length < 2 || !Codes.isValid(r[1])) continue;
            String k = key(r[0]);
            if (notPlace.contains(k) || phrases.containsKey(k)) continue;   // first (most populous) wins; names of countries win
            add(r[0], Type.CITY, r[1], r[0]);
        }
        for (String c : Codes.ORGANIZATIONS) countryNames.putIfAbsent(c, c);
        countryNames.put("USA", "United States");
        countryNames.put("TUR", "Turkey");
        for (String[] r : read("officeholders.tsv")) {
            if (r.length < 5 || !Codes.isValid(r[2])) continue;
            List<String> aliases = split(r[1]);
            Office o = new Office(r[0], aliases, r[2], r[3], date(r[4]), r.length > 5 ? date(r[5]) : null,
                    r.length > 6 && r[6].contains("?"), true);
            index(o);
            curatedNames.add(new CuratedName(o, o.surname(), Text.asciiFold(o.name()).split(" ")[0]));
        }
        Set<String> curatedTerms = new HashSet<>();
        for (CuratedName c : curatedNames) curatedTerms.add(termKey(c.office().name(), c.office().country(), c.office().office()));
        for (String[] r : read(WIKIDATA)) {
            if (r.length < 6 || !Codes.isValid(r[2])) continue;
            // a curated term replaces the generated ones of the same person and office, whose dates are often only a year
            if (curatedTerms.contains(termKey(r[0], r[2], r[3]))) continue;
            index(new Office(r[0], split(r[1]), r[2], r[3], date(r[4]), date(r[5]), false, false));
        }
    }

    private static String termKey(String name, String country, String office) {
        return Text.asciiFold(name) + "|" + country + "|" + office;
    }

    /** Generated from the Wikidata office holders by scripts/kb/build-officeholders.py. */
    static final String WIKIDATA = "wikidata-officeholders.tsv";

    /** A curated office holder with its folded surname and given name, folded once: person() scans them all. */
    private record CuratedName(Office office, String surname, String given) { }

    private final List<CuratedName> curatedNames = new ArrayList<>();
    private final Map<String, List<Office>> officeByCompact = new HashMap<>();
    private final Map<String, List<Office>> byCountryOffice = new HashMap<>();

    /** Generated (not curated) office holders by folded surname: read only after a title that names their office. */
    private final Map<String, List<Office>> generatedBySurname = new HashMap<>();

    private void index(Office o) {
        offices.add(o);
        if (!o.curated()) {
            generatedBySurname.computeIfAbsent(o.surname(), x -> new ArrayList<>()).add(o);
            for (String n : names(o))
                for (String x : Text.asciiFold(n).split(" "))
                    if (x.length() >= MIN_INDEXED_WORD) {
                        List<Office> l = generatedByWord.computeIfAbsent(x, k -> new ArrayList<>());
                        if (l.isEmpty() || l.get(l.size() - 1) != o) l.add(o);   // an office once, even when its names share the word
                    }
        }
        byCountryOffice.computeIfAbsent(o.country() + "|" + o.office(), x -> new ArrayList<>()).add(o);
        for (String n : names(o)) {
            officeByName.computeIfAbsent(Text.asciiFold(n), x -> new ArrayList<>()).add(o);
            String c = Names.compact(n);
            if (c.length() >= 6) officeByCompact.computeIfAbsent(c, x -> new ArrayList<>()).add(o);
            String rest = withoutInitials(n);
            if (rest != null) officeByInitialless.computeIfAbsent(Text.asciiFold(rest), x -> new ArrayList<>()).add(o);
        }
    }

    /** Generated office holders by each distinctive word of their names (folded, at least MIN_INDEXED_WORD letters). */
    private final Map<String, List<Office>> generatedByWord = new HashMap<>();
    private static final int MIN_INDEXED_WORD = 4;
    /** A name given as one initial and one word needs a word at least this long to name someone for sure. */
    private static final int MIN_LONE_WORD = 6;

    /**
     * The one generated office holder whose name holds every word of this one in order (see {@link #holdsAll}), spelt
     * within one letter or as its initial: "Shah Mehmood Qureshi" (KB "Makhdoom Shah Mahmood Hussain Qureshi"),
     * "D. Tsogtbaatar" (KB "Tsogtbaatar Damdin", the patronymic's initial first). Empty when none or several people fit.
     */
    private List<Office> byNameWords(String[] q) {
        String longest = null;
        int full = 0;
        for (String x : q) {
            if (x.length() > 1) full++;
            if (longest == null || x.length() > longest.length()) longest = x;
        }
        if (longest == null || longest.length() < MIN_INDEXED_WORD || full == 1 && longest.length() < MIN_LONE_WORD) return List.of();
        String person = null;
        for (String x : q) {
            if (x.length() < MIN_INDEXED_WORD) continue;
            for (Office o : generatedByWord.getOrDefault(x, List.of())) for (String n : names(o)) {
                if (!holdsAll(nameWords(n), q)) continue;
                String who = Text.asciiFold(o.name());
                if (person != null && !person.equals(who)) return List.of();
                person = who;
            }
        }
        return person == null ? List.of() : officeByName.getOrDefault(person, List.of());
    }

    /** A name's words as written (a hyphenated surname, "Lomax-Smith", is one word), each folded. */
    private static String[] nameWords(String name) {
        String[] w = name.strip().split("\\s+");
        for (int i = 0; i < w.length; i++) w[i] = Text.asciiFold(w[i]);
        return w;
    }

    /**
     * Whether the query's words match words of the name in order (a two-word name also reversed, surname first): each
     * equal, an initial of it, or one edit apart (5+ letters). Out of order, "Nguyen Minh Vu" would be "Vu Quang Minh".
     */
    private static boolean holdsAll(String[] name, String[] q) {
        if (name.length < q.length) return false;
        if (inOrder(name, q)) return true;
        return q.length == 2 && name.length == 2 && inOrder(name, new String[] {q[1], q[0]});
    }

    private static boolean inOrder(String[] name, String[] q) {
        int i = 0;
        for (String x : q) {
            while (i < name.length && !wordMatches(x, name[i])) i++;
            if (i == name.length) return false;
            i++;
        }
        return true;
    }

    private static boolean wordMatches(String x, String y) {
        return x.equals(y) || x.length() == 1 && !y.isEmpty() && y.charAt(0) == x.charAt(0)
                || x.length() >= 5 && y.length() >= 5 && x.charAt(0) == y.charAt(0) && Names.editDistance(x, y, 1) <= 1;
    }

    /** Names that open with initials, by the rest: "AK Abdul Momen" as "Abdul Momen" ("A K Abdul Momen" in the text). */
    private final Map<String, List<Office>> officeByInitialless = new HashMap<>();

    private static final java.util.regex.Pattern LEADING_INITIALS = java.util.regex.Pattern.compile("^(?:(?:\\p{Lu}{1,3}|\\p{Lu}\\.(?:\\p{Lu}\\.)*)\\s+)+");

    /** The name without its leading initials when at least two words remain, else null. */
    static String withoutInitials(String name) {
        java.util.regex.Matcher m = LEADING_INITIALS.matcher(name.strip());
        if (!m.lookingAt()) return null;
        String rest = name.strip().substring(m.end());
        return rest.indexOf(' ') > 0 ? rest : null;
    }

    private static List<String> names(Office o) {
        List<String> l = new ArrayList<>(o.aliases().size() + 1);
        l.add(o.name());
        l.addAll(o.aliases());
        return l;
    }

    private static LocalDate date(String s) {
        if (s != null && s.length() == 4) s = s + "-01-01";
        try { return s == null || s.isBlank() ? null : LocalDate.parse(s.trim()); } catch (RuntimeException e) { return null; }
    }

    private static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        if (s == null) return out;
        for (String p : s.split("\\|")) if (!p.isBlank()) out.add(p.trim());
        return out;
    }

    private boolean has(String phrase, Type t) {
        List<Entry> l = phrases.get(key(phrase));
        return l != null && l.stream().anyMatch(e -> e.type == t);
    }

    private void add(String phrase, Type type, String code, String canonical) {
        if (code == null || !(Codes.isValid(code) || code.equals("?"))) return;
        String p = phrase.startsWith("the ") ? phrase.substring(4) : phrase;
        List<Tok> toks = Tok.tokenize(p);
        if (toks.isEmpty()) return;
        String k = key(p);
        boolean acronym = p.replaceAll("[^\\p{L}]", "").chars().allMatch(Character::isUpperCase) && p.replaceAll("[^\\p{L}]", "").length() <= 5;
        List<Entry> l = phrases.computeIfAbsent(k, x -> new ArrayList<>());
        boolean defined = false;
        for (Entry e : l) if (e.type == type) defined = true;   // first definition of a type wins
        boolean commonWord = toks.size() == 1 && !acronym && (type == Type.INST || phrase.startsWith("the "));
        if (!defined) l.add(new Entry(type, code, canonical, acronym, commonWord));
        // the index below still learns this spelling: "Guinea Bissau" (two tokens) and "Guinea-Bissau" (one) share a key
        maxLen = Math.max(maxLen, toks.size());
        // index by the first token's fold, which may itself hold a space ("Timor-Leste" folds to "timor leste"):
        // splitting the key on spaces lost every hyphenated name ("Guinea-Bissau", "Port-au-Prince")
        String first = toks.get(0).fold;
        FirstWord fw = firstWords.computeIfAbsent(first, x -> new FirstWord());
        fw.maxLen = Math.max(fw.maxLen, toks.size());
        int words = 1;
        for (int i = 0; i < k.length(); i++) if (k.charAt(i) == ' ') words++;
        fw.wordCounts |= 1L << Math.min(words, 63);
    }

    /** The longest phrase (in tokens) starting with this folded word, 0 if none. */
    int maxLenFrom(String firstFold) { FirstWord fw = firstWords.get(firstFold); return fw == null ? 0 : fw.maxLen; }

    /** The phrases starting with this folded word, null if none. */
    FirstWord firstWord(String firstFold) { return firstWords.get(firstFold); }

    /** Whether a city is a capital of the country with that code. */
    boolean isCapital(String code, String city) {
        return code != null && city != null && capitals.contains(code + "|" + key(city));
    }

    static String key(String phrase) {
        StringBuilder b = new StringBuilder();
        for (Tok t : Tok.tokenize(phrase)) {
            if (t.fold.isEmpty()) continue;
            if (b.length() > 0) b.append(' ');
            b.append(t.fold);
        }
        return b.toString();
    }

    int maxLen() { return maxLen; }

    List<Entry> lookup(String key) { return phrases.getOrDefault(key, List.of()); }

    /** The fixed venue of a gathering named by a folded phrase, else null. */
    Entry venue(String key) { return venues.get(key); }

    /** Whether some fixed-venue name begins with this folded word (most words begin none: no need to look further). */
    boolean beginsVenue(String firstFold) { return venueFirstWords.contains(firstFold); }

    boolean isNotPlace(String key) { return notPlace.contains(key); }

    String countryName(String code) { return countryNames.getOrDefault(code, code); }

    /** Office holders whose name or alias is this (folded) name, else whose surname is its last word (fuzzy for long names). */
    List<Office> person(String name) {
        if (name == null) return List.of();
        if (personCache.size() > 50_000) personCache.clear();
        return personCache.computeIfAbsent(name, this::personUncached);
    }

    /** An initial ("J.") or a generational suffix ("Jr.", "III") as a word of a name; not the "O" of "O'Brien". */
    private static final java.util.regex.Pattern INITIAL_OR_SUFFIX = java.util.regex.Pattern.compile("(?<=^|\\s)(?:\\p{Lu}\\.|Jr\\.?|Sr\\.?|II|III|IV)(?=\\s|,|$)");

    private List<Office> personUncached(String name) {
        String f = Text.asciiFold(name);
        if (f.isEmpty()) return List.of();
        List<Office> l = officeByName.get(f);
        if (l != null) return l;
        // "Lloyd J. Austin III": middle initials and generational suffixes are no part of the KB's names
        String plain = INITIAL_OR_SUFFIX.matcher(name).replaceAll(" ").strip().replaceAll(" +", " ");
        if (!plain.equals(name.strip()) && plain.indexOf(' ') > 0) return personUncached(plain);
        String[] w = f.split(" ");
        if (w.length == 2) {
            // surname first, as East Asian foreign ministries and agencies write it: "KAMIKAWA Yoko", "Cho Tae-yul" stays
            List<Office> r = officeByName.get(w[1] + " " + w[0]);
            if (r != null) return r;
        }
        if (w.length >= 2) {
            // transliterations and spellings: "Abdelfattah Elsisi", "Volodymyr Zelenskyy", "Mohamed bin Zayed"
            List<Office> c = officeByCompact.get(Names.compact(name));
            if (c != null) return c;
        }
        if (w.length >= 3) {
            // a longer form of a known name: "Moussa Faki Mahamat" (KB "Moussa Faki"), "Mohammed bin Salman Al Saud"
            List<Office> c = officeByName.get(f.substring(0, f.lastIndexOf(' ')));
            if (c != null && f.substring(0, f.lastIndexOf(' ')).indexOf(' ') > 0) return c;
            // a given name before the known one: "Muhammad Shehbaz Sharif" (KB "Shehbaz Sharif")
            List<Office> g = officeByName.get(f.substring(f.indexOf(' ') + 1));
            if (g != null) return g;
        }
        String bare = withoutInitials(name);
        if (bare != null) {
            List<Office> c = officeByInitialless.get(Text.asciiFold(bare));
            if (c != null) return c;
        }
        String sur = w[w.length - 1];
        List<Office> out = new ArrayList<>();
        for (CuratedName c : curatedNames) {   // a surname alone only for the curated (prominent) office holders
            if (Names.sameSurname(c.surname(), sur)) {
                // a given name that clearly differs means another person
                if (w.length > 1 && !Names.compatibleGiven(c.given(), w[0])) continue;
                out.add(c.office());
            }
        }
        return out.isEmpty() && w.length >= 2 ? byNameWords(w) : out;
    }

    /**
     * "President Obama": the one generated office holder of that surname who held the titled office on that day; empty
     * when none or several did (a surname alone names nobody for sure otherwise).
     */
    List<Office> titledSurname(String surname, String title, LocalDate day) {
        String t = title.toLowerCase(java.util.Locale.ROOT);
        Office hit = null;
        for (Office o : generatedBySurname.getOrDefault(Text.asciiFold(surname), List.of())) {
            String office = o.office().toLowerCase(java.util.Locale.ROOT);
            if (!o.validOn(day) || !(t.equals(office) || t.endsWith(" " + office))) continue;
            if (hit != null && !Text.asciiFold(hit.name()).equals(Text.asciiFold(o.name()))) return List.of();
            hit = o;
        }
        return hit == null ? List.of() : List.of(hit);
    }

    boolean exactPerson(String name) { return officeByName.containsKey(Text.asciiFold(name)); }

    /** The person holding an office in a country on a day (first hit). */
    Office holder(String country, String office, LocalDate day) {
        return bestOn(byCountryOffice.getOrDefault(country + "|" + office, List.of()), day);
    }

    /**
     * The office this person held on that day: a curated row first, else the one that began last (open-ended Wikidata
     * rows often lack their end); null when none was held then.
     */
    static Office bestOn(List<Office> l, LocalDate day) {
        Office best = null;
        for (Office o : l) {
            if (!o.validOn(day)) continue;
            if (o.curated()) return o;
            if (best == null || o.start() != null && (best.start() == null || o.start().isAfter(best.start()))) best = o;
        }
        return best;
    }

    private static List<String[]> read(String name) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Kb.class.getResourceAsStream("/parley/kb/" + name)) {
            if (in == null) throw new IllegalStateException("missing KB resource parley/kb/" + name);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                rows.add(line.split("\t", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
