package parley.producer.cli;

import parley.config.CommonOptions;
import parley.config.ParleyConfig;
import parley.kafka.KafkaSetup;
import parley.producer.extract.Extractors;
import parley.producer.ingest.Ingest;
import parley.producer.publish.KafkaEventPublisher;
import parley.producer.watch.FolderWatcher;
import parley.producer.watch.Ledger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.Callable;

@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Watch a folder and publish each new or changed report once (.txt, .md, .html, .jsonl), until Ctrl-C.",
                "What was read is recorded in a ledger, so a restart neither re-publishes nor misses files that arrived meanwhile."})
public class WatchCommand implements Callable<Integer> {
    @Mixin CommonOptions common;

    @Parameters(paramLabel = "DIR", description = "The folder to watch (subfolders too).")
    Path dir;

    @Option(names = "--ledger", paramLabel = "FILE", description = "The record of files read (default ${work.dir}/watch-<hash of DIR>.jsonl).")
    Path ledgerFile;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "Publication day for articles that do not carry one.")
    LocalDate published;

    @Option(names = "--once", description = "Read what is there now and exit (no watching).")
    boolean once;

    @Option(names = "--rescan-seconds", defaultValue = "30", description = "Full rescan interval as a fallback (default ${DEFAULT-VALUE}).")
    int rescanSeconds;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(dir)) throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "not a folder: " + dir);
        FilesCommand.checkPublished(published, new picocli.CommandLine(this));
        ParleyConfig c = common.config();
        if (common.printConfig) c.print(System.out);
        KafkaSetup.awaitCluster(c);
        KafkaSetup.ensureTopics(c, Duration.ofSeconds(60));
        Path lf = ledgerFile != null ? ledgerFile : Path.of(c.get("work.dir")).resolve(FolderWatcher.ledgerName(dir));
        try (KafkaEventPublisher pub = new KafkaEventPublisher(c); Ledger ledger = new Ledger(lf);
             FolderWatcher w = new FolderWatcher(dir, new Ingest(Extractors.standard(), pub, published, "auto"), pub, ledger, once ? Duration.ZERO : Duration.ofSeconds(1), System.out)) {
            System.out.println("parley watch: " + dir.toAbsolutePath() + " (ledger " + lf + ", " + ledger.size() + " file(s) already read)");
            if (once) {
                int n = w.scan();
                System.out.println("parley watch: " + n + " new file(s) read");
                return 0;
            }
            Thread main = Thread.currentThread();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> { w.close(); try { main.join(10_000); } catch (InterruptedException ignored) { } }));
            w.run(Duration.ofSeconds(rescanSeconds));
        }
        return 0;
    }
}
