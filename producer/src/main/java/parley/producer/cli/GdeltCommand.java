package parley.producer.cli;

import parley.config.CommonOptions;
import parley.config.ParleyConfig;
import parley.kafka.KafkaSetup;
import parley.producer.gdelt.GdeltAdapter;
import parley.producer.gdelt.GdeltStats;
import parley.producer.gdelt.Skip;
import parley.producer.publish.KafkaEventPublisher;
import parley.producer.publish.Reject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "gdelt", mixinStandardHelpOptions = true,
        description = {"Publish events from GDELT 2.0 15-minute exports and GDELT 1.0 daily files (.CSV or .zip; a folder = every file in it).",
                "CAMEO 042/043 → VISIT, 040/044/046 → MEETING, 041 → CALL, 010–019 → STATEMENT; other rows are skipped and counted by reason.",
                "Rows that are broken (not merely unmapped) also go to the rejects topic."})
public class GdeltCommand implements Callable<Integer> {
    /** Data errors: rows that should have been readable. Rows GDELT codes outside parley's scope are only counted. */
    static final Set<String> REJECTED = Set.of(Skip.MALFORMED_ROW, Skip.BAD_DATE, Skip.FUTURE_DATE, Skip.INVALID_EVENT, Skip.UNKNOWN_CODE);

    @Mixin CommonOptions common;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "GDELT files or folders.")
    List<Path> paths;

    @Option(names = "--dry-run", description = "Read and map only; publish nothing (prints the counts).")
    boolean dryRun;

    @Override
    public Integer call() throws Exception {
        for (Path p : paths)
            if (!Files.exists(p)) throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "no such file or folder: " + p);
        ParleyConfig c = common.config();
        if (common.printConfig) c.print(System.out);
        if (dryRun) {
            for (Path p : paths) System.out.print(new GdeltAdapter().read(p, e -> { }).table());
            return 0;
        }
        KafkaSetup.awaitCluster(c);
        KafkaSetup.ensureTopics(c, Duration.ofSeconds(60));
        boolean ok = true;
        try (KafkaEventPublisher pub = new KafkaEventPublisher(c)) {
            for (Path p : paths) {
                GdeltStats s = new GdeltAdapter().read(p, pub::publish, (file, line, id, reason) -> {
                    if (REJECTED.contains(reason)) pub.reject(Reject.of(file + ":" + line, "gdelt " + reason, "GlobalEventID " + id));
                });
                pub.flush();
                System.out.print(s.table());
                ok &= s.reconciles();
            }
        }
        return ok ? 0 : 1;
    }
}
