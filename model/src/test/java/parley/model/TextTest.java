package parley.model;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextTest {
    /** The general path of asciiFold (normalizer, mark regex, trim and space regex), applied to every input. */
    private static String reference(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < d.length(); i++) {
            char c = Character.toLowerCase(d.charAt(i));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) b.append(c);
            else if (Character.isWhitespace(c) || c == '-' || c == '\'' || c == '’') b.append(' ');
        }
        return b.toString().trim().replaceAll(" +", " ").toLowerCase(Locale.ROOT);
    }

    @Test
    void asciiFoldExamples() {
        assertEquals("erdogan", Text.asciiFold("Erdoğan"));
        assertEquals("lukasz", Text.asciiFold("Łukasz"));
        assertEquals("abdel fattah el sisi", Text.asciiFold("  Abdel Fattah  el-Sisi. "));
        assertEquals("o brien s", Text.asciiFold("O'Brien's"));
        assertEquals("us", Text.asciiFold("U.S."));
        assertEquals("", Text.asciiFold(" -'. "));
        assertEquals("", Text.asciiFold(null));
    }

    @Test
    void asciiTextFoldsLikeTheGeneralPath() {
        String alphabet = "aZ9 -'.\t\n\u000b\u001f,_()!Ab0";
        Random r = new Random(1);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int len = r.nextInt(12);
            for (int i = 0; i < len; i++) b.append(r.nextBoolean() ? alphabet.charAt(r.nextInt(alphabet.length())) : (char) r.nextInt(128));
            String s = b.toString();
            assertEquals(reference(s), Text.asciiFold(s), () -> "input " + Text.escapeControls(s));
        }
    }

    @org.junit.jupiter.api.Test
    void wellFormedReplacesOnlyLoneSurrogates() {
        org.assertj.core.api.Assertions.assertThat(Text.wellFormed("a\uD83D b\uDE00 c\uD83D\uDE00 d\uD83D"))
                .isEqualTo("a\uFFFD b\uFFFD c\uD83D\uDE00 d\uFFFD");
        String ok = "Erdoğan \uD83D\uDE00";
        org.assertj.core.api.Assertions.assertThat(Text.wellFormed(ok)).isSameAs(ok);
    }
}
