package parley.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

/**
 * The two identities of CONTRACT.md §1: {@code id} (one report of an event) and {@code event_key}
 * (the real-world event, equal across reports).
 */
public final class EventKeys {
    /** Words that head an institution's name: "Ministry of Foreign Affairs" → "ministry". */
    private static final Set<String> INSTITUTION_HEADS = Set.of("ministry", "kremlin", "government", "office",
            "department", "council", "commission", "presidency", "embassy", "service", "parliament", "assembly",
            "cabinet", "administration", "secretariat", "agency", "committee", "mission", "court", "senate",
            "congress", "duma", "army", "forces", "bureau", "palace", "house");

    private EventKeys() { }

    /** {@code KIND|A|B|DAY} as CONTRACT.md defines it. */
    public static String eventKey(Event e) {
        String actor = e.actor() == null ? "" : nz(e.actor().country());
        String a;
        String b;
        switch (e.kind()) {
            case VISIT -> { a = actor; b = nz(visitHost(e)); }
            case STATEMENT -> { a = actor; b = speakerKey(e.actor() == null ? null : e.actor().name()); }
            default -> {
                String other = e.counterpart() == null ? "" : nz(e.counterpart().country());
                if (other.isEmpty() || actor.compareTo(other) <= 0) { a = actor; b = other; } else { a = other; b = actor; }
            }
        }
        return e.kind() + "|" + a + "|" + b + "|" + e.date();
    }

    /** The host country of a VISIT: the place's country, else the counterpart's. */
    public static String visitHost(Event e) {
        if (e.place() != null && e.place().country() != null) return e.place().country();
        return e.counterpart() == null ? null : e.counterpart().country();
    }

    /**
     * The speaker part of a STATEMENT key: the lower-case ASCII-folded surname of a person, or the head word of an
     * institution ("Ministry of Foreign Affairs of Russia" → "ministry", "the Kremlin" → "kremlin").
     */
    public static String speakerKey(String name) {
        String folded = Text.asciiFold(name);
        if (folded.isEmpty()) return "unknown";
        String[] words = folded.split(" ");
        for (String w : words) if (INSTITUTION_HEADS.contains(w)) return w;
        return words[words.length - 1];
    }

    /** A stable hash of the report: source.id + kind + parties + date. */
    public static String reportId(Event e) {
        StringBuilder s = new StringBuilder();
        s.append(e.source() == null ? "" : nz(e.source().id())).append('\n')
                .append(e.kind()).append('\n')
                .append(e.actor() == null ? "" : nz(e.actor().country())).append('\n')
                .append(e.actor() == null ? "" : Text.asciiFold(e.actor().name())).append('\n')
                .append(e.counterpart() == null ? "" : nz(e.counterpart().country())).append('\n')
                .append(e.place() == null ? "" : nz(e.place().country())).append('\n')
                .append(String.join(",", e.about())).append('\n')
                .append(e.date());
        return sha256(s.toString()).substring(0, 32);
    }

    public static String sha256(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static String nz(String s) { return s == null ? "" : s; }
}
