package parley.producer.extract;

import parley.model.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One word or punctuation token of a sentence, with its character span in the sentence. */
final class Tok {
    private static final Pattern TOKEN = Pattern.compile(
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
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            String t = m.group();
            int st = m.start();
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

    private static final java.util.Set<String> ABBREV = java.util.Set.of("jr", "sr", "st", "mr", "mrs", "ms", "dr", "gen", "col",
            "lt", "sgt", "prof", "no", "vs", "inc", "ltd", "co", "corp", "gov", "sen", "rep", "adm", "capt", "maj", "hon");

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
