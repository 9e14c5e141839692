package parley.producer.ingest;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class TextDecoderTest {
    static final String TEXT = "Erdoğan met Lavrov in Genève – “talks”.";

    @Test
    void detectsUtf8WithAndWithoutBom() {
        assertThat(TextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_8)).text()).isEqualTo(TEXT);
        byte[] bom = concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TEXT.getBytes(StandardCharsets.UTF_8));
        TextDecoder.Decoded d = TextDecoder.decode(bom);
        assertThat(d.text()).isEqualTo(TEXT);
        assertThat(d.charset()).contains("BOM");
    }

    @Test
    void detectsUtf16WithAndWithoutBom() {
        assertThat(TextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_16)).text()).isEqualTo(TEXT); // BE with BOM
        String longer = "The foreign minister arrived in Nairobi on Monday for talks.";
        assertThat(TextDecoder.decode(longer.getBytes(StandardCharsets.UTF_16LE)).text()).isEqualTo(longer);
        assertThat(TextDecoder.decode(longer.getBytes(StandardCharsets.UTF_16BE)).text()).isEqualTo(longer);
    }

    @Test
    void fallsBackToWindows1252WithoutMangling() {
        String s = "Café talks – “Dakar” résumé";
        TextDecoder.Decoded d = TextDecoder.decode(s.getBytes(Charset.forName("windows-1252")));
        assertThat(d.text()).isEqualTo(s);
        assertThat(d.charset()).isEqualTo("windows-1252");
    }

    @Test
    void refusesEmptyAndBinaryWithAReason() {
        assertThat(TextDecoder.decode(new byte[0]).error()).isEqualTo("empty file");
        byte[] bin = new byte[512];
        new java.util.Random(1).nextBytes(bin);
        assertThat(TextDecoder.decode(bin).ok()).isFalse();
        assertThat(TextDecoder.decode(new byte[]{'%', 'P', 'D', 'F', 0, 1, 2}).error()).contains("binary");
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] r = new byte[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
