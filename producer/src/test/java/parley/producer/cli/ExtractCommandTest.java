package parley.producer.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parley.json.Json;
import parley.model.Event;
import parley.producer.extract.Extractors;
import parley.producer.ingest.Ingest;
import parley.producer.ingest.RecordingPublisher;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #16: `extract` promised "exactly what the producer would publish" but read files its own way (no header
 * lines, front matter, sidecars, title/url, UTF-16; another source id). Both now go through {@link Ingest}.
 */
class ExtractCommandTest {
    static final String VISIT = "Russian President Vladimir Putin visited Baku on August 6, where he held talks with "
            + "Azerbaijani President Ilham Aliyev.\n";
    @TempDir Path dir;

    record Run(int code, String out, String err) {
        List<String> lines() { return out.isEmpty() ? List.of() : List.of(out.split("\n")); }
    }

    static Run extract(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cli = new CommandLine(new ExtractCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString().replace("\r\n", "\n"), err.toString());
    }

    /** What `producer files` publishes for these files: its own code path, with a recording publisher. */
    static List<String> published(List<Path> files, LocalDate published) {
        RecordingPublisher pub = new RecordingPublisher();
        FilesCommand.publish(files, new Ingest(Extractors.standard(), pub, published, "auto"),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        List<String> out = new ArrayList<>();
        for (Event e : pub.events) out.add(Json.string(e));
        return out;
    }

    @Test
    void printsExactlyWhatProducerFilesPublishesForEveryWayAReportCarriesItsMetadata() throws Exception {
        List<Path> files = new ArrayList<>();
        Path front = dir.resolve("front.md");
        Files.writeString(front, "---\npublished: 2024-08-07\ntitle: Putin in Baku\nurl: https://news.example.org/putin-baku\n---\n" + VISIT);
        Path header = dir.resolve("header.txt");
        Files.writeString(header, "Published: 2024-08-07\nTitle: Header lines\n\n" + VISIT);
        Path sidecar = dir.resolve("sidecar.txt");
        Files.writeString(sidecar, VISIT);
        Files.writeString(dir.resolve("sidecar.txt.meta"), "published: 2024-08-08\nurl: https://news.example.org/sidecar\n");
        Path utf16 = dir.resolve("utf16.txt");
        Files.write(utf16, ("Published: 2024-08-09\n\n" + VISIT).getBytes(StandardCharsets.UTF_16)); // with BOM
        Path html = dir.resolve("page.html");
        Files.writeString(html, "<!DOCTYPE html><html><head><title>Talks in Baku</title>"
                + "<meta property=\"article:published_time\" content=\"2024-08-07T09:00:00+02:00\">"
                + "<link rel=\"canonical\" href=\"https://news.example.org/page\"></head><body><article><p>" + VISIT.trim()
                + "</p></article></body></html>");
        files.addAll(List.of(front, header, sidecar, utf16, html));

        List<String> expected = published(files, null);
        assertThat(expected).hasSizeGreaterThanOrEqualTo(files.size()); // every file has its event
        List<String> got = new ArrayList<>();
        for (Path f : files) {
            Run r = extract(f.toString());
            assertThat(r.code()).as(r.err()).isZero();
            got.addAll(r.lines());
        }
        assertThat(got).containsExactlyElementsOf(expected);

        Event first = Json.MAPPER.readValue(got.get(0), Event.class);
        assertThat(first.source().id()).isEqualTo("https://news.example.org/putin-baku");
        assertThat(first.source().title()).isEqualTo("Putin in Baku");
        assertThat(first.source().published()).isEqualTo(LocalDate.of(2024, 8, 7));
        assertThat(got).anySatisfy(l -> assertThat(l).contains("\"published\":\"2024-08-09\"")); // the UTF-16 file's header
    }

    @Test
    void publishedFlagOverridesLikeTheProducerAndCommonOptionsAreAccepted() throws Exception {
        Path plain = dir.resolve("plain.txt");
        Files.writeString(plain, VISIT);
        Run r = extract("--published", "2024-08-10", "--set", "grace.days=3", "--work-dir", dir.toString(), plain.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.lines()).containsExactlyElementsOf(published(List.of(plain), LocalDate.of(2024, 8, 10)));
        assertThat(r.lines()).allSatisfy(l -> assertThat(l).contains("\"id\":\"plain.txt\""));
    }

    @Test
    void reportsTheProducersRejectReasons() throws Exception {
        Path undated = dir.resolve("undated.txt");
        Files.writeString(undated, VISIT);
        Path binary = dir.resolve("zip.txt");
        Files.write(binary, new byte[]{'P', 'K', 3, 4, 0, 0, 1, 2});
        Run r = extract(undated.toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("undated.txt: rejected: no publication date");
        Run b = extract("--published", "2024-08-07", binary.toString());
        assertThat(b.code()).isEqualTo(3);
        assertThat(b.err()).contains("zip.txt: rejected: unreadable");
    }
}
