package parley.app.reliability;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.ConfigurationSource;
import org.apache.logging.log4j.core.config.xml.XmlConfiguration;
import org.apache.logging.log4j.core.impl.Log4jLogEvent;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.apache.logging.log4j.message.ParameterizedMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parley.model.Text;
import parley.producer.cli.FilesCommand;
import parley.producer.ingest.Ingest;
import parley.producer.ingest.RecordingPublisher;
import parley.producer.publish.Reject;
import parley.model.Event;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #7 item 2, "control and bidi characters escaped in logs": the CLI's log layout ({@code %safe{%m}} in
 * log4j2-parley.xml) and the producer's own progress lines escape every control character and the bidi overrides
 * and isolates in untrusted text, so a report cannot forge log lines, clear the terminal or reorder what is shown.
 */
class LogEscapingTest {
    static final String HOSTILE = "file\u202Etxt.exe\r\n2026-01-01 INFO forged line\u001B[2J\u2066x\u2069\u0000\u0085\u200F\u2028end";

    static boolean clean(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                    || c == 0x200E || c == 0x200F || c == 0x2028 || c == 0x2029) return false;
        }
        return true;
    }

    @Test
    void escapeControlsLeavesOrdinaryTextAloneAndEscapesTheRest() {
        assertThat(Text.escapeControls("Erdoğan said «no» — 😀 Москва 東京")).isEqualTo("Erdoğan said «no» — 😀 Москва 東京");
        String e = Text.escapeControls(HOSTILE);
        assertThat(clean(e)).isTrue();
        assertThat(e).contains("\\u202E", "\\u000D", "\\u000A", "\\u001B", "\\u2066", "\\u2069", "\\u0000", "\\u0085", "\\u200F", "\\u2028")
                .contains("forged line").startsWith("file").endsWith("end");
        assertThat(Text.escapeControls("lone \uD83D surrogate")).isEqualTo("lone \\uD83D surrogate");
        assertThat(Text.escapeControls(null)).isNull();
    }

    @Test
    void theCliLogLayoutEscapesMessages(@TempDir Path logs) throws Exception {
        System.setProperty("parley.log.dir", logs.toString());
        LoggerContext ctx = new LoggerContext("escape-test");
        try {
            var src = ConfigurationSource.fromResource("log4j2-parley.xml", getClass().getClassLoader());
            assertThat(src).as("log4j2-parley.xml on the classpath").isNotNull();
            XmlConfiguration cfg = new XmlConfiguration(ctx, src);
            cfg.initialize();
            for (String name : List.of("file", "err")) {
                Appender a = cfg.getAppenders().get(name);
                assertThat(a).as(name).isNotNull();
                PatternLayout layout = (PatternLayout) a.getLayout();
                assertThat(layout.getConversionPattern()).contains("%safe{%m}");
                LogEvent ev = Log4jLogEvent.newBuilder().setLoggerName("parley.test").setLevel(Level.WARN)
                        .setMessage(new ParameterizedMessage("rejected {}: {}", "report", HOSTILE)).build();
                String line = layout.toSerializable(ev);
                assertThat(line).endsWith(System.lineSeparator());
                String body = line.substring(0, line.length() - System.lineSeparator().length());
                assertThat(clean(body)).as("no raw control/bidi character in: " + body).isTrue();
                assertThat(body).contains("rejected report: file\\u202Etxt.exe\\u000D\\u000A2026-01-01 INFO forged line\\u001B[2J");
            }
        } finally {
            ctx.stop();
            System.clearProperty("parley.log.dir");
        }
    }

    @Test
    void theProducersProgressLinesAreEscapedAndSayWhichLinesWerePublished(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("evil\u202Egnp.jsonl");
        String ok = BadInputCorpus.event("s1");
        Files.write(f, (ok + "\n" + ok.replace("s1", "s2") + "\n" + "{\"x\u001B[2J\":1}\n" + ok.replace("s1", "s3") + "\n"
                + "\u0000garbage\n").getBytes(StandardCharsets.UTF_8));
        RecordingPublisher pub = new RecordingPublisher();
        List<Event> events = pub.events;
        List<Reject> rejects = pub.rejects;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // a rejected file is always printed, a partly published one when there are few files
        FilesCommand.Summary s = FilesCommand.publish(List.of(f), new Ingest(a -> List.of(), pub, null, "auto"), new PrintStream(out, true, StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed.lines().count()).isEqualTo(1);
        assertThat(clean(printed.strip())).as(printed).isTrue();
        assertThat(printed).contains("evil\\u202Egnp.jsonl: 3 event(s) published, 2 line(s) rejected (published line(s) 1-2,4; rejected line(s) 3,5)");
        assertThat(events).hasSize(3);
        assertThat(rejects).extracting(Reject::source).containsExactly(f.getFileName() + ":3", f.getFileName() + ":5");
        assertThat(s.events).isEqualTo(3);
        assertThat(s.rejectedLines).isEqualTo(2);
    }
}
