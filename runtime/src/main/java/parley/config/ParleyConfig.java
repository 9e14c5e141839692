package parley.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The one place for configuration: defaults → file → environment → command-line flags, each layer overriding
 * the one before. Every value remembers where it came from so the start-up print says why it is what it is.
 *
 * <p>Keys starting with {@code kafka.} are passed to every Kafka client (e.g. {@code kafka.security.protocol});
 * {@code producer.}, {@code consumer.}, {@code streams.}, {@code admin.} prefixes reach only that client.
 */
public final class ParleyConfig {
    /** Keys and their defaults; {@code ${key}} refers to another key. */
    private static final Map<String, String> DEFAULTS = new LinkedHashMap<>();

    static {
        d("bootstrap.servers", "127.0.0.1:9092");
        d("cluster.wait.seconds", "10");
        d("work.dir", "work");
        d("topic.events", "parley.events");
        d("topic.late", "parley.events.late");
        d("topic.dlq", "parley.events.dlq");
        d("topic.rejects", "parley.rejects");
        d("topic.live", "parley.engagement.live");
        d("topic.final", "parley.engagement.final");
        d("topic.alerts", "parley.alerts");
        d("topic.accepted", "${topic.events}.accepted");
        d("topic.partitions", "1");
        d("topic.replication.factor", "1");
        d("windows", "7,30,90");
        d("grace.days", "7");
        d("application.id", "parley-engagement");
        d("processing.guarantee", "exactly_once_v2");
        d("commit.interval.ms", "500");
        d("live.coalesce", "true");
        d("stream.threads", "1");
        d("state.dir", "${work.dir}/state");
        d("sink.group.id", "parley-sink");
        d("sink.sqlite", "${work.dir}/parley.db");
        d("sink.jsonl", "${work.dir}/results.jsonl");
        d("sink.csv", "${work.dir}/results.csv");
        d("sink.postgres", "");
        d("dashboard.host", "127.0.0.1");
        d("dashboard.port", "8080");
        d("metrics.host", "127.0.0.1");
        d("metrics.port", "-1");
        d("broker.host", "127.0.0.1");
        d("broker.port", "9092");
        d("broker.controller.port", "9093");
        d("broker.data.dir", "${work.dir}/broker");
        d("producer.rejects.file", "${work.dir}/rejects.jsonl");
        d("max.record.bytes", "900000");
        d("feed.allow.networks", "");
        d("alerts.window", "7");
        d("alerts.baseline.days", "84");
        d("alerts.spike.min.count", "3");
        d("alerts.spike.ratio", "3");
        d("alerts.first.contact.days", "90");
    }

    /** PARLEY_* variables the launcher and tests use that are not settings. */
    private static final Set<String> NOT_SETTINGS = Set.of("PARLEY_CONFIG", "PARLEY_DEBUG", "PARLEY_HOME", "PARLEY_JAVA_OPTS", "PARLEY_SHARED");
    private static final Set<String> PASSTHROUGH_PREFIXES = Set.of("kafka.", "producer.", "consumer.", "streams.", "admin.");
    private static final Pattern SECRET = Pattern.compile("(?i).*(password|secret|jaas|token|credential|key\\.password|truststore\\.password).*");

    private final Map<String, String> values;
    private final Map<String, String> origins;

    private ParleyConfig(Map<String, String> values, Map<String, String> origins) {
        this.values = values;
        this.origins = origins;
    }

    private static void d(String k, String v) { DEFAULTS.put(k, v); }

    public static ParleyConfig defaults() { return builder().build(); }

    public static Builder builder() { return new Builder(); }

    /** Layers, lowest first. Unknown keys are an error unless they are Kafka passthrough keys. */
    public static final class Builder {
        private final Map<String, String> values = new LinkedHashMap<>(DEFAULTS);
        private final Map<String, String> origins = new LinkedHashMap<>();

        private Builder() { DEFAULTS.keySet().forEach(k -> origins.put(k, "default")); }

        public Builder file(Path file) {
            if (file == null) return this;
            if (!Files.isRegularFile(file)) throw new ConfigException("config file " + file + " does not exist (given with --config or PARLEY_CONFIG)");
            Properties p = new Properties();
            try (InputStream in = Files.newInputStream(file)) {
                p.load(in);
            } catch (IOException e) {
                throw new ConfigException("cannot read config file " + file + ": " + e.getMessage());
            }
            for (String k : new TreeMap<>(Map.copyOf(castMap(p))).keySet()) set(k, p.getProperty(k), "file " + file);
            return this;
        }

        /** PARLEY_BOOTSTRAP_SERVERS=… → bootstrap.servers; PARLEY_CONFIG names the file layer (read by the CLI). */
        public Builder env(Map<String, String> env) {
            for (var e : new TreeMap<>(env).entrySet()) {
                String name = e.getKey();
                if (!name.startsWith("PARLEY_") || NOT_SETTINGS.contains(name) || name.startsWith("PARLEY_TEST_")) continue;
                String key = name.substring("PARLEY_".length()).toLowerCase(Locale.ROOT).replace('_', '.');
                set(key, e.getValue(), "env " + name);
            }
            return this;
        }

        public Builder set(String key, String value, String origin) {
            if (key == null || key.isBlank()) throw new ConfigException("empty config key (from " + origin + ")");
            key = key.trim();
            if (!DEFAULTS.containsKey(key) && PASSTHROUGH_PREFIXES.stream().noneMatch(key::startsWith))
                throw new ConfigException("unknown config key '" + key + "' (from " + origin + "); known keys: "
                        + String.join(", ", DEFAULTS.keySet()) + ", or kafka.*/producer.*/consumer.*/streams.*/admin.* for Kafka clients");
            values.put(key, value == null ? "" : value.trim());
            origins.put(key, origin);
            return this;
        }

        public Builder set(String key, String value) { return set(key, value, "cli"); }

        /** "key=value" pairs from --set. */
        public Builder overrides(List<String> pairs) {
            if (pairs == null) return this;
            for (String p : pairs) {
                int i = p.indexOf('=');
                if (i <= 0) throw new ConfigException("--set expects key=value, got '" + p + "'");
                set(p.substring(0, i), p.substring(i + 1), "cli --set");
            }
            return this;
        }

        public ParleyConfig build() {
            ParleyConfig c = new ParleyConfig(Collections.unmodifiableMap(new LinkedHashMap<>(values)),
                    Collections.unmodifiableMap(new LinkedHashMap<>(origins)));
            c.validate();
            return c;
        }

        @SuppressWarnings("unchecked")
        private static Map<String, String> castMap(Properties p) { return (Map<String, String>) (Map<?, ?>) p; }
    }

    // ---- access -------------------------------------------------------------------------------------------------

    public String get(String key) {
        String v = values.get(key);
        if (v == null) throw new ConfigException("no config key '" + key + "'");
        return resolve(v, 0);
    }

    private String resolve(String v, int depth) {
        if (depth > 5 || !v.contains("${")) return v;
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < v.length()) {
            int s = v.indexOf("${", i);
            if (s < 0) { b.append(v, i, v.length()); break; }
            int e = v.indexOf('}', s);
            if (e < 0) { b.append(v, i, v.length()); break; }
            String ref = v.substring(s + 2, e);
            // only parley's own keys are expanded; ${env:X} / ${file:…} stay for Kafka's config providers
            if (values.containsKey(ref)) b.append(v, i, s).append(resolve(values.get(ref), depth + 1));
            else b.append(v, i, e + 1);
            i = e + 1;
        }
        return b.toString();
    }

    public int getInt(String key) {
        String v = get(key);
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new ConfigException(key + " must be a whole number, got '" + v + "' (from " + origins.get(key) + ")");
        }
    }

    public Path path(String key) { return Path.of(get(key)); }

    public String bootstrapServers() { return get("bootstrap.servers"); }

    public List<Integer> windows() {
        List<Integer> out = new ArrayList<>();
        for (String s : get("windows").split(",")) {
            try {
                out.add(Integer.parseInt(s.trim()));
            } catch (NumberFormatException e) {
                throw new ConfigException("windows must be a comma-separated list of day counts like 7,30,90, got '" + get("windows") + "'");
            }
        }
        return out;
    }

    public int graceDays() { return getInt("grace.days"); }

    /** Kafka client properties for one client kind: kafka.* first, then the kind's own prefix. */
    public Map<String, Object> kafka(String kind) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("bootstrap.servers", bootstrapServers());
        for (var e : values.entrySet()) if (e.getKey().startsWith("kafka.")) m.put(e.getKey().substring(6), resolve(e.getValue(), 0));
        String prefix = kind + ".";
        for (var e : values.entrySet())
            if (e.getKey().startsWith(prefix) && !DEFAULTS.containsKey(e.getKey()))
                m.put(e.getKey().substring(prefix.length()), resolve(e.getValue(), 0));
        return m;
    }

    /** A copy with one more value (for code that derives a config, e.g. the demo's broker address). */
    public ParleyConfig with(String key, String value, String origin) {
        Builder b = builder();
        b.values.clear();
        b.values.putAll(values);
        b.origins.clear();
        b.origins.putAll(origins);
        b.set(key, value, origin);
        return b.build();
    }

    public ParleyConfig with(String key, String value) { return with(key, value, "derived"); }

    // ---- checks and printing ------------------------------------------------------------------------------------

    private void validate() {
        List<String> problems = new ArrayList<>();
        check(problems, () -> {
            for (int w : windows()) if (w < 1 || w > 3660) throw new ConfigException("windows: each size must be 1..3660 days, got " + w);
            if (windows().size() != windows().stream().distinct().count()) throw new ConfigException("windows: sizes repeat in '" + get("windows") + "'");
        });
        check(problems, () -> { if (graceDays() < 0 || graceDays() > 3660) throw new ConfigException("grace.days must be 0..3660, got " + graceDays()); });
        check(problems, () -> { if (getInt("topic.partitions") < 1) throw new ConfigException("topic.partitions must be at least 1"); });
        check(problems, () -> { if (getInt("topic.replication.factor") < 1) throw new ConfigException("topic.replication.factor must be at least 1"); });
        check(problems, () -> { if (getInt("stream.threads") < 1) throw new ConfigException("stream.threads must be at least 1"); });
        check(problems, () -> { if (getInt("commit.interval.ms") < 0) throw new ConfigException("commit.interval.ms must be ≥ 0"); });
        check(problems, () -> { if (!get("live.coalesce").matches("true|false")) throw new ConfigException("live.coalesce must be true or false, got '" + get("live.coalesce") + "'"); });
        check(problems, () -> { if (getInt("max.record.bytes") < 1024) throw new ConfigException("max.record.bytes must be at least 1024"); });
        check(problems, () -> {
            try {
                Cidr.parseList(get("feed.allow.networks"));
            } catch (ConfigException e) {
                throw new ConfigException("feed.allow.networks: " + e.getMessage() + " (a comma-separated list of networks the feed poller may fetch from)");
            }
        });
        check(problems, () -> { int v = getInt("metrics.port"); if (v < -1 || v > 65535) throw new ConfigException("metrics.port must be -1 (off), 0 (any free port) or a port, got " + v); });
        for (String p : List.of("dashboard.port", "broker.port", "broker.controller.port"))
            check(problems, () -> { int v = getInt(p); if (v < 0 || v > 65535) throw new ConfigException(p + " must be a port 0..65535, got " + v + " (from " + origins.get(p) + ")"); });
        check(problems, () -> {
            String g = get("processing.guarantee");
            if (!g.equals("exactly_once_v2") && !g.equals("at_least_once"))
                throw new ConfigException("processing.guarantee must be exactly_once_v2 or at_least_once, got '" + g + "'");
        });
        check(problems, () -> {
            for (String hp : bootstrapServers().split(","))
                if (!hp.trim().matches("[^:\\s]+:\\d{1,5}"))
                    throw new ConfigException("bootstrap.servers must be host:port[,host:port], got '" + bootstrapServers() + "'");
        });
        checkAlerts(problems);
        if (!problems.isEmpty()) throw new ConfigException(String.join("; ", problems));
    }

    /** The alert rules (docs/alerts.md) read one window size and look back a bounded number of days. */
    private void checkAlerts(List<String> problems) {
        check(problems, () -> {
            int w = getInt("alerts.window");
            if (!windows().contains(w)) throw new ConfigException("alerts.window must be one of windows " + windows() + ", got " + w);
        });
        check(problems, () -> { int v = getInt("alerts.baseline.days"); if (v < 1 || v > 3660) throw new ConfigException("alerts.baseline.days must be 1..3660, got " + v); });
        check(problems, () -> { if (getInt("alerts.spike.min.count") < 1) throw new ConfigException("alerts.spike.min.count must be at least 1"); });
        check(problems, () -> { double r = alertsSpikeRatio(); if (r < 1 || r > 1000) throw new ConfigException("alerts.spike.ratio must be a number 1..1000, got " + r); });
        check(problems, () -> {
            int v = getInt("alerts.first.contact.days");
            int w = getInt("alerts.window");
            if (v != 0 && (v < w || v > 3660))
                throw new ConfigException("alerts.first.contact.days must be 0 (off) or " + w + "..3660 (at least alerts.window), got " + v);
        });
    }

    /** {@code alerts.spike.ratio}: a decimal number such as 3 or 2.5. */
    public double alertsSpikeRatio() {
        String v = get("alerts.spike.ratio");
        try {
            double r = Double.parseDouble(v);
            if (!Double.isFinite(r)) throw new NumberFormatException();
            return r;
        } catch (NumberFormatException e) {
            throw new ConfigException("alerts.spike.ratio must be a number like 3 or 2.5, got '" + v + "' (from " + origins.get("alerts.spike.ratio") + ")");
        }
    }

    private static void check(List<String> problems, Runnable r) {
        try {
            r.run();
        } catch (ConfigException e) {
            problems.add(e.getMessage());
        }
    }

    /** The effective configuration, one line per key with its origin; secrets masked. */
    public void print(PrintStream out) {
        out.println("parley configuration (defaults → file → env → flags):");
        for (var e : values.entrySet()) {
            String v = SECRET.matcher(e.getKey()).matches() ? "********" : maskSecrets(resolve(e.getValue(), 0));
            out.printf("  %-26s = %-40s (%s)%n", e.getKey(), v, origins.get(e.getKey()));
        }
    }

    /**
     * Secrets inside values whose key does not look secret: a URL's password ({@code postgres://user:pw@host}, as
     * sink.postgres takes it) and {@code password=…} parameters (JDBC URLs, JAAS lines).
     */
    public static String maskSecrets(String v) {
        if (v == null) return null;
        // a URL's password runs to the '@' before the host, whatever it contains ('/', '?', '#', spaces): people do not
        // percent-encode them, and a mask that stopped at the first '/' showed the rest of the password
        return v.replaceAll("(://[^:/@\\s]*:)[^@\\n]{0,256}@", "$1********@")
                .replaceAll("(?i)(password\\s*=\\s*)(\"[^\"]*\"|[^&;\\s]*)", "$1********");
    }

    /** Where a key's value came from: "default", "file …", "env …", "cli …" or what derived it. */
    public String origin(String key) { return origins.getOrDefault(key, "default"); }

    /** True when the value is the built-in default, i.e. nobody chose it. */
    public boolean isDefault(String key) { return "default".equals(origin(key)); }

    public Map<String, String> asMap() {
        Map<String, String> m = new LinkedHashMap<>();
        values.keySet().forEach(k -> m.put(k, get(k)));
        return m;
    }

    public static Set<String> knownKeys() { return DEFAULTS.keySet(); }
}
