package parley.producer.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** The few Python string semantics the scorer relies on (whitespace, strip, line splitting, str(), float formatting). */
final class Py {
    private Py() { }

    /** Python's str.isspace() for one character. */
    static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x85;
    }

    static String strip(String s) {
        int a = 0, b = s.length();
        while (a < b && isSpace(s.charAt(a))) a++;
        while (b > a && isSpace(s.charAt(b - 1))) b--;
        return s.substring(a, b);
    }

    static String rstrip(String s) {
        int b = s.length();
        while (b > 0 && isSpace(s.charAt(b - 1))) b--;
        return s.substring(0, b);
    }

    /** str.split() without arguments: runs of whitespace separate, no empty words. */
    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        int i = 0, n = s.length();
        while (i < n) {
            while (i < n && isSpace(s.charAt(i))) i++;
            int j = i;
            while (j < n && !isSpace(s.charAt(j))) j++;
            if (j > i) out.add(s.substring(i, j));
            i = j;
        }
        return out;
    }

    /** str.splitlines(): every Unicode line boundary Python knows, \r\n as one. */
    static List<String> splitLines(String s) {
        List<String> out = new ArrayList<>();
        int start = 0, n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x85
                    || c == 0x2028 || c == 0x2029) {
                out.add(s.substring(start, i));
                if (c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') i++;
                start = i + 1;
            }
        }
        if (start < n) out.add(s.substring(start));
        return out;
    }

    /** Lines as a text-mode file iterates them (universal newlines: \n, \r\n, \r), without the endings. */
    static List<String> fileLines(String s) {
        List<String> out = new ArrayList<>();
        int start = 0, n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(s.substring(start, i));
                if (c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') i++;
                start = i + 1;
            }
        }
        if (start < n) out.add(s.substring(start));
        return out;
    }

    /** The first n code points (Python's s[:n]). */
    static String head(String s, int n) {
        return s.codePointCount(0, s.length()) <= n ? s : s.substring(0, s.offsetByCodePoints(0, n));
    }

    /** Python's truthiness of a JSON value (missing = None). */
    static boolean truthy(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) return false;
        if (n.isTextual()) return !n.textValue().isEmpty();
        if (n.isBoolean()) return n.booleanValue();
        if (n.isNumber()) return n.doubleValue() != 0 || n.isBigInteger() && n.bigIntegerValue().signum() != 0;
        if (n.isContainerNode()) return n.size() > 0;
        return true;
    }

    /** Python's str() of a decoded JSON value (missing and null are None). */
    static String str(JsonNode n) {
        if (n != null && n.isTextual()) return n.textValue();
        return repr(n);
    }

    static String repr(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) return "None";
        if (n.isTextual()) return repr(n.textValue());
        if (n.isBoolean()) return n.booleanValue() ? "True" : "False";
        if (n.isIntegralNumber()) return n.bigIntegerValue().toString();
        if (n.isNumber()) {
            double d = n.doubleValue();
            if (Double.isNaN(d)) return "nan";
            if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
            String s = Double.toString(Math.abs(d));      // shortest repr, like Python's; Python's exponent style below
            String sign = d < 0 || 1 / d < 0 ? "-" : "";
            if (!s.contains("E")) return sign + s;
            BigDecimal b = new BigDecimal(s).stripTrailingZeros();
            int exp = b.precision() - b.scale() - 1;
            if (exp >= -4 && exp < 16) {
                String plain = b.toPlainString();
                return sign + (plain.contains(".") ? plain : plain + ".0");
            }
            String m = b.unscaledValue().toString();
            return sign + (m.length() > 1 ? m.charAt(0) + "." + m.substring(1) : m)
                    + "e" + (exp < 0 ? "-" : "+") + String.format("%02d", Math.abs(exp));
        }
        StringBuilder b = new StringBuilder();
        if (n.isArray()) {
            b.append('[');
            for (int i = 0; i < n.size(); i++) b.append(i > 0 ? ", " : "").append(repr(n.get(i)));
            return b.append(']').toString();
        }
        b.append('{');
        Iterator<Map.Entry<String, JsonNode>> it = n.fields();
        boolean first = true;
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            b.append(first ? "" : ", ").append(repr(e.getKey())).append(": ").append(repr(e.getValue()));
            first = false;
        }
        return b.append('}').toString();
    }

    /** repr() of a string (printable characters only; enough for codes and names). */
    static String repr(String s) {
        if (s == null) return "None";
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder().append(q);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') b.append("\\\\");
            else if (c == q) b.append('\\').append(c);
            else if (c == '\n') b.append("\\n");
            else if (c == '\r') b.append("\\r");
            else if (c == '\t') b.append("\\t");
            else if (c < 0x20 || c == 0x7f) b.append(String.format("\\x%02x", (int) c));
            else b.append(c);
        }
        return b.append(q).toString();
    }

    /** f"{x:.Nf}": the exact binary value rounded half-even, as Python does (Java's %f rounds half-up). */
    static String fixed(double x, int digits) {
        return new BigDecimal(x).setScale(digits, RoundingMode.HALF_EVEN).toPlainString();
    }

    static String right(String s, int width) {
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }

    static String left(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
