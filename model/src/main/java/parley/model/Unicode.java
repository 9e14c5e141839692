package parley.model;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Text in an event must be valid Unicode (CONTRACT.md §4, issue #15 item 7). JSON can smuggle in what UTF-8 cannot
 * carry: a {@code \ud800} escape decodes to a lone surrogate, which no serializer can write back faithfully. And a
 * U+FFFD in a name means the text was decoded with the wrong charset upstream: counting it would make one person two.
 */
final class Unicode {
    static final char REPLACEMENT = '\uFFFD';
    /** Fields whose value identifies a party or place; evidence and titles may quote a replacement character. */
    private static final Set<String> NAMES = Set.of("actor.name", "actor.role", "counterpart.name", "counterpart.role", "place.name");

    private Unicode() { }

    /**
     * Checks every string under {@code node}; {@code path} is its dotted path ("" at the top). Field names need no
     * check: Jackson already refuses a broken surrogate pair there.
     */
    static void check(JsonNode node, String path) throws InvalidEventException {
        if (node.isTextual()) {
            String s = node.textValue();
            int bad = loneSurrogate(s);
            if (bad >= 0)
                throw new InvalidEventException(label(path) + ": not valid Unicode (lone surrogate U+" + hex(s.charAt(bad)) + ")");
            if (NAMES.contains(path) && s.indexOf(REPLACEMENT) >= 0)
                throw new InvalidEventException(path + ": contains U+FFFD (text decoded with the wrong character set)");
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                var f = it.next();
                check(f.getValue(), path.isEmpty() ? f.getKey() : path + "." + f.getKey());
            }
        } else if (node.isArray()) {
            for (JsonNode n : node) check(n, path + "[]");
        }
    }

    /** The index of the first surrogate that is not half of a pair, or -1. */
    static int loneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) i++;
                else return i;
            } else if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    private static String label(String path) { return path.isEmpty() ? "record" : path; }

    private static String hex(char c) { return String.format("%04X", (int) c); }
}
