package parley.config;

import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Flags every command shares; {@link #config()} layers them over defaults, file and environment. */
public class CommonOptions {
    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT[,…]",
            description = "Use this Kafka cluster instead of the local one (default 127.0.0.1:9092; env PARLEY_BOOTSTRAP_SERVERS).")
    public String bootstrapServers;

    @Option(names = "--config", paramLabel = "FILE", description = "A properties file of settings (env PARLEY_CONFIG).")
    public Path configFile;

    @Option(names = "--work-dir", paramLabel = "DIR", description = "Where state, databases and outputs go (default ./work).")
    public Path workDir;

    @Option(names = {"-s", "--set"}, paramLabel = "KEY=VALUE",
            description = "Any setting, e.g. --set grace.days=3 or --set kafka.security.protocol=SASL_SSL. Repeatable.")
    public List<String> overrides = new ArrayList<>();

    @Option(names = "--print-config", description = "Print the effective configuration at start.")
    public boolean printConfig;

    public ParleyConfig config() { return config(System.getenv()); }

    public ParleyConfig config(Map<String, String> env) {
        ParleyConfig.Builder b = ParleyConfig.builder();
        Path file = configFile;
        if (file == null && env.get("PARLEY_CONFIG") != null && !env.get("PARLEY_CONFIG").isBlank()) file = Path.of(env.get("PARLEY_CONFIG"));
        b.file(file).env(env);
        if (workDir != null) b.set("work.dir", workDir.toString(), "cli --work-dir");
        if (bootstrapServers != null) b.set("bootstrap.servers", bootstrapServers, "cli --bootstrap-servers");
        b.overrides(overrides);
        return b.build();
    }

    /** True when the user pointed at a cluster explicitly (flag, env, file or --set). */
    public boolean explicitCluster(ParleyConfig c) {
        return bootstrapServers != null || c.asMap().containsKey("bootstrap.servers") && !"127.0.0.1:9092".equals(c.bootstrapServers());
    }
}
