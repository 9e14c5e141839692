package parley.producer.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What the extractor remembers while reading one document: persons met so far (for coreference) and the last event day. */
final class DocState {
    static final class Person {
        String name;
        String country;
        String role;
        String office;
        int lastSeen;
        int firstSeen;                // the sentence that introduced the person
        private String foldedOf;      // the name the cached fold below was computed from (names change as mentions grow)
        private String[] foldedWords;
        private String foldedSurname;

        String surname() { fold(); return foldedSurname; }

        /** The words of the ascii-folded name (asciiFold(name).split(" ")), cached until the name changes. */
        String[] foldedWords() { fold(); return foldedWords; }

        private void fold() {
            if (foldedOf == name && foldedWords != null) return;
            String f = parley.model.Text.asciiFold(name);
            foldedWords = f.split(" ");
            int i = f.lastIndexOf(' ');
            foldedSurname = i < 0 ? f : f.substring(i + 1);
            foldedOf = name;
        }
    }

    /** The shortest single word that may name a person by the first word of their name ("Li" for Li Keqiang). */
    static final int MIN_FIRST_WORD = 2;

    final List<Person> persons = new ArrayList<>();
    Person lastSubject;
    Person meetingsOf;          // whose meetings "One of the meetings was with X" told last, and in which sentence
    int meetingsOfSentence = -10;
    Person narrator;
    String venueCode;     // the host country of the latest visit or meeting place (for arrivals that name no place)
    boolean sidelinesNoPlace;   // the story's talks were "on the sidelines of" a gathering it does not place: not at the dateline
    String venueCity;      // the author of a first-person release, or the interviewee answering
    final java.util.Map<String, Object[]> placeDays = new java.util.HashMap<>();   // city -> {date, precision} of an event there
    Ment lastMinistry;
    LocalDate anchor;
    int sentence;
    int lastCall = -10;
    RuleExtractor.Cand groupTalk;   // the last meeting or call with a group naming no one ("with Nordic leaders"), no counterpart
    int para;
    String home;          // the dateline's country
    String dominant;      // the country most of the text's country names name, when one clearly does
    String local;         // the country most of the text's place names name (its local officials'), when one does
    String issuer;        // a release's issuing country (its header: "Ministry of Foreign Affairs, Republic of Indonesia")
    int paraDateOf = -1;
    LocalDate paraDate;
    LocalDate talksDay;
    LocalDate summitDay;

    private String foldedQuery;     // the last name findPerson folded, and its fold (the same name is looked up again and again)
    private String foldedQueryFold;

    Person findPerson(String name) {
        if (name != foldedQuery || foldedQueryFold == null) {
            foldedQueryFold = parley.model.Text.asciiFold(name);
            foldedQuery = name;
        }
        String f = foldedQueryFold;
        int sp = f.lastIndexOf(' ');
        String sur = sp < 0 ? f : f.substring(sp + 1);           // Names.surname(name)
        if (sur.isEmpty()) return null;
        Person best = null;
        String[] b = null;
        for (Person p : persons) {
            if (Names.sameSurname(p.surname(), sur)) {
                String[] a = p.foldedWords();
                if (b == null) b = f.split(" ");
                if (a.length > 1 && b.length > 1 && !Names.compatibleGiven(a[0], b[0])) continue;
                if (best == null || p.lastSeen > best.lastSeen) best = p;
            }
        }
        if (best == null && !name.contains(" ") && name.length() >= MIN_FIRST_WORD && !Lexicon.PARTICLES.contains(f)) {
            // "Sayyid Badr", "Sheikh Tamim": a given name of exactly one person met before; "Mr Lee" (Lee Jae-myung): a family name
            // written first
            for (Person p : persons) {
                String[] a = p.foldedWords();
                if (a.length > 1 && a[0].equals(f)) { if (best != null) return null; best = p; }
            }
        }
        if (best == null && name.contains(" ")) {
            // "Ismail Sabri" after "Ismail Sabri Yaakob": the given names of exactly one person met before (Malay, Arabic usage)
            if (b == null) b = f.split(" ");
            for (Person p : persons) {
                String[] a = p.foldedWords();
                if (a.length <= b.length || !java.util.Arrays.equals(a, 0, b.length, b, 0, b.length)) continue;
                if (best != null && best != p) return null;
                best = p;
            }
        }
        return best;
    }

    Person findByRole(String code, String office, String role) {
        return findByRole(code, office, role, java.util.Set.of());
    }

    /** findByRole, none of the persons named in skip (folded names) taken. */
    Person findByRole(String code, String office, String role, java.util.Set<String> skip) {
        Person best = null;
        String head = role == null ? null : lastWord(role);
        for (Person p : persons) {
            if (code != null && !code.equals(p.country)) continue;
            if (skip.contains(p.name)) continue;
            boolean fit;
            if (office != null) fit = office.equals(p.office);
            else if (head == null || head.equals("official") || head.equals("diplomat") || head.equals("leader")) fit = code != null;
            else fit = p.role != null && p.role.toLowerCase(Locale.ROOT).contains(head);
            if (fit && (best == null || p.lastSeen > best.lastSeen)) best = p;
        }
        return best;
    }

    /** The person last seen whose role (abbreviations written out) ends with this title: "prime minister" finds "Prime Minister Shri". */
    Person findByTitle(String title) {
        Person best = null;
        for (Person p : persons) {
            if (p.role == null || !Analyzer.expandAbbreviations(p.role).endsWith(title)) continue;
            if (best == null || p.lastSeen > best.lastSeen) best = p;
        }
        return best;
    }

    private static final java.util.regex.Pattern WS = java.util.regex.Pattern.compile("\\s+");

    /** The last word of a phrase, lower-cased: a role's head ("Foreign Minister" → "minister"). */
    static String lastWord(String s) {
        String[] w = WS.split(s.trim().toLowerCase(Locale.ROOT));
        return w[w.length - 1];
    }

    /** Adds or updates a person from a mention. */
    Person remember(Ment m) {
        if (m.name == null) return null;
        Person p = findPerson(m.name);
        if (p == null) {
            p = new Person();
            p.name = m.name;
            p.firstSeen = sentence;
            persons.add(p);
        } else if (m.name.split(" ").length > p.name.split(" ").length) {
            p.name = m.name;
        }
        if (m.code != null && p.country == null) p.country = m.code;
        if (m.role != null && !m.former) p.role = m.role;
        if (m.office != null) p.office = m.office;
        p.lastSeen = sentence;
        return p;
    }
}
