package parley.producer.extract;

import parley.model.DatePrecision;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Date expressions in a sentence, resolved against the publication day (java.time only). Reports are past-tense:
 * a weekday is the most recent such day on or before publication, a month-day without a year is in the publication
 * year unless that would be after publication. Relative expressions ("the following day") use the previous event's day.
 */
final class Dates {
    private Dates() { }

    /** A resolved date expression: char span in the sentence, day, precision, specificity (higher = better). */
    record Mention(int start, int end, LocalDate date, DatePrecision precision, int rank, boolean relative) { }

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December|"
            + "Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
    private static final String NUMW = "(\\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a couple of|a few|several)";
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})([./])(\\d{1,2})\\2(\\d{4})\\b");
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern MDY = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*(?:[-–—]|and|to)\\s*\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+(\\d{4}))?\\b(?!-)");
    private static final Pattern DMY = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*(?:[-–—]|and|to)\\s*\\d{1,2}(?:st|nd|rd|th)?)?\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+(\\d{4}))?\\b");
    private static final Pattern MY = Pattern.compile("\\b(?:(in|since|during|early|late|mid|this|last|of|until|by|from|past)\\s+)?(?:(early|late|mid)[-\\s]+)?" + MONTH + "(?:,?\\s+(\\d{4}))?\\b(?:\\s+(last year|of that year|of the same year|that year|this year|of last year))?");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(?:(last|this|next|on|past)\\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b(?:\\s+(?:of\\s+)?(last week|the previous week|the week before))?");
    private static final Pattern YEAR = Pattern.compile("\\b(?i:in|since|during|of|early|late|mid|from)\\s+(?:(?:early|late|mid)[-\\s]+)?((?:19|20)\\d{2})\\b(?![-–]\\d)(?!\\s*(?:war|election|elections|summit|agreement|statement|declaration)\\b)");
    private static final Pattern REL = Pattern.compile("(?i)\\b(yesterday|today|tonight|this morning|this afternoon|this evening|"
            + "the (?:day|night) before|the previous day|the preceding day|a day earlier|a day before|"
            + "the following day|the next day|a day later|the day after|(?:a|one) day after|the same day|that day|the same (?:evening|morning|afternoon|night)|that (?:evening|morning|afternoon|night)|"
            + "last week|earlier this week|this week|last weekend|this weekend|"
            + "earlier this month|this month|last month|earlier this year|this year|last year|"
            + "(?:about |almost |nearly |some |over |more than |roughly )?(?:a|one|half a) year ago)\\b");
    private static final Pattern AGO = Pattern.compile("(?i)\\b" + NUMW + "\\s+(days?|weeks?|months?|years?)\\s+(ago|earlier|later|before|after)\\b");

    private static final Pattern YEAR_NUM = Pattern.compile("\\b(?:19|20)\\d{2}\\b");
    private static final Pattern MONTH_HINT = Pattern.compile("\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)");
    // REL_HINT was the regex "yesterday|today|...|ago": a find of literal alternatives is "contains one of them"
    private static final String[] REL_HINT_WORDS = {"yesterday", "today", "tonight", "this ", "before", "previous", "preceding",
            "earlier", "following", "next", "later", "after", "same day", "that day", "last ", "ago"};
    // MONTH_HINT needs one of these substrings to match at all (checked first: most sentences name no month)
    private static final String[] MONTH_HINT_WORDS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    private static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

    /**
     * Where a match of MDY, MY or WEEKDAY can start: each holds one of the anchor words (a month or weekday name) and,
     * before it in the match, at most two words of at most 6 letters, each followed by blanks or hyphens ("since
     * early-March", "last Monday", "during"). So a match starts at most that far before an occurrence of an anchor word.
     */
    private static boolean[] starts(String s, String[] anchors) {
        boolean[] c = new boolean[s.length() + 1];
        for (String w : anchors) {
            for (int f = s.indexOf(w); f >= 0; f = s.indexOf(w, f + 1)) {
                int p = f;
                for (int word = 0; word < 2; word++) {
                    while (p > 0 && blankOrHyphen(s.charAt(p - 1))) p--;
                    for (int letters = 0; letters < 6 && p > 0 && Character.isLetter(s.charAt(p - 1)); letters++) p--;
                }
                for (int i = p; i <= f; i++) c[i] = true;
            }
        }
        return c;
    }

    private static boolean blankOrHyphen(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '-';   // \\s or -
    }

    /**
     * {@code m.find()} continued from {@code pos} (the previous match's end) trying only the possible starts: the
     * match find() would report at a start is the one lookingAt() finds from there (transparent bounds, so \\b sees
     * the character before; these patterns have no ^).
     */
    private static boolean findFrom(Matcher m, String s, boolean[] starts, int pos) {
        for (int st = pos; st < s.length(); st++) if (starts[st] && m.region(st, s.length()).lookingAt()) return true;
        return false;
    }

    private static boolean containsAny(String s, String[] words) {
        for (String w : words) if (s.contains(w)) return true;
        return false;
    }

    private static final Pattern CLAUSE = Pattern.compile(
            "^(?:he|she|they|(?!The )(?:\\p{Lu}[\\p{L}\\p{M}'’-]+\\s+){1,4}(?!of |and |in |at |on |summit|talks|meeting|visit)\\p{Ll}+)\\b.*");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private static final Map<String, Integer> NUMS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("a couple of", 2), Map.entry("a few", 3), Map.entry("several", 4));

    static int month(String m) {
        String s = m.toLowerCase(Locale.ROOT);
        String[] names = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < 12; i++) if (s.startsWith(names[i])) return i + 1;
        return 0;
    }

    /**
     * All date expressions of a sentence.
     * @param pub publication day
     * @param anchor the previous event's day in the text (for "the following day"), or null
     */
    static List<Mention> find(String s, LocalDate pub, LocalDate anchor) {
        List<Mention> out = new ArrayList<>();
        String ls = s.toLowerCase(Locale.ROOT);
        boolean digits = false;
        for (int i = 0; i < s.length() && !digits; i++) if (Character.isDigit(s.charAt(i))) digits = true;
        boolean months = containsAny(s, MONTH_HINT_WORDS) && MONTH_HINT.matcher(s).find();
        boolean weekday = ls.contains("day");
        boolean relHint = containsAny(ls, REL_HINT_WORDS);
        Matcher m = ISO.matcher(digits ? s : "");
        while (m.find()) add(out, s, m, safe(num(m.group(1)), num(m.group(2)), num(m.group(3))), DatePrecision.DAY, 5, false, pub);
        m = NUMERIC.matcher(digits ? s : "");
        while (m.find()) {
            int a = num(m.group(1)), b = num(m.group(3)), y = num(m.group(4));
            LocalDate d = a > 12 || m.group(2).equals(".") ? safe(y, b, a) : (b > 12 ? safe(y, a, b) : safe(y, b, a));
            add(out, s, m, d, DatePrecision.DAY, 5, false, pub);
        }
        boolean[] monthStarts = months ? starts(s, MONTH_HINT_WORDS) : null;
        m = MDY.matcher(s).useTransparentBounds(true);
        for (int pos = 0; months && digits && findFrom(m, s, monthStarts, pos); ) {
            pos = m.end();
            if (overlaps(out, m.start(), m.end())) continue;
            int mo = month(m.group(1)), d = num(m.group(2));
            if (m.group(1).equals("May") && !looksDate(s, m)) continue;
            add(out, s, m, withYear(mo, d, m.group(3), pub), DatePrecision.DAY, 4, false, pub);
        }
        m = DMY.matcher(months && digits ? s : "");
        while (m.find()) {
            if (overlaps(out, m.start(), m.end())) continue;
            int mo = month(m.group(2)), d = num(m.group(1));
            add(out, s, m, withYear(mo, d, m.group(3), pub), DatePrecision.DAY, 4, false, pub);
        }
        m = MY.matcher(s).useTransparentBounds(true);
        for (int pos = 0; months && findFrom(m, s, monthStarts, pos); ) {
            pos = m.end();
            if (overlaps(out, m.start(), m.end())) continue;
            String pre = m.group(1);
            String word = m.group(3);
            if (word.equals("May") && m.group(4) == null && pre == null) continue;     // the modal verb
            if (pre == null && m.group(4) == null && m.group(2) == null) {
                if (word.length() <= 4) continue;
            }
            int mo = month(word);
            LocalDate d;
            String rel = m.group(5) == null ? null : m.group(5).toLowerCase(Locale.ROOT);
            if (m.group(4) != null) d = safe(num(m.group(4)), mo, 1);
            else if (rel != null && rel.contains("last")) d = safe(pub.getYear() - 1, mo, 1);
            else if (rel != null && rel.contains("this")) d = safe(pub.getYear(), mo, 1);
            else if (rel != null) {
                // "in June of that year": the year named before in the sentence, else the anchor's
                int y = anchor != null ? anchor.getYear() : pub.getYear();
                Matcher ym = YEAR_NUM.matcher(s.substring(0, m.start()));
                while (ym.find()) y = num(ym.group());
                d = safe(y, mo, 1);
            } else {
                d = safe(pub.getYear(), mo, 1);
                if (d != null && (d.isAfter(pub) || "last".equalsIgnoreCase(pre) && !d.isBefore(pub.withDayOfMonth(1)))) d = d.minusYears(1);
            }
            add(out, s, m, d, DatePrecision.MONTH, 2, false, pub);
        }
        boolean[] weekdayStarts = weekday ? starts(s, WEEKDAYS) : null;
        m = WEEKDAY.matcher(s).useTransparentBounds(true);
        for (int pos = 0; weekday && findFrom(m, s, weekdayStarts, pos); ) {
            pos = m.end();
            if (overlaps(out, m.start(), m.end())) continue;
            DayOfWeek dow = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
            String pre = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
            LocalDate d = pre.equals("next") ? pub.with(TemporalAdjusters.next(dow)) : pub.with(TemporalAdjusters.previousOrSame(dow));
            if (pre.equals("last") && d.equals(pub)) d = d.minusWeeks(1);
            if (m.group(3) != null) d = pub.minusWeeks(1).with(dow);   // "Thursday last week"
            add(out, s, m, d, DatePrecision.DAY, 3, false, pub);
        }
        m = REL.matcher(relHint ? s : "");
        while (m.find()) {
            if (overlaps(out, m.start(), m.end())) continue;
            String w = m.group(1).toLowerCase(Locale.ROOT);
            LocalDate base = baseAt(out, m.start(), anchor, pub);
            LocalDate d;
            DatePrecision p = DatePrecision.DAY;
            int rank = 3;
            boolean rel = false;
            if (w.equals("yesterday")) d = pub.minusDays(1);
            else if (w.equals("today") || w.startsWith("this ") && (w.endsWith("morning") || w.endsWith("afternoon") || w.endsWith("evening")) || w.equals("tonight")) d = pub;
            else if (w.contains("before") || w.contains("previous") || w.contains("preceding") || w.equals("a day earlier")) { d = base.minusDays(1); rel = true; }
            else if ((w.equals("a day after") || w.equals("one day after"))) {
                // "came a day after Ruto held talks": the clause after it is the earlier event; "a day after the summit": later
                String rest = s.substring(m.end()).strip();
                boolean clause = CLAUSE.matcher(rest).matches();
                d = clause ? base.minusDays(1) : base.plusDays(1); rel = true;
            }
            else if (w.contains("following") || w.contains("next day") || w.contains("day later") || w.contains("day after")) { d = base.plusDays(1); rel = true; }
            else if (w.contains("same day") || w.equals("that day") || w.startsWith("the same ") || w.startsWith("that ")) { d = base; rel = true; }
            else if (w.equals("last week")) { d = pub.minusWeeks(1).with(DayOfWeek.WEDNESDAY); rank = 1; }
            else if (w.contains("weekend")) { d = pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY)); if (w.startsWith("last") && !d.isBefore(pub.minusDays(1))) d = d.minusWeeks(1); rank = 1; }
            else if (w.contains("week")) { d = pub.minusDays(2); LocalDate mon = pub.with(DayOfWeek.MONDAY); if (d.isBefore(mon)) d = mon; rank = 1; }
            else if (w.contains("this month")) { d = pub.withDayOfMonth(1); p = DatePrecision.MONTH; rank = 1; }
            else if (w.equals("last month")) { d = pub.minusMonths(1).withDayOfMonth(1); p = DatePrecision.MONTH; rank = 1; }
            else if (w.contains("this year")) { d = pub.withDayOfYear(1); p = DatePrecision.YEAR; rank = 0; }
            else if (w.startsWith("half")) { d = pub.minusMonths(6).withDayOfMonth(1); p = DatePrecision.MONTH; rank = 0; }
            else { d = pub.minusYears(1).withDayOfYear(1); p = DatePrecision.YEAR; rank = 0; }
            add(out, s, m, d, p, rank, rel, pub);
        }
        m = AGO.matcher(relHint ? s : "");
        while (m.find()) {
            if (overlaps(out, m.start(), m.end())) continue;
            String nw = m.group(1).toLowerCase(Locale.ROOT);
            int n = DIGITS.matcher(nw).matches() ? num(nw) : NUMS.getOrDefault(nw, 1);
            String unit = m.group(2).toLowerCase(Locale.ROOT);
            String dir = m.group(3).toLowerCase(Locale.ROOT);
            boolean back = !dir.equals("later") && !dir.equals("after");
            LocalDate from = dir.equals("ago") ? pub : baseAt(out, m.start(), anchor, pub);
            boolean rel = !dir.equals("ago");
            LocalDate d;
            DatePrecision p;
            if (unit.startsWith("day")) { d = back ? from.minusDays(n) : from.plusDays(n); p = DatePrecision.DAY; }
            else if (unit.startsWith("week")) { d = back ? from.minusWeeks(n) : from.plusWeeks(n); p = DatePrecision.DAY; }
            else if (unit.startsWith("month")) { d = (back ? from.minusMonths(n) : from.plusMonths(n)).withDayOfMonth(1); p = DatePrecision.MONTH; }
            else { d = (back ? from.minusYears(n) : from.plusYears(n)).withDayOfYear(1); p = DatePrecision.YEAR; }
            add(out, s, m, d, p, p == DatePrecision.DAY && unit.startsWith("day") ? 3 : 1, rel, pub);
        }
        m = YEAR.matcher(digits ? s : "");
        while (m.find()) {
            if (overlaps(out, m.start(), m.end())) continue;
            int y = num(m.group(1));
            add(out, s, m, safe(y, 1, 1), DatePrecision.YEAR, 0, false, pub);
        }
        out.removeIf(x -> x.date == null);
        out.sort((a, b) -> Integer.compare(a.start, b.start));
        return out;
    }

    /** The day relative expressions count from: an explicit day earlier in the sentence, else the anchor, else publication. */
    private static LocalDate baseAt(List<Mention> l, int pos, LocalDate anchor, LocalDate pub) {
        Mention best = null;
        for (Mention x : l) if (x.end <= pos && x.date != null && x.precision == DatePrecision.DAY && !x.relative && (best == null || x.end > best.end)) best = x;
        if (best != null) return best.date;
        return anchor == null ? pub : anchor;
    }

    private static boolean looksDate(String s, Matcher m) {
        return m.group(2) != null;  // "May 9" is a date; "May" alone is handled elsewhere
    }

    private static boolean overlaps(List<Mention> l, int s, int e) {
        for (Mention x : l) if (s < x.end && x.start < e) return true;
        return false;
    }

    private static void add(List<Mention> out, String s, Matcher m, LocalDate d, DatePrecision p, int rank, boolean rel, LocalDate pub) {
        if (d == null) return;
        if (d.isAfter(pub.plusDays(1))) { out.add(new Mention(m.start(), m.end(), null, p, rank, rel)); return; }   // blocks the span
        if (d.getYear() < 1900) return;
        out.add(new Mention(m.start(), m.end(), d, p, rank, rel));
    }

    private static LocalDate withYear(int mo, int day, String year, LocalDate pub) {
        if (year != null) return safe(num(year), mo, day);
        LocalDate d = safe(pub.getYear(), mo, day);
        if (d == null) return null;
        if (d.isAfter(pub.plusDays(1)) && !d.isBefore(pub.plusDays(100))) d = safe(pub.getYear() - 1, mo, day);   // else: a coming day
        return d;
    }

    private static LocalDate safe(int y, int m, int d) {
        try { return LocalDate.of(y, m, d); } catch (RuntimeException e) { return null; }
    }

    private static int num(String s) {
        try { return Integer.parseInt(s.trim()); } catch (RuntimeException e) { return -1; }
    }
}
