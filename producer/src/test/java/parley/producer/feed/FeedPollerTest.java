package parley.producer.feed;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parley.model.EventKeys;
import parley.producer.extract.Article;
import parley.producer.feed.Fakes.ClockSleeper;
import parley.producer.feed.Fakes.MutableClock;
import parley.producer.feed.Fakes.RecordingExtractor;
import parley.producer.feed.Fakes.RecordingPublisher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeedPollerTest {
    @TempDir
    Path tmp;

    MutableClock clock = new MutableClock(Instant.parse("2024-08-07T12:00:00Z"));
    ClockSleeper sleeper = new ClockSleeper(clock);
    RecordingExtractor extractor = new RecordingExtractor();
    RecordingPublisher publisher = new RecordingPublisher();
    TestSite site;
    /** The test site runs on 127.0.0.1, which the poller refuses unless allowed (feed.allow.networks). */
    static final NetworkPolicy LOOPBACK = NetworkPolicy.allowing("127.0.0.0/8");
    FeedPoller.Options options = FeedPoller.Options.defaults().withMinHostDelay(Duration.ofMillis(0))
            .withBackoff(Duration.ofMinutes(1), Duration.ofMinutes(30)).withRequestTimeout(Duration.ofSeconds(5));

    static final String ARTICLE = "<html><head><title>x</title><script>tracking()</script></head><body>"
            + "<nav>Home | World</nav><article><h1>Shoigu in Baku</h1><p>Russian Security Council Secretary Sergei "
            + "Shoigu visited Baku on August 6.</p><p>He met President Ilham Aliyev.</p></article>"
            + "<footer>Copyright</footer></body></html>";

    @BeforeEach
    void start() throws IOException {
        site = new TestSite(clock);
        site.robots("User-agent: *\nDisallow: /private/\n");
    }

    @AfterEach
    void stop() { site.close(); }

    private FeedPoller poller(String... feeds) throws IOException { return poller(tmp.resolve("state"), feeds); }

    private FeedPoller poller(Path state, String... feeds) throws IOException {
        return FeedPoller.builder(state, extractor, publisher).feeds(List.of(feeds)).options(options)
                .networks(LOOPBACK).clock(clock).sleeper(sleeper).build();
    }

    private String twoItems() {
        return TestSite.rss(
                new String[]{"Shoigu in Baku", site.url("/news/a1"), "Tue, 06 Aug 2024 23:30:00 -0300", "Summary one"},
                new String[]{"Members only", site.url("/private/b2"), "Tue, 06 Aug 2024 10:00:00 GMT", "Summary &lt;b&gt;two&lt;/b&gt;"});
    }

    @Test
    void newItemsArePublishedOnceAndA304PublishesNothing() throws IOException {
        site.etagFeed("/feed.xml", "\"v1\"", this::twoItems).page("/news/a1", ARTICLE).page("/private/b2", "<p>secret</p>");
        try (FeedPoller p = poller(site.url("/feed.xml"))) {
            FeedPoller.PollStats s1 = p.pollOnce();
            assertThat(s1.itemsNew).isEqualTo(2);
            assertThat(publisher.events).hasSize(2);
            assertThat(publisher.flushes).isEqualTo(1);

            // oldest first: b2 (06 Aug 10:00Z) before a1 (06 Aug 23:30 -03:00 = 07 Aug 02:30Z)
            Article b2 = extractor.articles.get(0), a1 = extractor.articles.get(1);
            assertThat(a1.url()).isEqualTo(site.url("/news/a1"));
            assertThat(a1.sourceId()).isEqualTo(EventKeys.sha256(site.url("/news/a1")).substring(0, 32));
            assertThat(a1.published()).isEqualTo(LocalDate.of(2024, 8, 7)); // the UTC day, not the local one
            assertThat(a1.feed()).isEqualTo(site.url("/feed.xml"));
            assertThat(a1.title()).isEqualTo("Shoigu in Baku");
            assertThat(a1.text()).contains("Shoigu visited Baku on August 6.").contains("He met President Ilham Aliyev.")
                    .doesNotContain("tracking()").doesNotContain("Home | World").doesNotContain("Copyright");
            // robots.txt disallows /private/: the page is never requested, the feed summary is the text
            assertThat(site.count("/private/b2")).isZero();
            assertThat(b2.text()).isEqualTo("Summary two");
            assertThat(s1.pagesDisallowed).isEqualTo(1);
            assertThat(b2.published()).isEqualTo(LocalDate.of(2024, 8, 6));

            FeedPoller.PollStats s2 = p.pollOnce();
            assertThat(s2.notModified).isEqualTo(1);
            assertThat(publisher.events).hasSize(2);
            List<TestSite.Req> feedReqs = site.requests("/feed.xml");
            assertThat(feedReqs).hasSize(2);
            assertThat(feedReqs.get(0).headers().getFirst("If-None-Match")).isNull();
            assertThat(feedReqs.get(1).headers().getFirst("If-None-Match")).isEqualTo("\"v1\"");
            assertThat(site.count("/news/a1")).isEqualTo(1);
            assertThat(site.count("/robots.txt")).isEqualTo(1); // cached per host
        }
    }

    @Test
    void aRestartWithTheSameStateDirPublishesNothingNew() throws IOException {
        AtomicReference<String> xml = new AtomicReference<>(twoItems());
        // this server ignores validators: the feed comes back in full every time
        site.route("/feed.xml", r -> new TestSite.Resp(200, "application/rss+xml", xml.get(), Map.of("Last-Modified", "Wed, 07 Aug 2024 11:00:00 GMT")))
                .page("/news/a1", ARTICLE).page("/news/a3", "<p>Erdogan called Putin.</p>");
        try (FeedPoller p = poller(site.url("/feed.xml"))) {
            p.pollOnce();
        }
        assertThat(publisher.events).hasSize(2);

        try (FeedPoller p = poller(site.url("/feed.xml"))) {
            assertThat(p.seenCount()).isEqualTo(2);
            FeedPoller.PollStats s = p.pollOnce();
            assertThat(s.itemsAlreadySeen).isEqualTo(2);
            assertThat(s.itemsNew).isZero();
            assertThat(publisher.events).hasSize(2);
            // the stored validator survived the restart
            assertThat(site.requests("/feed.xml").get(1).headers().getFirst("If-Modified-Since")).isEqualTo("Wed, 07 Aug 2024 11:00:00 GMT");

            xml.set(TestSite.rss(new String[]{"Call", site.url("/news/a3"), "Wed, 07 Aug 2024 09:00:00 GMT", null},
                    new String[]{"Shoigu in Baku", site.url("/news/a1"), "Tue, 06 Aug 2024 23:30:00 -0300", "Summary one"}));
            assertThat(p.pollOnce().itemsNew).isEqualTo(1);
            assertThat(publisher.events).hasSize(3);
            assertThat(extractor.articles.get(2).text()).isEqualTo("Erdogan called Putin.");
        }
        assertThat(site.count("/news/a1")).isEqualTo(1);
    }

    @Test
    void aSecondPollerCannotShareTheStateDir() throws IOException {
        try (FeedPoller p = poller(site.url("/feed.xml"))) {
            assertThatThrownBy(() -> poller(site.url("/feed.xml"))).isInstanceOf(IOException.class).hasMessageContaining("in use");
        }
    }

    @Test
    void serverErrorsBackOffExponentiallyPerFeed() throws IOException {
        AtomicInteger status = new AtomicInteger(500);
        site.route("/bad.xml", r -> status.get() == 200 ? TestSite.Resp.ok("application/rss+xml", TestSite.rss()) : TestSite.Resp.status(status.get()));
        site.etagFeed("/good.xml", "\"g\"", () -> TestSite.rss());
        try (FeedPoller p = poller(site.url("/bad.xml"), site.url("/good.xml"))) {
            assertThat(p.pollOnce().feedErrors).isEqualTo(1);
            assertThat(site.count("/bad.xml")).isEqualTo(1);

            FeedPoller.PollStats s = p.pollOnce(); // within the 1-minute backoff: not requested; the good feed is
            assertThat(s.backingOff).isEqualTo(1);
            assertThat(site.count("/bad.xml")).isEqualTo(1);
            assertThat(site.count("/good.xml")).isEqualTo(2);

            clock.advance(Duration.ofSeconds(61));
            p.pollOnce();
            assertThat(site.count("/bad.xml")).isEqualTo(2); // second failure: backoff now 2 minutes

            clock.advance(Duration.ofSeconds(61));
            p.pollOnce();
            assertThat(site.count("/bad.xml")).isEqualTo(2);
            clock.advance(Duration.ofSeconds(61));
            p.pollOnce();
            assertThat(site.count("/bad.xml")).isEqualTo(3); // third failure: 4 minutes

            status.set(200);
            clock.advance(Duration.ofMinutes(4).plusSeconds(1));
            assertThat(p.pollOnce().feedErrors).isZero();
            assertThat(site.count("/bad.xml")).isEqualTo(4);
            assertThat(p.pollOnce().backingOff).isZero(); // success reset the backoff
            assertThat(site.count("/bad.xml")).isEqualTo(5);
        }
    }

    @Test
    void retryAfterLengthensTheBackoff() throws IOException {
        site.route("/busy.xml", r -> new TestSite.Resp(503, "text/plain", "", Map.of("Retry-After", "600")));
        try (FeedPoller p = poller(site.url("/busy.xml"))) {
            p.pollOnce();
            clock.advance(Duration.ofMinutes(5));
            p.pollOnce();
            assertThat(site.count("/busy.xml")).isEqualTo(1);
            clock.advance(Duration.ofMinutes(6));
            p.pollOnce();
            assertThat(site.count("/busy.xml")).isEqualTo(2);
        }
    }

    @Test
    void robotsGroupForOurTokenWinsOverStar() throws IOException {
        site.robots("User-agent: *\nDisallow:\n\nUser-agent: Parley\nDisallow: /news/\n");
        site.etagFeed("/feed.xml", "\"v\"", this::twoItems).page("/news/a1", ARTICLE);
        try (FeedPoller p = poller(site.url("/feed.xml"))) {
            assertThat(p.pollOnce().pagesDisallowed).isEqualTo(1);
        }
        assertThat(site.count("/news/a1")).isZero();       // our group disallows /news/
        assertThat(site.count("/private/b2")).isEqualTo(1); // only the * group's rules would have covered it (they don't here)
        assertThat(extractor.articles).extracting(Article::text).containsExactlyInAnyOrder("Summary one", "Summary two");
    }

    @Test
    void missingRobotsTxtAllowsEverything() throws IOException {
        site.route("/robots.txt", r -> TestSite.Resp.status(404));
        site.etagFeed("/feed.xml", "\"v\"", this::twoItems).page("/news/a1", ARTICLE).page("/private/b2", "<p>Open after all.</p>");
        try (FeedPoller p = poller(site.url("/feed.xml"))) {
            assertThat(p.pollOnce().pagesFetched).isEqualTo(2);
        }
        assertThat(extractor.articles).extracting(Article::text).contains("Open after all.");
    }

    @Test
    void minimumDelayBetweenRequestsToTheSameHost() throws IOException {
        options = options.withMinHostDelay(Duration.ofSeconds(3));
        site.etagFeed("/feed.xml", "\"v\"", this::twoItems).page("/news/a1", ARTICLE);
        try (FeedPoller p = poller(site.url("/feed.xml"))) {
            p.pollOnce();
        }
        List<TestSite.Req> reqs = site.requests();
        assertThat(reqs).extracting(TestSite.Req::path).containsExactly("/feed.xml", "/robots.txt", "/news/a1");
        for (int i = 1; i < reqs.size(); i++)
            assertThat(Duration.between(reqs.get(i - 1).at(), reqs.get(i).at())).isGreaterThanOrEqualTo(Duration.ofSeconds(3));
        assertThat(sleeper.sleeps).hasSize(2).allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(Duration.ofSeconds(3)));
    }

    @Test
    void transientPageErrorsDeferTheItemThenFallBackToTheSummary() throws IOException {
        site.etagFeed("/feed.xml", "\"v\"", () -> TestSite.rss(new String[]{"T", site.url("/news/flaky"), "Wed, 07 Aug 2024 09:00:00 GMT", "Fallback text"}))
                .route("/news/flaky", r -> TestSite.Resp.status(503));
        try (FeedPoller p = poller(site.url("/feed.xml"))) {
            FeedPoller.PollStats s1 = p.pollOnce();
            assertThat(s1.itemsDeferred).isEqualTo(1);
            assertThat(publisher.events).isEmpty();
            // the feed's validators are not stored while an item is pending: the next poll gets the full feed
            p.pollOnce();
            assertThat(site.requests("/feed.xml").get(1).headers().getFirst("If-None-Match")).isNull();
            assertThat(publisher.events).isEmpty();
            FeedPoller.PollStats s3 = p.pollOnce(); // third attempt (maxPageAttempts = 3): summary used
            assertThat(s3.itemsNew).isEqualTo(1);
            assertThat(extractor.articles).singleElement().satisfies(a -> assertThat(a.text()).isEqualTo("Fallback text"));
            assertThat(p.pollOnce().notModified).isEqualTo(1);
        }
        assertThat(site.count("/news/flaky")).isEqualTo(3);
    }

    @Test
    void aFailedFlushLeavesItemsUnseenSoTheyAreRetried() throws IOException {
        site.etagFeed("/feed.xml", "\"v\"", this::twoItems).page("/news/a1", ARTICLE);
        publisher.failFlushes = 1;
        try (FeedPoller p = poller(site.url("/feed.xml"))) {
            assertThat(p.pollOnce().feedErrors).isEqualTo(1);
            assertThat(p.seenCount()).isZero();
            clock.advance(Duration.ofMinutes(2));
            FeedPoller.PollStats s = p.pollOnce();
            assertThat(s.feedErrors).isZero();
            assertThat(s.itemsNew).isEqualTo(2);
            assertThat(p.seenCount()).isEqualTo(2);
        }
        // published twice (at least once delivery), with the same ids: downstream ignores the repeat
        assertThat(publisher.events).hasSize(4);
        assertThat(publisher.events.stream().map(e -> e.id()).distinct()).hasSize(2);
    }

    @Test
    void itemsWithoutTextAndExtractorFailuresAreRejected() throws IOException {
        site.etagFeed("/feed.xml", "\"v\"", () -> TestSite.rss(new String[]{"No link, no text", null, null, null},
                new String[]{"Boom", site.url("/news/a1"), null, null})).page("/news/a1", ARTICLE);
        parley.producer.extract.Extractor failing = a -> {
            if (a.title().equals("Boom")) throw new IllegalStateException("model crashed");
            return List.of();
        };
        try (FeedPoller p = FeedPoller.builder(tmp.resolve("s"), failing, publisher).feed(site.url("/feed.xml"))
                .options(options).networks(LOOPBACK).clock(clock).sleeper(sleeper).build()) {
            FeedPoller.PollStats s = p.pollOnce();
            assertThat(s.rejected).isEqualTo(2);
            assertThat(p.seenCount()).isEqualTo(2);
        }
        assertThat(publisher.rejects).extracting(r -> r.reason()).containsExactlyInAnyOrder("no-text", "extract-failed");
    }

    @Test
    void aLocalFeedFileWorks() throws IOException {
        site.page("/news/a1", ARTICLE);
        Path f = tmp.resolve("wire.xml");
        Files.writeString(f, TestSite.rss(new String[]{"Shoigu in Baku", site.url("/news/a1"), "Tue, 06 Aug 2024 12:00:00 GMT", null},
                new String[]{"Offline", "file:///nowhere/x.html", "Tue, 06 Aug 2024 13:00:00 GMT", "From the file."}));
        try (FeedPoller p = poller(f.toString())) {
            assertThat(p.pollOnce().itemsNew).isEqualTo(2);
            assertThat(p.pollOnce().itemsAlreadySeen).isEqualTo(2);
        }
        assertThat(extractor.articles).extracting(Article::feed).containsOnly(f.toAbsolutePath().toUri().toString());
        assertThat(extractor.articles).extracting(Article::text).anySatisfy(t -> assertThat(t).contains("Shoigu visited Baku"))
                .contains("From the file.");
        assertThat(publisher.events).hasSize(2);
    }

    @Test
    void xxeEntitiesAndExternalDtdsAreNotResolved() throws IOException {
        Path secret = tmp.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-42");
        String xml = "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE rss SYSTEM \"" + site.url("/evil.dtd") + "\" [\n"
                + "  <!ENTITY file SYSTEM \"" + secret.toUri() + "\">\n"
                + "  <!ENTITY web SYSTEM \"" + site.url("/xxe") + "\">\n"
                + "  <!ENTITY % param SYSTEM \"" + site.url("/param") + "\">\n"
                + "  %param;\n"
                + "  <!ENTITY ok \"fine\">\n"
                + "]>\n"
                + "<rss version=\"2.0\"><channel><title>t</title><link>http://127.0.0.1/</link><description>d</description>"
                + "<item><title>Leak [&file;] [&web;] &ok;</title><guid>g-1</guid><description>Body [&file;] [&web;]</description></item>"
                + "</channel></rss>";
        Path f = tmp.resolve("xxe.xml");
        Files.writeString(f, xml);
        try (FeedPoller p = poller(f.toString())) {
            p.pollOnce();
        }
        assertThat(site.count("/evil.dtd")).isZero();
        assertThat(site.count("/xxe")).isZero();
        assertThat(site.count("/param")).isZero();
        // the feed either parses with the external entities left out, or is refused: never leaks
        for (Article a : extractor.articles) {
            assertThat(a.title()).doesNotContain("TOP-SECRET");
            assertThat(a.text()).doesNotContain("TOP-SECRET");
        }
        assertThat(extractor.articles).singleElement().satisfies(a -> assertThat(a.title()).contains("fine"));
    }

    @Test
    void entityExpansionIsBounded() throws IOException {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE rss [\n<!ENTITY l0 \"lol\">\n");
        for (int i = 1; i <= 9; i++) dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">\n");
        dtd.append("]>\n");
        Path f = tmp.resolve("laughs.xml");
        Files.writeString(f, "<?xml version=\"1.0\"?>\n" + dtd + "<rss version=\"2.0\"><channel><title>&l9;</title>"
                + "<link>http://127.0.0.1/</link><description>d</description><item><title>x</title><guid>g</guid>"
                + "<description>&l9;</description></item></channel></rss>");
        long t0 = System.nanoTime();
        try (FeedPoller p = poller(f.toString())) {
            FeedPoller.PollStats s = p.pollOnce();
            assertThat(s.feedErrors).isEqualTo(1);
            assertThat(s.feedStatus.values().iterator().next()).contains("error");
        }
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
        assertThat(publisher.events).isEmpty();
    }

    @Test
    void atomFeedsWork() throws IOException {
        site.page("/news/a1", ARTICLE);
        String atom = "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>A</title>"
                + "<id>urn:x</id><updated>2024-08-07T00:00:00Z</updated>"
                + "<entry><title>Shoigu in Baku</title><id>urn:a1</id><link href=\"/news/a1\"/>"
                + "<updated>2024-08-06T21:00:00-05:00</updated><summary>S</summary></entry></feed>";
        site.route("/atom.xml", r -> TestSite.Resp.ok("application/atom+xml", atom));
        try (FeedPoller p = poller(site.url("/atom.xml"))) {
            assertThat(p.pollOnce().itemsNew).isEqualTo(1);
        }
        Article a = extractor.articles.get(0);
        assertThat(a.url()).isEqualTo(site.url("/news/a1")); // relative link resolved against the feed URL
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 8, 7));
        assertThat(a.text()).contains("Shoigu visited Baku");
    }

    @Test
    void robotsTxtRedirectsAreFollowedAndOutagesAskedOncePerPoll() throws IOException {
        site.route("/robots.txt", r -> new TestSite.Resp(301, "text/plain", "", Map.of("Location", "/real-robots.txt")))
                .route("/real-robots.txt", r -> TestSite.Resp.ok("text/plain", "User-agent: *\nDisallow: /news/\n"));
        site.etagFeed("/feed.xml", "\"v\"", this::twoItems).page("/news/a1", ARTICLE);
        try (FeedPoller p = poller(site.url("/feed.xml"))) {
            assertThat(p.pollOnce().pagesDisallowed).isEqualTo(1);
        }
        assertThat(site.count("/news/a1")).isZero();

        // robots.txt down: pages wait (not fetched), and robots.txt is asked once for both items
        try (TestSite down = new TestSite(clock)) {
            down.route("/robots.txt", r -> TestSite.Resp.status(503));
            down.etagFeed("/feed.xml", "\"v\"", () -> TestSite.rss(
                    new String[]{"One", down.url("/x/1"), "Wed, 07 Aug 2024 09:00:00 GMT", "S1"},
                    new String[]{"Two", down.url("/x/2"), "Wed, 07 Aug 2024 10:00:00 GMT", "S2"}));
            try (FeedPoller p = poller(tmp.resolve("state2"), down.url("/feed.xml"))) {
                FeedPoller.PollStats s = p.pollOnce();
                assertThat(s.itemsDeferred).isEqualTo(2);
            }
            assertThat(down.count("/robots.txt")).isEqualTo(1);
            assertThat(down.count("/x/1") + down.count("/x/2")).isZero();
        }
    }
}
