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
}
