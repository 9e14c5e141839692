package parley.producer.cli;

import parley.config.CommonOptions;
import parley.config.ParleyConfig;
import parley.kafka.KafkaSetup;
import parley.producer.gdelt.GdeltAdapter;
import parley.producer.gdelt.GdeltStats;
import parley.producer.gdelt.Skip;
import parley.producer.publish.EventPublisher;
import parley.producer.publish.KafkaEventPublisher;
import parley.producer.publish.Reject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "gdelt", mixinStandardHelpOptions = true,
        description = {"Publish events from GDELT 2.0 15-minute exports and GDELT 1.0 daily files (.CSV or .zip; a folder = every file in it).",
                "CAMEO 042/043 → VISIT, 040/044/046 → MEETING, 041 → CALL, 010–019 → STATEMENT; other rows are skipped and counted by reason.",
                "Rows that are broken (not merely unmapped), files that cannot be read whole (corrupt, bad CRC, zip bomb, unsafe entry names)",
                "and events Kafka did not accept go to the rejects topic; the exit status is then 1."})
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
        try (KafkaEventPublisher pub = new KafkaEventPublisher(c)) {
            Totals t = publish(paths, pub, System.out);
            return t.exitCode();
        }
    }

    /**
     * What a run did, so counts reconcile: rows read = mapped + skipped (per file); mapped = acknowledged + rejected
     * by the publisher + failed sends (each of those a reject); files that could not be read whole (corrupt, bomb,
     * unsafe name, bad CRC) are rejects too.
     */
    public static final class Totals {
        public long read, mapped, acknowledged, publisherRejected, sendFailed, rowsRejected, filesRejected;
        public boolean rowsReconcile = true;

        public boolean reconciles() { return rowsReconcile && mapped == acknowledged + publisherRejected + sendFailed; }

        /** As producer files: 0 when nothing was rejected, 1 when a file, a row or an event was. */
        public int exitCode() { return filesRejected + rowsRejected + publisherRejected + sendFailed > 0 || !reconciles() ? 1 : 0; }

        public String line() {
            return String.format("done: %d row(s) read, %d mapped: %d event(s) acknowledged, %d rejected by the publisher, %d failed sends "
                    + "(rejected); %d broken row(s) and %d file(s) rejected", read, mapped, acknowledged, publisherRejected, sendFailed,
                    rowsRejected, filesRejected);
        }
    }

    /** Reads and publishes every path; rejects go to the publisher; prints each path's table and a total line. */
    public static Totals publish(List<Path> paths, EventPublisher pub, PrintStream out) {
        Totals t = new Totals();
        java.util.concurrent.ConcurrentLinkedQueue<String[]> failed = new java.util.concurrent.ConcurrentLinkedQueue<>();
        java.util.concurrent.atomic.AtomicLong acked = new java.util.concurrent.atomic.AtomicLong(), refused = new java.util.concurrent.atomic.AtomicLong();
        for (Path p : paths) {
            GdeltStats s = new GdeltAdapter().read(p, e -> pub.send(e, e.source().id(), null).whenComplete((ok, ex) -> {
                if (ex != null) failed.add(new String[]{e.source().id(), e.id(), e.source().feed(), ex.toString()});
                else if (ok) acked.incrementAndGet();
                else refused.incrementAndGet();
            }), (file, line, id, reason) -> {
                if (REJECTED.contains(reason)) {
                    pub.reject(Reject.of(file + ":" + line, "gdelt " + reason, "GlobalEventID " + id));
                    t.rowsRejected++;
                }
            });
            // a file or zip entry that could not be read whole: one reject with the reason (its rows, if any were read
            // before the error, are counted above)
            for (GdeltStats.FileStats f : s.errors()) {
                pub.reject(Reject.of(f.file(), "gdelt unreadable", f.error()));
                t.filesRejected++;
            }
            pub.flush();
            for (String[] f; (f = failed.poll()) != null; ) {
                pub.reject(Reject.of(f[0], "send-failed", "event " + f[1] + " from " + f[2] + " was not accepted by Kafka: " + f[3]));
                t.sendFailed++;
            }
            pub.flush();
            out.print(s.table());
            t.read += s.read();
            t.mapped += s.mapped();
            t.rowsReconcile &= s.reconciles();
        }
        t.acknowledged = acked.get();
        t.publisherRejected = refused.get();
        out.println(t.line());
        return t;
    }
}
