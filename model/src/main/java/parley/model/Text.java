package parley.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small text helpers shared by the producer and the contract keys. */
public final class Text {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Text() { }

    /** "Erdoğan" → "erdogan", "Łukasz" → "lukasz": lower-case ASCII letters, digits and spaces only. */
    public static String asciiFold(String s) {
        if (s == null) return "";
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
}
