package parley.producer.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A simple robots.txt reader: the group for our product token (e.g. {@code parley}) if there is one, else the
 * group for {@code *}; Allow/Disallow path prefixes with {@code *} wildcards and a {@code $} end anchor; the longest
 * matching rule wins, Allow on a tie. An empty Disallow allows everything.
 */
final class Robots {
    static final Robots ALLOW_ALL = new Robots(List.of());
    static final Robots DISALLOW_ALL = new Robots(List.of(new Rule("/", false)));

    private record Rule(String pattern, boolean allow) { }

    private final List<Rule> rules;

    private Robots(List<Rule> rules) { this.rules = rules; }

    static Robots parse(String text, String agentToken) {
        String token = agentToken.toLowerCase(Locale.ROOT);
        List<Rule> current = new ArrayList<>();
        boolean currentStar = false, currentOurs = false, inAgents = false;
        List<List<Rule>> starGroups = new ArrayList<>(), ourGroups = new ArrayList<>();
        for (String raw : text.split("\r\n|\r|\n")) {
            int hash = raw.indexOf('#');
            String line = (hash >= 0 ? raw.substring(0, hash) : raw).trim();
            int colon = line.indexOf(':');
            if (colon <= 0) continue;
            String key = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            if (key.equals("user-agent")) {
                if (!inAgents) { // a new group starts
                    current = new ArrayList<>();
                    currentStar = currentOurs = false;
                    inAgents = true;
                }
                String a = value.toLowerCase(Locale.ROOT);
                if (a.equals("*")) { if (!currentStar) starGroups.add(current); currentStar = true; }
                else if (!a.isEmpty() && (a.equals(token) || a.startsWith(token + "/"))) { if (!currentOurs) ourGroups.add(current); currentOurs = true; }
            } else if (key.equals("disallow") || key.equals("allow")) {
                inAgents = false;
                if (key.equals("disallow") && value.isEmpty()) continue; // "Disallow:" = allow all
                current.add(new Rule(value, key.equals("allow")));
            } else {
                inAgents = false; // sitemap, crawl-delay, …
            }
        }
        List<List<Rule>> chosen = !ourGroups.isEmpty() ? ourGroups : starGroups;
        List<Rule> rules = new ArrayList<>();
        for (List<Rule> g : chosen) rules.addAll(g);
        return new Robots(List.copyOf(rules));
    }

    /** Whether {@code pathAndQuery} (starting with '/') may be fetched. */
    boolean allows(String pathAndQuery) {
        String p = pathAndQuery.isEmpty() ? "/" : pathAndQuery;
        int best = -1;
        boolean allowed = true;
        for (Rule r : rules) {
            if (!matches(r.pattern, p)) continue;
            int len = r.pattern.length();
            if (len > best || (len == best && r.allow)) {
                best = len;
                allowed = r.allow;
            }
        }
        return allowed;
    }

    /** Prefix match with '*' (any run of chars) and a trailing '$' (end of path); linear-time glob matching. */
    static boolean matches(String pattern, String path) {
        boolean anchored = pattern.endsWith("$");
        String pat = anchored ? pattern.substring(0, pattern.length() - 1) : pattern + "*";
        int i = 0, j = 0, star = -1, mark = 0;
        while (j < path.length()) {
            if (i < pat.length() && pat.charAt(i) != '*' && pat.charAt(i) == path.charAt(j)) {
                i++;
                j++;
            } else if (i < pat.length() && pat.charAt(i) == '*') {
                star = i++;
                mark = j;
            } else if (star >= 0) {
                i = star + 1;
                j = ++mark;
            } else {
                return false;
            }
        }
        while (i < pat.length() && pat.charAt(i) == '*') i++;
        return i == pat.length();
    }
}
