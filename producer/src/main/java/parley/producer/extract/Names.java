package parley.producer.extract;

import parley.model.Text;

/** Person-name comparisons tolerant of transliteration (Naryshkin/Naryskin, Sergei/Sergey). */
final class Names {
    private Names() { }

    static String surname(String name) {
        String f = Text.asciiFold(name);
        int i = f.lastIndexOf(' ');
        return i < 0 ? f : f.substring(i + 1);
    }

    /**
     * A spelling-tolerant key of a full name: ASCII-folded letters only, Arabic articles (al-, el-) dropped from the
     * start of each word, y/ij/iy read as i, kh as h, ou as u, doubled letters as one ("Abdelfattah Elsisi" and
     * "Abdel Fattah el-Sisi", "Zelenskyy" and "Zelenskiy" share it).
     */
    static String compact(String name) {
        String f = parley.model.Text.asciiFold(name);     // lower case, letters, digits and single spaces
        StringBuilder b = new StringBuilder(f.length());
        int n = f.length();
        for (int ws = 0; ws < n; ) {
            int we = f.indexOf(' ', ws);
            if (we < 0) we = n;
            int len = we - ws;
            boolean article = len >= 2 && (f.charAt(ws) == 'a' || f.charAt(ws) == 'e') && f.charAt(ws + 1) == 'l';
            int from = ws;
            if (article && len == 2) from = we;                               // "al Sisi", "el-Sisi" (folded to "el sisi")
            else if (article && len > 4 && b.length() > 0) from = ws + 2;     // "Elsisi" after a given name
            // "Ben Zayed", "Ibn Talal": the Arabic patronymic as "bin"; "Nahyane", "Hassane": French spelling's final e
            String word = f.substring(from, we);
            if (word.equals("ben") || word.equals("ibn")) word = "bin";
            else if (word.length() > 5 && word.endsWith("ne")) word = word.substring(0, word.length() - 1);
            for (int k = 0; k < word.length(); k++) {
                char c = word.charAt(k);
                if (c >= 'a' && c <= 'z') b.append(c);
            }
            ws = we + 1;
        }
        StringBuilder c = new StringBuilder(b.length());
        for (int i = 0; i < b.length(); i++) {
            char x = b.charAt(i);
            char nx = i + 1 < b.length() ? b.charAt(i + 1) : 0;
            char nn = i + 2 < b.length() ? b.charAt(i + 2) : 0;
            // iy -> i; ij -> i as in Dutch ("Dijk"), not before a vowel where j starts a syllable ("Li Jiming" is not "Li Ming")
            if (x == 'i' && (nx == 'y' || nx == 'j' && "aeiou".indexOf(nn) < 0)) { x = 'i'; i++; }
            else if (x == 'y') x = 'i';
            else if (x == 'k' && nx == 'h') { x = 'h'; i++; }                   // kh -> h
            else if (x == 'g' && nx == 'h') { x = 'q'; i++; }                   // gh -> q: "Araghchi" / "Araqchi", "Baghaei" / "Baqaei"
            else if (x == 'o' && nx == 'u') { x = 'u'; i++; }                   // ou -> u
            if (c.length() == 0 || c.charAt(c.length() - 1) != x) c.append(x);   // doubled letters as one
        }
        return c.toString();
    }

    /** Equal folded surnames, or edit distance ≤ 1 when both are at least 6 letters long. */
    static boolean sameSurname(String a, String b) {
        if (a == null || b == null || a.isEmpty() || b.isEmpty()) return false;
        if (a.equals(b)) return true;
        if (a.length() < 6 || b.length() < 6) return false;
        if (a.equals(b + "a") || b.equals(a + "a")) return false;      // Aliyev / Aliyeva: another person
        return editDistance(a, b, 1) <= 1;
    }

    static boolean compatibleGiven(String a, String b) {
        if (a.equals(b)) return true;
        if (a.isEmpty() || b.isEmpty() || a.charAt(0) != b.charAt(0)) return false;
        return a.length() <= 2 || b.length() <= 2 || editDistance(a, b, 2) <= 2;
    }

    static int editDistance(String a, String b, int cap) {
        if (Math.abs(a.length() - b.length()) > cap) return cap + 1;
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > cap) return cap + 1;
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[b.length()];
    }
}
