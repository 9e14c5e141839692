package parley.producer.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a report's bytes into text without silently mangling it: a BOM decides (UTF-8, UTF-16LE/BE); otherwise
 * UTF-16 without BOM is recognised by its zero bytes; otherwise strict UTF-8; otherwise Windows-1252 when every byte
 * maps to a character. Binary data is refused with a reason.
 */
public final class TextDecoder {
    /** The result: text and the charset used, or null text and the reason it was refused. */
    public record Decoded(String text, String charset, String error) {
        public boolean ok() { return error == null; }
    }

    private TextDecoder() { }

    public static Decoded decode(byte[] b) {
        if (b.length == 0) return new Decoded(null, null, "empty file");
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) return strict(b, 3, StandardCharsets.UTF_8, "UTF-8 (BOM)");
        if (startsWith(b, 0xFF, 0xFE)) return strict(b, 2, StandardCharsets.UTF_16LE, "UTF-16LE (BOM)");
        if (startsWith(b, 0xFE, 0xFF)) return strict(b, 2, StandardCharsets.UTF_16BE, "UTF-16BE (BOM)");
        String utf16 = guessUtf16(b);
        if (utf16 != null) return strict(b, 0, Charset.forName(utf16), utf16 + " (no BOM)");
        if (looksBinary(b)) return new Decoded(null, null, "binary data, not text (control bytes found)");
        Decoded utf8 = strict(b, 0, StandardCharsets.UTF_8, "UTF-8");
        if (utf8.ok()) return utf8;
        Decoded cp1252 = strict(b, 0, Charset.forName("windows-1252"), "windows-1252");
        if (cp1252.ok()) return cp1252;
        return new Decoded(null, null, "unknown text encoding: not UTF-8, UTF-16 or windows-1252");
    }

    private static Decoded strict(byte[] b, int offset, Charset cs, String label) {
        CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer out = d.decode(ByteBuffer.wrap(b, offset, b.length - offset));
            String s = out.toString();
            if (s.indexOf('\0') >= 0) return new Decoded(null, null, "binary data, not text (NUL characters in " + label + ")");
            return new Decoded(s, label, null);
        } catch (CharacterCodingException e) {
            return new Decoded(null, null, "not valid " + label);
        }
    }

    /** UTF-16 text of mostly Latin script has a zero in every other byte. */
    private static String guessUtf16(byte[] b) {
        int n = Math.min(b.length, 4096) & ~1;
        if (n < 8) return null;
        int evenZero = 0, oddZero = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) evenZero++;
            if (b[i + 1] == 0) oddZero++;
        }
        int pairs = n / 2;
        if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return "UTF-16LE";
        if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return "UTF-16BE";
        return null;
    }

    private static boolean looksBinary(byte[] b) {
        int n = Math.min(b.length, 8192), control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) return true;
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') control++;
        }
        return control > n / 100 + 1;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xFF) != prefix[i]) return false;
        return true;
    }
}
