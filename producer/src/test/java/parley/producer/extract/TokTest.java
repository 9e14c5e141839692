package parley.producer.extract;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TokTest {
    /** The token spans TOKEN.find() gives. */
    private static List<String> byRegex(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = Tok.TOKEN.matcher(s);
        while (m.find()) out.add(m.start() + "-" + m.end());
        return out;
    }

    /** The token spans of the hand scanner tokenize() uses. */
    private static List<String> byScanner(String s) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < s.length(); ) {
            if (Tok.regexSpace(s.charAt(i))) { i++; continue; }
            int e = Tok.tokenEnd(s, i);
            out.add(i + "-" + e);
            i = e;
        }
        return out;
    }

    @Test
    void examples() {
        for (String s : List.of("U.S. and E.U. officials", "J. Smith Jr. met Abdel Fattah el-Sisi's aide", "On 12.03.2024, at 10:30/11:00 -5",
                "l’Élysée O'Brien's Zhongnanhai—talks", "naïve café e\u0301 x\u0301y", "𝐀𝐁 \uD835\uDC00. \uD800 \uDC00 lone", "A.B.C", "U.S", "1,000,000.",
                "  \t\n\u000b\f\r\u00a0\u2028 end", "a--b a-'b a- -b 3-4 3--4 ...")) {
            assertEquals(byRegex(s), byScanner(s), s);
        }
    }

    @Test
    void scannerMatchesTheTokenRegex() {
        String pool = "aZ9.-'’ ,:/\t\n\u000b\u00a0éÉ\u0301\u20dd\u0903ßİ\u01c5\u02b0ª\u2028\u2163١".concat("\uD835\uDC00\uD835\uDC1A\uD800\uDC00");
        int[] extra = {0xD835, 0xDC00, 0x1F600, 0x10400, 0x1D7CE};
        Random r = new Random(7);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder b = new StringBuilder();
            int len = r.nextInt(14);
            for (int i = 0; i < len; i++) {
                int k = r.nextInt(10);
                if (k < 7) b.append(pool.charAt(r.nextInt(pool.length())));
                else if (k < 9) b.appendCodePoint(extra[r.nextInt(extra.length)]);
                else b.append((char) r.nextInt(0x3000));
            }
            String s = b.toString();
            assertEquals(byRegex(s), byScanner(s), () -> "input " + s.chars().mapToObj(c -> String.format("%04x", c)).toList());
        }
    }
}
