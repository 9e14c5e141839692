package parley.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small text helpers shared by the producer and the contract keys. */
public final class Text {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Text() { }

    /**
     * The text with every lone UTF-16 surrogate replaced by U+FFFD, so what is derived from it (names, evidence) is
     * valid Unicode (EventCodec refuses lone surrogates). Returns {@code s} itself when it has none.
     */
    public static String wellFormed(String s) {
        if (s == null || Unicode.loneSurrogate(s) < 0) return s;
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append(c).append(s.charAt(++i));
            } else {
                b.append(Character.isSurrogate(c) ? Unicode.REPLACEMENT : c);
            }
        }
        return b.toString();
    }

    /** "Erdoğan" → "erdogan", "Łukasz" → "lukasz": lower-case ASCII letters, digits and spaces only. */
    public static String asciiFold(String s) {
        if (s == null) return "";
        if (isAscii(s)) return foldAscii(s);
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        d = MARKS.matcher(d).replaceAll("");
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = Character.toLowerCase(d.charAt(i));
            switch (c) {
                case 'ı' -> b.append('i');
                case 'ø' -> b.append('o');
                case 'đ', 'ð' -> b.append('d');
                case 'ł' -> b.append('l');
                case 'ß' -> b.append("ss");
                case 'æ' -> b.append("ae");
                case 'œ' -> b.append("oe");
                case 'þ' -> b.append("th");
                default -> {
                    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) b.append(c);
                    else if (Character.isWhitespace(c) || c == '-' || c == '\'' || c == '’') b.append(' ');
                }
            }
        }
        return b.toString().trim().replaceAll(" +", " ").toLowerCase(Locale.ROOT);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 0x80) return false;
        return true;
    }

    /**
     * {@link #asciiFold} of pure ASCII text in one pass: ASCII has nothing to decompose and no marks, so this is the
     * same lower-casing, dropping and space-collapsing (trim, " +" to " ") without the normalizer and the regexes.
     */
    private static String foldAscii(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') c = (char) (c + ('a' - 'A'));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (space && b.length() > 0) b.append(' ');
                space = false;
                b.append(c);
            } else if (Character.isWhitespace(c) || c == '-' || c == '\'') {
                space = true;
            }
        }
        return b.toString();
    }

    /**
     * Text from outside (file names, report text, record contents) made safe to print on one log or terminal line:
     * C0/C1 control characters (CR, LF, TAB, ESC included), DEL, the bidirectional overrides and isolates
     * (U+202A–U+202E, U+2066–U+2069), the invisible direction marks (U+200E, U+200F, U+061C), the line and paragraph
     * separators (U+2028, U+2029) and lone surrogates are written as {@code \\uXXXX}, so a message can neither
     * forge a log line, move the cursor nor visually reorder what follows it. Everything else is kept as is.
     */
    public static String escapeControls(CharSequence s) {
        if (s == null) return null;
        int n = s.length(), i = 0;
        while (i < n && !unsafe(s, i)) i++;
        if (i == n) return s.toString();
        StringBuilder b = new StringBuilder(n + 16);
        b.append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (unsafe(s, i)) b.append(String.format("\\u%04X", (int) c));
            else b.append(c);
        }
        return b.toString();
    }

    private static boolean unsafe(CharSequence s, int i) {
        char c = s.charAt(i);
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) return true;
        if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) return true;
        if (c == 0x200E || c == 0x200F || c == 0x061C || c == 0x2028 || c == 0x2029) return true;
        if (Character.isHighSurrogate(c)) return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        if (Character.isLowSurrogate(c)) return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        return false;
    }
}
