package parley.producer.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parley.model.DatePrecision;
import parley.model.Event;
import parley.model.Kind;
import parley.model.Party;
import parley.model.Source;
import parley.producer.extract.Article;
import parley.producer.extract.Extractor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IngestTest {
    @TempDir Path dir;
    final RecordingPublisher pub = new RecordingPublisher();
    final List<Article> seen = new ArrayList<>();
    /** A stand-in extractor: one STATEMENT per article whose text mentions "said". */
    final Extractor fake = a -> {
        seen.add(a);
        if (!a.text().contains("said")) return List.of();
        return List.of(new Event(1, null, null, Kind.STATEMENT, a.published(), DatePrecision.PUBLISHED, new Party("X", "FRA", null),
                null, null, List.of(), new Source(a.sourceId(), a.title(), a.url(), a.published(), null), a.text(), 0.5, null, null).withKeys());
    };

    @Test
    void articleWithFrontMatterUsesItsMetadata() throws Exception {
        Path f = dir.resolve("a.txt");
        Files.writeString(f, "---\npublished: 2024-08-07\ntitle: T\nurl: https://example.org/a\n---\nThe minister said things.\n");
        Ingest.Result r = new Ingest(fake, pub, null, "auto").file(f);
        assertThat(r.status()).isEqualTo(Ingest.Status.PUBLISHED);
        assertThat(seen.get(0).published()).isEqualTo(LocalDate.of(2024, 8, 7));
        assertThat(seen.get(0).text()).isEqualTo("The minister said things.\n");
        assertThat(seen.get(0).sourceId()).isEqualTo("https://example.org/a");
        assertThat(pub.events).hasSize(1);
    }

    @Test
    void headerLineAndSidecarAndFlagGiveThePublicationDay() throws Exception {
        Path a = dir.resolve("a.txt");
        Files.writeString(a, "Published: 2024-05-02\n\nNobody said a thing.");
        Path b = dir.resolve("b.txt");
        Files.writeString(b, "The spokesman said no.");
        Files.writeString(dir.resolve("b.txt.meta"), "published: 2023-01-09\n");
        Ingest in = new Ingest(fake, pub, null, "auto");
        in.file(a);
        in.file(b);
        assertThat(seen).extracting(Article::published).containsExactly(LocalDate.of(2024, 5, 2), LocalDate.of(2023, 1, 9));
        new Ingest(fake, pub, LocalDate.of(2020, 2, 2), "auto").file(b);
        assertThat(seen.get(2).published()).isEqualTo(LocalDate.of(2020, 2, 2));
    }

    @Test
    void everyFileEndsAsEventsNoEventOrReject() throws Exception {
        Path noDate = dir.resolve("nodate.txt");
        Files.writeString(noDate, "The minister said nothing new.");
        Path empty = dir.resolve("empty.txt");
        Files.write(empty, new byte[0]);
        Path quiet = dir.resolve("quiet.txt");
        Files.writeString(quiet, "published: 2024-01-01\n\nWeather was fine.");
        Path htmlOnly = dir.resolve("page.html");
        Files.writeString(htmlOnly, "<html><head><script>x()</script></head><body><nav>Home</nav></body></html>");
        Ingest in = new Ingest(fake, pub, null, "auto");
        assertThat(in.file(noDate).detail()).contains("no publication date");
        assertThat(in.file(empty).detail()).contains("empty file");
        assertThat(in.file(quiet).status()).isEqualTo(Ingest.Status.NO_EVENT);
        assertThat(in.file(htmlOnly).detail()).contains("HTML page without article text");
        assertThat(pub.rejects).extracting(r -> r.source()).containsExactly("nodate.txt", "empty.txt", "page.html");
    }

    @Test
    void htmlKeepsTheArticleAndDropsBoilerplate() throws Exception {
        Path f = dir.resolve("p.html");
        Files.writeString(f, "<html><head><meta property=\"article:published_time\" content=\"2024-03-04T23:30:00-05:00\">"
                + "<title>Talks</title></head><body><nav>Menu said</nav><article><p>The envoy said yes.</p></article>"
                + "<footer>Copyright</footer><script>alert('said')</script></body></html>");
        new Ingest(fake, pub, null, "auto").file(f);
        assertThat(seen.get(0).text()).contains("The envoy said yes.").doesNotContain("Menu", "Copyright", "alert");
        assertThat(seen.get(0).published()).isEqualTo(LocalDate.of(2024, 3, 5)); // converted to the UTC day
        assertThat(seen.get(0).title()).isEqualTo("Talks");
    }

    @Test
    void jsonlLinesAreValidatedOneByOneAndKeysFilledWhenAbsent() throws Exception {
        Path f = dir.resolve("e.jsonl");
        String ok = "{\"schema\":1,\"kind\":\"CALL\",\"date\":\"2024-08-06\",\"date_precision\":\"DAY\",\"actor\":{\"country\":\"RUS\"},"
                + "\"counterpart\":{\"country\":\"AZE\"},\"source\":{\"id\":\"s\",\"published\":\"2024-08-07\"},\"x_new\":true}";
        Files.writeString(f, ok + "\n\nnot json\n" + ok.replace("2024-08-06", "2024-02-30") + "\n");
        Ingest.Result r = new Ingest(fake, pub, null, "auto").file(f);
        assertThat(r.events()).isEqualTo(1);
        assertThat(r.rejects()).isEqualTo(2);
        assertThat(pub.events.get(0).eventKey()).isEqualTo("CALL|AZE|RUS|2024-08-06");
        assertThat(pub.events.get(0).id()).hasSize(32);
        assertThat(pub.events.get(0).extra()).containsKey("x_new");
        assertThat(pub.rejects).extracting(x -> x.source()).containsExactly("e.jsonl:3", "e.jsonl:4");
        assertThat(pub.rejects.get(1).detail()).contains("not a calendar day");
    }

    /** A publisher whose sends of events from source "s2" fail, as a broker refusing a batch would make them. */
    static final class FailingPublisher implements parley.producer.publish.EventPublisher {
        final List<Event> acked = new ArrayList<>();
        final List<parley.producer.publish.Reject> rejects = new ArrayList<>();

        @Override
        public java.util.concurrent.CompletableFuture<Boolean> send(Event e) {
            if (e.source().id().equals("s2"))
                return java.util.concurrent.CompletableFuture.failedFuture(new IllegalStateException("InvalidTimestampException: refused"));
            acked.add(e);
            return java.util.concurrent.CompletableFuture.completedFuture(true);
        }

        @Override public void publish(Event e) { throw new AssertionError("entry points must track their sends"); }
        @Override public void reject(parley.producer.publish.Reject r) { rejects.add(r); }
        @Override public void flush() { }
        @Override public void close() { }
    }

    static String line(String sourceId) {
        return "{\"schema\":1,\"kind\":\"CALL\",\"date\":\"2024-08-06\",\"date_precision\":\"DAY\",\"actor\":{\"country\":\"RUS\"},"
                + "\"counterpart\":{\"country\":\"AZE\"},\"source\":{\"id\":\"" + sourceId + "\",\"published\":\"2024-08-07\"}}";
    }

    @Test
    void aFailedSendIsARejectWithItsLineAndIsNotCountedAsPublished() throws Exception {
        Path f = dir.resolve("three.jsonl");
        Files.writeString(f, line("s1") + "\n" + line("s2") + "\n" + line("s3") + "\n");
        FailingPublisher fp = new FailingPublisher();
        Ingest.Result r = new Ingest(fake, fp, null, "auto").file(f);
        assertThat(r.events()).isEqualTo(2);
        assertThat(r.rejects()).isEqualTo(1);
        assertThat(r.line()).contains("2 event(s) published").contains("published line(s) 1,3; rejected line(s) 2");
        assertThat(fp.rejects).singleElement().satisfies(x -> {
            assertThat(x.source()).isEqualTo("three.jsonl:2");
            assertThat(x.reason()).isEqualTo("send-failed");
            assertThat(x.detail()).contains("refused");
            assertThat(x.original()).isEqualTo(line("s2"));
        });
        // an article: only acknowledged events count; the failed one is a reject of the article
        Path a = dir.resolve("a.txt");
        Files.writeString(a, "---\npublished: 2024-08-07\nid: s2\n---\nThe minister said things.\n");
        Ingest.Result ra = new Ingest(fake, fp, null, "auto").file(a);
        assertThat(ra.status()).isEqualTo(Ingest.Status.NO_EVENT);
        assertThat(ra.events()).isZero();
        assertThat(ra.rejects()).isEqualTo(1);
        assertThat(fp.rejects).hasSize(2);
        assertThat(fp.rejects.get(1).source()).isEqualTo("s2");
    }

    @Test
    void aRejectedLineCarriesTheOriginalLine() throws Exception {
        Path f = dir.resolve("bad.jsonl");
        String bad = "{\"schema\":1,\"kind\":\"NOPE\"}";
        Files.write(f, (bad + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Files.write(f, new byte[]{'{', (byte) 0xC3, '}', '\n'}, java.nio.file.StandardOpenOption.APPEND);
        new Ingest(fake, pub, null, "auto").file(f);
        assertThat(pub.rejects).extracting(x -> x.source()).containsExactly("bad.jsonl:1", "bad.jsonl:2");
        assertThat(pub.rejects.get(0).original()).isEqualTo(bad);
        assertThat(pub.rejects.get(1).original()).isEqualTo("{\uFFFD}");
    }

    @Test
    void anArticleOverTheExtractorLimitIsCutWithNotice() throws Exception {
        Path f = dir.resolve("long.txt");
        int n = parley.producer.extract.Extractor.MAX_TEXT_CHARS + 1234;
        Files.writeString(f, "---\npublished: 2024-08-07\n---\nThe minister said things. " + "x".repeat(n));
        Ingest.Result r = new Ingest(fake, pub, null, "auto").file(f);
        assertThat(seen.get(0).text()).hasSize(parley.producer.extract.Extractor.MAX_TEXT_CHARS);
        assertThat(r.status()).isEqualTo(Ingest.Status.PUBLISHED);
        assertThat(r.rejects()).isEqualTo(1);
        assertThat(r.line()).contains("text cut: only the first 400000 of");
        assertThat(pub.rejects).singleElement().satisfies(x -> {
            assertThat(x.source()).isEqualTo("long.txt");
            assertThat(x.reason()).isEqualTo("truncated");
        });
    }
}
