package parley.producer.extract;

import java.util.Arrays;

/**
 * Plain text hard-wrapped at a fixed width (60 to 100 columns, as mail, wire feeds and some converters emit) read as
 * paragraphs: a line that fills the width continues on the next line. Text that is not wrapped is returned unchanged.
 */
final class Unwrap {
    private Unwrap() { }

    /** Lines shorter than the wrap width by more than this end a paragraph. */
    static final int SLACK = 22;
    /** Widths outside [MIN_WIDTH, MAX_WIDTH] are not hard wrapping (one paragraph per line, or a list). */
    static final int MIN_WIDTH = 40;
    static final int MAX_WIDTH = 100;
    /** At least this share of the non-empty lines must fill the width. */
    static final double FULL_SHARE = 0.5;
    static final int MIN_LINES = 4;
    /** When this share of the lines runs far past any wrap width, the text is not hard-wrapped. */
    static final double OVERLONG_SHARE = 0.1;

    /** The text with '\n' line ends (callers normalise CR and CRLF first), wrapped paragraphs joined into one line each. */
    static String paragraphs(String text) {
        String[] lines = text.split("\n", -1);
        int[] lens = new int[lines.length];
        int n = 0;
        for (String l : lines) { int len = l.strip().length(); if (len > 0) lens[n++] = len; }
        if (n < MIN_LINES) return text;
        int[] sorted = Arrays.copyOf(lens, n);
        Arrays.sort(sorted);
        int width = sorted[(int) Math.floor(0.9 * (n - 1))];
        if (width < MIN_WIDTH || width > MAX_WIDTH) return text;
        int full = 0;
        for (int i = 0; i < n; i++) if (lens[i] >= width - SLACK) full++;
        if (full < FULL_SHARE * n) return text;
        // lines far past the width are paragraphs written on one line each: a release whose few header lines happen to
        // be of one length ("READOUT", a title, a date, a heading) is not wrapped text
        int overlong = 0;
        for (int i = 0; i < n; i++) if (lens[i] > MAX_WIDTH + SLACK) overlong++;
        if (overlong >= OVERLONG_SHARE * n) return text;
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            b.append(l);
            if (i == lines.length - 1) break;
            String next = lines[i + 1].strip();
            boolean joins = !l.isEmpty() && !next.isEmpty() && l.length() >= width - SLACK && !blockStart(next);
            if (!joins) b.append('\n');
            else if (!(l.endsWith("-") && l.length() > 1 && Character.isLetter(l.charAt(l.length() - 2)) && Character.isLetter(next.charAt(0)))) b.append(' ');
            // (a line broken after a hyphen, "well-" + "known", joins without a space and keeps the hyphen)
        }
        return b.toString();
    }

    /** A line that starts a block of its own: a bullet or a numbered item. */
    private static boolean blockStart(String line) {
        char c = line.charAt(0);
        return c == '-' && line.length() > 1 && line.charAt(1) == ' ' || c == '*' || c == '•' || c == '>';
    }
}
