package parley.producer.cli;

import parley.config.CommonOptions;
import parley.config.ParleyConfig;
import parley.kafka.KafkaSetup;
import parley.producer.extract.Extractors;
import parley.producer.ingest.Ingest;
import parley.producer.publish.KafkaEventPublisher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

@Command(name = "files", mixinStandardHelpOptions = true,
        description = {"Publish the events of report files: articles (.txt, .md, .html) and pre-coded events (.jsonl).",
                "A directory means every report file in it (recursively, sorted)."})
public class FilesCommand implements Callable<Integer> {
    @Mixin CommonOptions common;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication day for articles that do not say (front matter 'published:' or a FILE.meta sidecar).")
    LocalDate published;

    @Option(names = "--format", defaultValue = "auto", description = "auto (by extension), text, html or jsonl.")
    String format;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories.")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        if (!List.of("auto", "text", "html", "jsonl").contains(format))
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--format must be auto, text, html or jsonl");
        checkPublished(published, new picocli.CommandLine(this));
        ParleyConfig c = common.config();
        if (common.printConfig) c.print(System.out);
        List<Path> files = expand(paths);
        KafkaSetup.awaitCluster(c);
        KafkaSetup.ensureTopics(c, Duration.ofSeconds(60));
        try (KafkaEventPublisher pub = new KafkaEventPublisher(c)) {
            Summary s = publish(files, new Ingest(Extractors.standard(), pub, published, format), System.out);
            pub.flush();
            System.out.println(s.line());
            return s.exitCode();
        }
    }

    /**
     * Refuses a --published day after today (UTC) + 1 up front: the articles' events would carry timestamps the broker
     * refuses and would move the stream day ahead (CONTRACT.md §1).
     */
    static void checkPublished(LocalDate published, picocli.CommandLine cmd) {
        if (published != null && published.isAfter(Ingest.latestPublished()))
            throw new picocli.CommandLine.ParameterException(cmd, "--published " + published + " is in the future: the latest accepted "
                    + "publication day is today (UTC) + 1 = " + Ingest.latestPublished());
    }

    /**
     * Totals over many files, printed at the end so counts reconcile: files = with events + no event + rejected;
     * events counts only sends Kafka acknowledged.
     */
    public static final class Summary {
        public int files, withEvents, noEvent, rejected, events, rejectedLines;

        public String line() {
            return String.format("done: %d file(s): %d with events (%d events acknowledged), %d with no event, %d rejected; "
                            + "%d line(s)/event(s) rejected within files",
                    files, withEvents, events, noEvent, rejected, rejectedLines);
        }

        /** True when every file is counted once as with events, no event or rejected. */
        public boolean reconciles() { return files == withEvents + noEvent + rejected; }

        /** 0 when nothing was rejected; 1 when a file, a line or an event was rejected (see parley.rejects). */
        public int exitCode() { return rejected > 0 || rejectedLines > 0 ? 1 : 0; }
    }

    public static Summary publish(List<Path> files, Ingest ingest, PrintStream out) {
        Summary s = new Summary();
        long t0 = System.nanoTime();
        for (Path f : files) {
            Ingest.Result r = ingest.file(f);
            s.files++;
            switch (r.status()) {
                case PUBLISHED -> { s.withEvents++; s.events += r.events(); }
                case NO_EVENT -> s.noEvent++;
                case REJECTED -> s.rejected++;
            }
            if (r.status() != Ingest.Status.REJECTED) s.rejectedLines += r.rejects();
            // above 50 files only the published ones are summed up in progress lines: every rejected or no-event file is
            // still printed with its source id (and Ingest logs "no event found in <id>")
            if (files.size() <= 50 || r.status() != Ingest.Status.PUBLISHED || r.rejects() > 0) out.println("  " + parley.model.Text.escapeControls(r.line()));
            else if (s.files % 100 == 0) {
                double secs = (System.nanoTime() - t0) / 1e9;
                out.printf("  %d/%d files, %d events, %.0f files/s, ETA %.0f s%n", s.files, files.size(), s.events,
                        s.files / secs, (files.size() - s.files) / (s.files / secs));
            }
        }
        return s;
    }

    public static List<Path> expand(List<Path> paths) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> w = Files.walk(p)) {
                    w.filter(Files::isRegularFile).filter(Ingest::isReport).sorted().forEach(out::add);
                }
            } else if (Files.exists(p)) out.add(p);
            else throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(new FilesCommand()), "no such file: " + p);
        }
        return out;
    }
}
