package parley.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Which countries and pairs an event involves (CONTRACT.md §2). Each code appears once, in the first role that
 * applies: outbound (actor) &gt; inbound (counterpart, or host of a VISIT) &gt; venue (place of a MEETING when
 * neither party) &gt; subject (about[]). Pairs are unordered, written sorted, without self-pairs.
 */
public record Involvement(Map<String, Role> countries, List<List<String>> pairs) {

    public static Involvement of(Event e) {
        Map<String, Role> roles = new LinkedHashMap<>();
        put(roles, e.actor() == null ? null : e.actor().country(), Role.OUTBOUND);
        put(roles, e.counterpart() == null ? null : e.counterpart().country(), Role.INBOUND);
        String placeCountry = e.place() == null ? null : e.place().country();
        if (e.kind() == Kind.VISIT) put(roles, placeCountry, Role.INBOUND);
        if (e.kind() == Kind.MEETING) put(roles, placeCountry, Role.VENUE);
        for (String c : e.about()) put(roles, c, Role.SUBJECT);

        String actor = e.actor() == null ? null : e.actor().country();
        TreeSet<String> pairKeys = new TreeSet<>();
        List<List<String>> pairs = new ArrayList<>();
        switch (e.kind()) {
            case VISIT -> addPair(pairs, pairKeys, actor, EventKeys.visitHost(e));
            case MEETING, CALL -> addPair(pairs, pairKeys, actor, e.counterpart() == null ? null : e.counterpart().country());
            case STATEMENT -> { for (String c : e.about()) addPair(pairs, pairKeys, actor, c); }
        }
        return new Involvement(roles, pairs);
    }

    private static void put(Map<String, Role> roles, String code, Role role) {
        if (code != null && !code.isEmpty()) roles.putIfAbsent(code, role);
    }

    private static void addPair(List<List<String>> pairs, TreeSet<String> seen, String a, String b) {
        if (a == null || b == null || a.isEmpty() || b.isEmpty() || a.equals(b)) return;
        List<String> p = a.compareTo(b) < 0 ? List.of(a, b) : List.of(b, a);
        if (seen.add(p.get(0) + "|" + p.get(1))) pairs.add(p);
    }

    /** "AZE|RUS" for the pair ["AZE","RUS"]. */
    public static String pairKey(List<String> pair) { return pair.get(0) + "|" + pair.get(1); }
}
