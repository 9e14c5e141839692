package parley.producer.extract;

import parley.model.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** One word or punctuation token of a sentence, with its character span in the sentence. */
final class Tok {
    /** What a token is; {@link #tokenize} scans it by hand ({@link #tokenEnd}), this is the definition (and the test's reference). */
    static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{Lu}\\.){2,}|\\p{L}[\\p{L}\\p{M}\\d]*(?:[-'’][\\p{L}\\p{M}\\d]+)*\\.?|\\d+(?:[.,:/-]\\d+)*|\\S");

    private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.){2,}");

    final String text;
    final String low;
    final String fold;
    final int start;
    final int end;
    final boolean cap;
    final boolean upper;

    Tok(String text, int start, int end) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.low = text.toLowerCase(java.util.Locale.ROOT);
        this.fold = text.equals("'s") || text.equals("’s") ? "'s" : fold(text, low);
        this.cap = !text.isEmpty() && (Character.isUpperCase(text.codePointAt(0))
                || text.length() > 4 && text.charAt(2) == '-' && (text.startsWith("al") || text.startsWith("el")) && Character.isUpperCase(text.charAt(3)));
        boolean up = false;
        boolean anyLower = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) anyLower = true;
            if (Character.isUpperCase(c)) up = true;
        }
        this.upper = up && !anyLower;
    }

    private static String fold(String text, String low) {
        for (int i = 0; i < low.length(); i++) {
            char c = low.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) return Text.asciiFold(text);
        }
        return low;
    }

    boolean isWord() { return !text.isEmpty() && Character.isLetterOrDigit(text.charAt(0)); }

    boolean is(String... words) {
        for (String w : words) if (low.equals(w)) return true;
        return false;
    }

    /** Tokens of a string: words (keeping inner hyphens and apostrophes), abbreviations like U.S., numbers, punctuation. */
    static List<Tok> tokenize(String s) {
        List<Tok> out = new ArrayList<>();
        int n = s.length();
        for (int i = 0; i < n; ) {
            if (regexSpace(s.charAt(i))) { i++; continue; }      // where TOKEN.find() finds nothing (\\S matches all else)
            int st = i;
            i = tokenEnd(s, st);
            String t = s.substring(st, i);
            // A trailing period belongs to the word only for known abbreviations/initials ("Jr.", "St.", "J.")
            if (t.length() > 1 && t.endsWith(".") && !INITIALS.matcher(t).matches()) {
                String w = t.substring(0, t.length() - 1);
                if (!(w.length() == 1 && Character.isUpperCase(w.charAt(0))) && !ABBREV.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                    addWord(out, w, st);
                    out.add(new Tok(".", st + w.length(), st + t.length()));
                    continue;
                }
            }
            addWord(out, t, st);
        }
        return out;
    }

    /** \\s of java.util.regex (without UNICODE_CHARACTER_CLASS). */
    static boolean regexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * The end of the TOKEN match at i (s[i] not white space), by hand: the alternatives in their order, each greedy
     * (nothing follows them, so the greedy path is the match): initials "U.S.", a word with inner hyphens/apostrophes
     * and an optional final period, a number with inner separators, else one code point.
     */
    static int tokenEnd(String s, int i) {
        int n = s.length();
        int cp = s.codePointAt(i);
        int j = i;
        int pairs = 0;
        while (j < n) {                                           // (?:\\p{Lu}\\.){2,}
            int c = s.codePointAt(j);
            int cc = Character.charCount(c);
            if (Character.getType(c) != Character.UPPERCASE_LETTER || j + cc >= n || s.charAt(j + cc) != '.') break;
            j += cc + 1;
            pairs++;
        }
        if (pairs >= 2) return j;
        if (Character.isLetter(cp)) {                             // \\p{L}[\\p{L}\\p{M}\\d]*(?:[-'’][\\p{L}\\p{M}\\d]+)*\\.?
            j = wordChars(s, i + Character.charCount(cp));
            while (j + 1 < n && (s.charAt(j) == '-' || s.charAt(j) == '\'' || s.charAt(j) == '’') && wordChar(s.codePointAt(j + 1))) j = wordChars(s, j + 1);
            if (j < n && s.charAt(j) == '.') j++;
            return j;
        }
        if (digit(s.charAt(i))) {                                 // \\d+(?:[.,:/-]\\d+)*
            j = digits(s, i);
            while (j + 1 < n && ".,:/-".indexOf(s.charAt(j)) >= 0 && digit(s.charAt(j + 1))) j = digits(s, j + 1);
            return j;
        }
        return i + Character.charCount(cp);                     // \\S
    }

    private static boolean digit(char c) { return c >= '0' && c <= '9'; }

    private static int digits(String s, int j) {
        while (j < s.length() && digit(s.charAt(j))) j++;
        return j;
    }

    /** [\\p{L}\\p{M}\\d] */
    private static boolean wordChar(int c) {
        if (c < 0x80) return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static int wordChars(String s, int j) {
        while (j < s.length()) {
            int c = s.codePointAt(j);
            if (!wordChar(c)) break;
            j += Character.charCount(c);
        }
        return j;
    }

    private static final java.util.Set<String> ABBREV = java.util.Set.of("jr", "sr", "st", "mr", "mrs", "ms", "dr", "gen", "col",
            "lt", "sgt", "prof", "no", "vs", "inc", "ltd", "co", "corp", "gov", "sen", "rep", "adm", "capt", "maj", "hon", "md", "mohd", "muhd");

    private static void addWord(List<Tok> out, String t, int st) {
        int n = t.length();
        if (n > 2 && (t.endsWith("'s") || t.endsWith("’s") || t.endsWith("'S") || t.endsWith("’S"))) {
            out.add(new Tok(t.substring(0, n - 2), st, st + n - 2));
            out.add(new Tok(t.substring(n - 2), st + n - 2, st + n));
        } else {
            out.add(new Tok(t, st, st + n));
        }
    }

    @Override
    public String toString() { return text; }
}
