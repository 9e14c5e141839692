package parley.producer.feed;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parley.producer.extract.Article;
import parley.producer.feed.Fakes.ClockSleeper;
import parley.producer.feed.Fakes.MutableClock;
import parley.producer.feed.Fakes.RecordingExtractor;
import parley.producer.feed.Fakes.RecordingPublisher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #15 items 4, 9 and 10: the poller refuses non-public addresses (after resolution and on every redirect)
 * unless allowed, honours Atom's xml:base, reads every item of a long feed (or reports the ones over a configured
 * cap), writes a reject for an unparseable feed, and counts every new item once (events, no event, reject).
 *
 * <p>No request may leave loopback even if the policy were broken: every poller here sends its requests through
 * the test site as a proxy, so a request "to" 169.254.169.254 would arrive at the test site and be seen.
 */
class FeedSafetyTest {
    @TempDir Path tmp;

    MutableClock clock = new MutableClock(Instant.parse("2024-08-07T12:00:00Z"));
    ClockSleeper sleeper = new ClockSleeper(clock);
    RecordingExtractor extractor = new RecordingExtractor();
    RecordingPublisher publisher = new RecordingPublisher();
    FeedPoller.Options options = FeedPoller.Options.defaults().withMinHostDelay(Duration.ZERO)
            .withBackoff(Duration.ofMinutes(1), Duration.ofMinutes(30)).withRequestTimeout(Duration.ofSeconds(5));
    TestSite site;

    @BeforeEach
    void start() throws IOException {
        site = new TestSite(clock);
        site.robots("User-agent: *\nAllow: /\n");
    }

    @AfterEach
    void stop() { site.close(); }

    private FeedPoller.Builder poller(String feed) {
        return FeedPoller.builder(tmp.resolve("state"), extractor, publisher).feed(feed).options(options)
                .proxy(site.asProxy()).clock(clock).sleeper(sleeper);
    }

    @Test
    void theDefaultPolicyRefusesEveryNonPublicAddress() {
        NetworkPolicy d = NetworkPolicy.DEFAULT;
        for (String u : List.of("http://127.0.0.1/", "http://127.9.9.9:8080/x", "http://localhost/", "http://169.254.169.254/latest/meta-data/",
                "http://10.1.2.3/", "http://172.16.0.1/", "http://192.168.1.1/", "http://100.64.0.1/", "http://0.0.0.0/",
                "http://224.0.0.1/", "http://255.255.255.255/", "http://[::1]/", "http://[::]/", "http://[fe80::1]/", "http://[fd12:3456::1]/",
                "http://[ff02::1]/", "http://[::ffff:169.254.169.254]/", "http://[::ffff:127.0.0.1]/"))
            assertThat(d.refusal(URI.create(u))).as(u).isNotNull().contains("feed.allow.networks");
        assertThat(d.refusal(URI.create("http://169.254.169.254/"))).contains("link-local");
        // a public literal address is allowed (a literal: nothing is resolved, nothing is connected)
        assertThat(d.refusal(URI.create("https://93.184.215.14/"))).isNull();
        // names are judged by what they resolve to: any refused address refuses the name
        NetworkPolicy stub = d.withResolver(h -> h.equals("news.example") ? new InetAddress[]{InetAddress.getByName("93.184.215.14")}
                : new InetAddress[]{InetAddress.getByName("93.184.215.14"), InetAddress.getByName("10.0.0.7")});
        assertThat(stub.refusal(URI.create("http://news.example/a"))).isNull();
        assertThat(stub.refusal(URI.create("http://rebind.example/a"))).contains("10.0.0.7").contains("private");
        // an explicit allowance opens exactly that network
        NetworkPolicy lo = NetworkPolicy.allowing("127.0.0.0/8, fd00::/8");
        assertThat(lo.refusal(URI.create("http://127.0.0.1/"))).isNull();
        assertThat(lo.refusal(URI.create("http://[fd00::5]/"))).isNull();
        assertThat(lo.refusal(URI.create("http://169.254.169.254/"))).isNotNull();
        assertThat(lo.refusal(URI.create("http://[fc00::5]/"))).isNotNull();
    }

    @Test
    void byDefaultAFeedOnLoopbackIsNotFetched() throws IOException {
        site.etagFeed("/feed.xml", "\"v\"", () -> TestSite.rss(new String[]{"T", null, null, "S"}));
        for (String feed : List.of(site.url("/feed.xml"), "http://localhost:" + site.port() + "/feed.xml")) {
            try (FeedPoller p = FeedPoller.builder(tmp.resolve("s" + feed.length()), extractor, publisher).feed(feed).options(options)
                    .proxy(site.asProxy()).clock(clock).sleeper(sleeper).build()) {
                FeedPoller.PollStats s = p.pollOnce();
                assertThat(s.feedErrors).isEqualTo(1);
                assertThat(s.feedStatus.get(feed)).contains("refused").contains("loopback").contains("feed.allow.networks");
            }
        }
        assertThat(site.requests()).isEmpty();
        assertThat(extractor.articles).isEmpty();
    }

    @Test
    void itemLinksAndRedirectsToRefusedAddressesAreNeverRequested() throws IOException {
        String meta = "http://169.254.169.254/latest/meta-data/iam";
        site.etagFeed("/feed.xml", "\"v\"", () -> TestSite.rss(
                new String[]{"Metadata", meta, "Tue, 06 Aug 2024 10:00:00 GMT", "Summary one"},
                new String[]{"Redirected", site.url("/news/r1"), "Tue, 06 Aug 2024 11:00:00 GMT", "Summary two"},
                new String[]{"Other loopback", site.url("/news/r2"), "Tue, 06 Aug 2024 12:00:00 GMT", "Summary three"},
                new String[]{"Fine", site.url("/news/ok"), "Tue, 06 Aug 2024 13:00:00 GMT", "Summary four"}));
        site.route("/news/r1", r -> new TestSite.Resp(302, "text/plain", "", Map.of("Location", meta)));
        site.route("/news/r2", r -> new TestSite.Resp(301, "text/plain", "", Map.of("Location", "http://127.0.0.2:" + site.port() + "/private/x")));
        site.page("/news/ok", "<p>The page text.</p>");
        // only the test site's own address is allowed: 127.0.0.2 is loopback too, but not allowed
        try (FeedPoller p = poller(site.url("/feed.xml")).networks(NetworkPolicy.allowing("127.0.0.1/32")).build()) {
            FeedPoller.PollStats s = p.pollOnce();
            assertThat(s.pagesRefused).isEqualTo(3);
            assertThat(s.pagesFetched).isEqualTo(1);
            assertThat(s.itemsNew).isEqualTo(4);
            assertThat(s.reconciles()).isTrue();
        }
        assertThat(site.count("/latest/meta-data/iam")).isZero();
        assertThat(site.count("/private/x")).isZero();
        assertThat(site.count("/news/r1")).isEqualTo(1);
        assertThat(extractor.articles).extracting(Article::text)
                .containsExactly("Summary one", "Summary two", "Summary three", "The page text.");
    }

    @Test
    void atomXmlBaseResolvesRelativeLinks() throws IOException {
        String root = "http://127.0.0.1:" + site.port();
        String atom = "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\" xml:base=\"" + root + "/wire/\">"
                + "<title>A</title><id>urn:x</id><updated>2024-08-07T00:00:00Z</updated>"
                + "<entry xml:base=\"europe/\"><title>One</title><id>urn:1</id><link rel=\"alternate\" href=\"a1.html\"/>"
                + "<updated>2024-08-06T10:00:00Z</updated><summary>S1</summary></entry>"
                + "<entry><title>Two</title><id>urn:2</id><link href=\"../other/a2.html\"/>"
                + "<updated>2024-08-06T11:00:00Z</updated><summary>S2</summary></entry>"
                + "<entry><title>Three</title><id>urn:3</id><link rel=\"self\" href=\"/self/3\"/>"
                + "<link xml:base=\"" + root + "/abs/\" href=\"a3.html\"/><updated>2024-08-06T12:00:00Z</updated><summary>S3</summary></entry>"
                + "</feed>";
        site.route("/feeds/atom.xml", r -> TestSite.Resp.ok("application/atom+xml", atom));
        site.page("/wire/europe/a1.html", "<p>Page one.</p>").page("/other/a2.html", "<p>Page two.</p>").page("/abs/a3.html", "<p>Page three.</p>");
        try (FeedPoller p = poller(site.url("/feeds/atom.xml")).networks(NetworkPolicy.allowing("127.0.0.1/32")).build()) {
            assertThat(p.pollOnce().pagesFetched).isEqualTo(3);
        }
        assertThat(extractor.articles).extracting(Article::url)
                .containsExactly(root + "/wire/europe/a1.html", root + "/other/a2.html", root + "/abs/a3.html");
        assertThat(extractor.articles).extracting(Article::text).containsExactly("Page one.", "Page two.", "Page three.");
    }

    private Path longFeed(int n) throws IOException {
        String[][] items = new String[n][];
        for (int i = 0; i < n; i++)
            items[i] = new String[]{"Item " + i, null, "Tue, 06 Aug 2024 10:" + String.format("%02d", i % 60) + ":00 GMT", "Text of item " + i};
        return Files.writeString(tmp.resolve("long.xml"), TestSite.rss(items));
    }

    @Test
    void everyItemOfALongFeedIsRead() throws IOException {
        Path f = longFeed(1_000);
        try (FeedPoller p = FeedPoller.builder(tmp.resolve("s1"), extractor, publisher).feed(f.toString()).options(options).clock(clock).sleeper(sleeper).build()) {
            FeedPoller.PollStats s = p.pollOnce();
            assertThat(s.itemsNew).isEqualTo(1_000);
            assertThat(s.itemsOverCap).isZero();
            assertThat(s.events).isEqualTo(1_000);
            assertThat(s.itemsWithEvents).isEqualTo(1_000);
            assertThat(s.reconciles()).isTrue();
            assertThat(p.seenCount()).isEqualTo(1_000);
        }
        assertThat(extractor.articles).hasSize(1_000);
        assertThat(publisher.events).hasSize(1_000);
        assertThat(publisher.flushes).as("flushed in batches, so progress is durable").isEqualTo(1_000 / FeedPoller.BATCH);
    }

    @Test
    void aConfiguredCapReportsTheItemsOverItAndLeavesThemForTheNextPoll() throws IOException {
        Path f = longFeed(250);
        try (FeedPoller p = FeedPoller.builder(tmp.resolve("s2"), extractor, publisher).feed(f.toString())
                .options(options.withMaxItemsPerPoll(100)).clock(clock).sleeper(sleeper).build()) {
            FeedPoller.PollStats s1 = p.pollOnce();
            assertThat(s1.itemsNew).isEqualTo(100);
            assertThat(s1.itemsOverCap).isEqualTo(150);
            assertThat(s1.feedStatus.get(f.toString())).contains("150 over the cap");
            FeedPoller.PollStats s2 = p.pollOnce();
            assertThat(s2.itemsNew).isEqualTo(100);
            assertThat(s2.itemsAlreadySeen).isEqualTo(100);
            assertThat(s2.itemsOverCap).isEqualTo(50);
            assertThat(p.pollOnce().itemsNew).isEqualTo(50);
            assertThat(p.seenCount()).isEqualTo(250);
        }
    }

    @Test
    void anUnparseableFeedGetsOneRejectRecord() throws IOException {
        Path f = Files.writeString(tmp.resolve("broken.xml"), "<rss><channel><item><title>cut here");
        try (FeedPoller p = FeedPoller.builder(tmp.resolve("s3"), extractor, publisher).feed(f.toString()).options(options).clock(clock).sleeper(sleeper).build()) {
            FeedPoller.PollStats s = p.pollOnce();
            assertThat(s.feedErrors).isEqualTo(1);
            assertThat(s.feedsRejected).isEqualTo(1);
            clock.advance(Duration.ofMinutes(5));
            assertThat(p.pollOnce().feedErrors).as("retried after the backoff").isEqualTo(1);
        }
        // the same bytes again: not a second record
        assertThat(publisher.rejects).singleElement().satisfies(r -> {
            assertThat(r.source()).isEqualTo(f.toString());
            assertThat(r.reason()).isEqualTo("unparseable-feed");
            assertThat(r.detail()).contains("not a readable feed");
        });
    }
}
