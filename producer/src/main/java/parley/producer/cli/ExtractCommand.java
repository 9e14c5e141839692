package parley.producer.cli;

import parley.config.CommonOptions;
import parley.config.ParleyConfig;
import parley.model.Event;
import parley.producer.extract.Extractors;
import parley.producer.ingest.Ingest;
import parley.producer.publish.EventPublisher;
import parley.producer.publish.KafkaEventPublisher;
import parley.producer.publish.Reject;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The events of reports as JSON lines, without Kafka: the same reading as `producer files` (decoding, front matter,
 * header lines, .meta sidecars, HTML meta tags, title and url, source id, pre-coded .jsonl files) through the same
 * {@link Ingest}, and the same size rule as the publisher, so each line is exactly a record value the producer would
 * send. Rejects go to standard error with their reason.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Print the events of reports as JSON lines, exactly as 'producer files' would publish them.",
                "The same reading (front matter, 'Published:' header lines, FILE.meta sidecars, HTML meta tags, encodings)",
                "and the same record size rule; events as in CONTRACT.md §1. No Kafka needed."})
public class ExtractCommand implements Callable<Integer> {
    @Mixin CommonOptions common;

    @Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication day (UTC) for reports that do not say (front matter 'published:', a header line or a FILE.meta sidecar); overrides them, as in 'producer files'.")
    LocalDate published;

    @Option(names = "--format", defaultValue = "auto", paramLabel = "auto|text|html|jsonl",
            description = "auto (by extension and content, default), text, html or jsonl, as in 'producer files'.")
    String format;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Report files or directories; - reads standard input.")
    List<String> files;

    @Override
    public Integer call() throws Exception {
        if (!List.of("auto", "text", "html", "jsonl").contains(format))
            throw new CommandLine.ParameterException(spec.commandLine(), "--format must be auto, text, html or jsonl");
        ParleyConfig c = common.config();
        if (common.printConfig) c.print(System.err);
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        Printer printer = new Printer(out, err, KafkaEventPublisher.maxRecordBytes(c));
        Ingest ingest = new Ingest(Extractors.standard(), printer, published, format);
        List<Path> paths = new ArrayList<>();
        Path stdin = null;
        try {
            for (String f : files) {
                if (!f.equals("-")) {
                    paths.add(Path.of(f));
                    continue;
                }
                // standard input goes through the same file reader, as a report named "stdin"
                if (stdin == null) {
                    stdin = Files.createTempDirectory("parley-extract").resolve("stdin");
                    Files.write(stdin, System.in.readAllBytes());
                }
                paths.add(stdin);
            }
            int rejected = 0;
            for (Path p : FilesCommand.expand(paths)) {
                Ingest.Result r = ingest.file(p);
                if (r.status() == Ingest.Status.REJECTED) rejected++;
            }
            out.flush();
            return rejected > 0 ? 3 : 0;
        } finally {
            if (stdin != null) {
                Files.deleteIfExists(stdin);
                Files.deleteIfExists(stdin.getParent());
            }
        }
    }

    /**
     * The lines this command prints for one report file, in-process (the scorer runs this): each event exactly as
     * the producer would send it. Why a report gave no event (rejected, with the reason) goes to {@code problems}.
     */
    public static List<String> lines(Path file, LocalDate published, List<String> problems) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        Printer printer = new Printer(new PrintWriter(out), new PrintWriter(err), KafkaEventPublisher.maxRecordBytes(ParleyConfig.defaults()));
        new Ingest(Extractors.standard(), printer, published, "auto").file(file);
        printer.flush();
        if (!err.toString().isBlank()) problems.add(err.toString().strip());
        return out.toString().lines().filter(l -> !l.isBlank()).toList();
    }

    /** Prints each event as the record value the Kafka publisher would send, and each reject as one line on stderr. */
    static final class Printer implements EventPublisher {
        private final PrintWriter out, err;
        private final int maxBytes;

        Printer(PrintWriter out, PrintWriter err, int maxBytes) {
            this.out = out;
            this.err = err;
            this.maxBytes = maxBytes;
        }

        @Override
        public void publish(Event event) {
            byte[] value = KafkaEventPublisher.recordValue(event, maxBytes);
            if (value == null) reject(KafkaEventPublisher.oversized(event, maxBytes));
            else out.println(new String(value, StandardCharsets.UTF_8));
        }

        @Override
        public void reject(Reject r) {
            err.println("parley extract: " + parley.model.Text.escapeControls(r.source() + ": rejected: " + r.reason()
                    + (r.detail() == null ? "" : ": " + r.detail())));
            err.flush();
        }

        @Override
        public void flush() { out.flush(); }

        @Override
        public void close() { out.flush(); }
    }
}
