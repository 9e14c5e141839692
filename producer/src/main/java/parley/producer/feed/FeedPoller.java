package parley.producer.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import org.jsoup.Jsoup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import parley.model.Event;
import parley.model.EventKeys;
import parley.producer.extract.Article;
import parley.producer.extract.Extractor;
import parley.producer.publish.Deliveries;
import parley.producer.publish.EventPublisher;
import parley.producer.publish.Reject;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Polls RSS/Atom feeds (http(s) URLs or local feed files) and publishes the events of their new items.
 *
 * <p>Per poll and feed: a conditional GET (If-None-Match / If-Modified-Since from the stored ETag / Last-Modified;
 * 304 = nothing to do); the XML is parsed by {@link SecureFeedParser} (no XXE, bounded entity expansion); for each
 * item not yet seen, oldest first: its page is fetched (robots.txt permitting) and turned into plain text
 * ({@code htmlToText}), an {@link Article} is built and given to the {@link Extractor}, and its events are
 * {@link EventPublisher#publish published}. Items whose page robots.txt disallows, or that cannot be fetched
 * (non-HTML, 4xx, or still failing after {@code maxPageAttempts} polls), use the feed's own summary as text; an item
 * with no text at all is rejected ({@code no-text}); an extractor failure is rejected ({@code extract-failed}); an
 * item with no events is logged as "no event found" with its source id.
 *
 * <p>Durability: after a feed's items were handled the publisher is flushed, then the items are recorded in the
 * state directory ({@link FeedState}); the feed's validators are stored only when every new item was handled, so
 * a crash or a failed flush re-reads the feed and re-publishes (same ids, deduplicated downstream) rather than
 * losing items. A restart with the same state directory publishes nothing already handled.
 *
 * <p>Politeness: at least {@code minHostDelay} between any two requests to the same host (feeds, robots.txt,
 * pages); robots.txt (the group for {@code robotsToken}, else {@code *}) is cached per host for {@code robotsTtl}
 * and checked on every page hop (redirects are followed by hand, at most 5); robots.txt answering 4xx allows
 * everything, 5xx/unreachable defers the host's pages (remembered for min(10 min, interval)). Feed URLs themselves are not checked against robots.txt (the
 * operator subscribed to them). Each feed has its own exponential backoff on errors (fetch failure, HTTP status
 * other than 200/304, unparseable XML, failed flush): {@code initialBackoff} doubling up to {@code maxBackoff}, or
 * longer when the server sends Retry-After; a success resets it.
 *
 * <p>Source id = the first 32 hex chars of SHA-256 over the item link (else its guid/id, else feed + title), so the
 * same link read from two feeds is one report. Published = the item's published (else updated) date as a UTC day,
 * else the poll's UTC day.
 *
 * <p>Single-threaded: call {@link #pollOnce()} or {@link #run()} from one thread; {@link #close()} may be called
 * from another to stop {@link #run()}.
 */
public final class FeedPoller implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(FeedPoller.class);

    /** Poller settings; {@link #defaults()} then the withers, each of which changes the one setting it names. */
    public record Options(Duration interval, Duration minHostDelay, Duration initialBackoff, Duration maxBackoff,
                          Duration requestTimeout, String userAgent, String robotsToken, int maxFeedBytes,
                          int maxPageBytes, int maxItemsPerPoll, int maxPageAttempts, Duration robotsTtl) {
        public Options {
            if (maxItemsPerPoll < 1) throw new IllegalArgumentException("maxItemsPerPoll must be at least 1");
        }

        public static Options defaults() {
            return new Options(Duration.ofMinutes(15), Duration.ofSeconds(2), Duration.ofMinutes(1), Duration.ofHours(6),
                    Duration.ofSeconds(20), "parley/0.1 (feed poller)", "parley", 10 << 20, 5 << 20, Integer.MAX_VALUE, 3,
                    Duration.ofHours(24));
        }

        /**
         * At most {@code n} new items handled per feed and poll (default: all of them); the rest are reported (a WARN,
         * each item at INFO, {@link PollStats#itemsOverCap}) and left unseen for the next poll.
         */
        public Options withMaxItemsPerPoll(int n) { return with(e -> e.maxItemsPerPoll = n); }

        public Options withInterval(Duration d) { return with(e -> e.interval = d); }

        public Options withMinHostDelay(Duration d) { return with(e -> e.minHostDelay = d); }

        public Options withBackoff(Duration initial, Duration max) { return with(e -> { e.initialBackoff = initial; e.maxBackoff = max; }); }

        public Options withRequestTimeout(Duration d) { return with(e -> e.requestTimeout = d); }

        public Options withUserAgent(String ua, String token) { return with(e -> { e.userAgent = ua; e.robotsToken = token; }); }

        /** A copy of these options with {@code change} applied: the one place that lists every field. */
        private Options with(Consumer<Edit> change) {
            Edit e = new Edit(this);
            change.accept(e);
            return new Options(e.interval, e.minHostDelay, e.initialBackoff, e.maxBackoff, e.requestTimeout, e.userAgent,
                    e.robotsToken, e.maxFeedBytes, e.maxPageBytes, e.maxItemsPerPoll, e.maxPageAttempts, e.robotsTtl);
        }

        /** The fields of an {@link Options} while one wither changes some of them. */
        private static final class Edit {
            Duration interval, minHostDelay, initialBackoff, maxBackoff, requestTimeout, robotsTtl;
            String userAgent, robotsToken;
            int maxFeedBytes, maxPageBytes, maxItemsPerPoll, maxPageAttempts;

            Edit(Options o) {
                interval = o.interval; minHostDelay = o.minHostDelay; initialBackoff = o.initialBackoff;
                maxBackoff = o.maxBackoff; requestTimeout = o.requestTimeout; userAgent = o.userAgent;
                robotsToken = o.robotsToken; maxFeedBytes = o.maxFeedBytes; maxPageBytes = o.maxPageBytes;
                maxItemsPerPoll = o.maxItemsPerPoll; maxPageAttempts = o.maxPageAttempts; robotsTtl = o.robotsTtl;
            }
        }
    }

    /** How the poller waits (replaceable in tests). */
    interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    /** What one {@link #pollOnce()} did. */
    public static final class PollStats {
        public int feedsPolled, notModified, feedErrors, backingOff, feedsRejected;
        public int itemsNew, itemsAlreadySeen, itemsDeferred, itemsOverCap;
        public int pagesFetched, pagesDisallowed, pageErrors, pagesRefused;
        /** Items handled: each ends as events (acknowledged by Kafka), no event, or a reject. */
        public int itemsWithEvents, noEvent, rejected;
        /** Events acknowledged by Kafka; items whose text was cut to the extractor's limit. */
        public int events, truncated;

        /** Every new item handled is counted once: with events, no event, or rejected. */
        public boolean reconciles() { return itemsNew == itemsWithEvents + noEvent + rejected; }
        public final Map<String, String> feedStatus = new LinkedHashMap<>();

        @Override
        public String toString() {
            return "feeds polled=" + feedsPolled + " not-modified=" + notModified + " errors=" + feedErrors
                    + " backing-off=" + backingOff + " rejected=" + feedsRejected + "; items new=" + itemsNew
                    + " (with-events=" + itemsWithEvents + " no-event=" + noEvent + " rejected=" + rejected + ") seen=" + itemsAlreadySeen
                    + " deferred=" + itemsDeferred + " over-cap=" + itemsOverCap + "; pages fetched=" + pagesFetched
                    + " robots-disallowed=" + pagesDisallowed + " refused=" + pagesRefused + " failed=" + pageErrors
                    + "; events=" + events + (truncated > 0 ? " truncated=" + truncated : "") + " " + feedStatus;
        }
    }

    /** Builds a poller; {@code feeds} are http(s) URLs or paths of local feed files. */
    public static Builder builder(Path stateDir, Extractor extractor, EventPublisher publisher) {
        return new Builder(stateDir, extractor, publisher);
    }

    public static final class Builder {
        private final Path stateDir;
        private final Extractor extractor;
        private final EventPublisher publisher;
        private final List<String> feeds = new ArrayList<>();
        private Options options = Options.defaults();
        private Function<String, String> htmlToText = parley.producer.extract.HtmlText::mainText;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = d -> Thread.sleep(d.toMillis());
        private NetworkPolicy networks = NetworkPolicy.DEFAULT;
        private java.net.ProxySelector proxy;

        private Builder(Path stateDir, Extractor extractor, EventPublisher publisher) {
            this.stateDir = Objects.requireNonNull(stateDir);
            this.extractor = Objects.requireNonNull(extractor);
            this.publisher = Objects.requireNonNull(publisher);
        }

        public Builder feeds(List<String> f) { feeds.addAll(f); return this; }

        public Builder feed(String f) { feeds.add(f); return this; }

        public Builder options(Options o) { options = o; return this; }

        /** HTML → plain text; defaults to a minimal built-in one (pass {@code HtmlText::mainText} once available). */
        public Builder htmlToText(Function<String, String> f) { htmlToText = f; return this; }

        /** Networks beyond the public internet the poller may fetch from (feed.allow.networks); default none. */
        public Builder networks(NetworkPolicy p) { networks = Objects.requireNonNull(p); return this; }

        /** Tests: send every request through this proxy (a loopback server), so nothing leaves the machine. */
        Builder proxy(java.net.ProxySelector p) { proxy = p; return this; }

        Builder clock(Clock c) { clock = c; return this; }

        Builder sleeper(Sleeper s) { sleeper = s; return this; }

        public FeedPoller build() throws IOException { return new FeedPoller(this); }
    }

    private static final class FeedRun {
        final String spec;
        final URI uri;
        final Path file;
        int errors;
        Instant retryAt;
        String lastRejectedBody;

        FeedRun(String spec) {
            this.spec = spec;
            URI u = null;
            if (spec.startsWith("http://") || spec.startsWith("https://")) {
                try {
                    u = new URI(spec);
                } catch (URISyntaxException e) {
                    throw new IllegalArgumentException("not a feed URL: " + spec);
                }
            }
            this.uri = u;
            this.file = u != null ? null : spec.startsWith("file:") ? Path.of(URI.create(spec)) : Path.of(spec);
        }

        /** What goes into Article.feed: the URL, or the file's absolute file: URI. */
        String name() { return uri != null ? spec : file.toAbsolutePath().toUri().toString(); }
    }

    private static class FeedError extends Exception {
        final Duration retryAfter;

        FeedError(String m, Duration retryAfter) {
            super(m, null, false, false);
            this.retryAfter = retryAfter;
        }
    }

    /** A request refused by the {@link NetworkPolicy}: never sent. */
    private static final class Refused extends FeedError {
        Refused(String m) { super(m, null); }
    }

    private enum PageOutcome { OK, DISALLOWED, REFUSED, PERMANENT, TRANSIENT }

    private record Page(PageOutcome outcome, String text, String detail) { }

    private record Item(String sourceId, String link, String title, LocalDate published, String summary) { }

    private record RobotsEntry(Robots robots, Instant until) { }

    private final List<FeedRun> feeds = new ArrayList<>();
    private final Extractor extractor;
    private final EventPublisher publisher;
    private final Options o;
    private final Function<String, String> htmlToText;
    private final Clock clock;
    private final Sleeper sleeper;
    private final HttpClient http;
    private final FeedState state;
    private final Map<String, Instant> lastRequest = new HashMap<>();
    private final Map<String, RobotsEntry> robots = new HashMap<>();
    private final Map<String, Integer> pageAttempts = new HashMap<>();
    private final NetworkPolicy networks;
    private volatile boolean closed;
    /** Items handled per batch: flushed and recorded as seen together, so a long feed makes durable progress. */
    static final int BATCH = 50;

    private FeedPoller(Builder b) throws IOException {
        for (String f : b.feeds) feeds.add(new FeedRun(f));
        this.extractor = b.extractor;
        this.publisher = b.publisher;
        this.o = b.options;
        this.htmlToText = b.htmlToText;
        this.clock = b.clock;
        this.sleeper = b.sleeper;
        this.networks = b.networks;
        HttpClient.Builder hb = HttpClient.newBuilder().connectTimeout(o.requestTimeout()).followRedirects(HttpClient.Redirect.NEVER);
        if (b.proxy != null) hb.proxy(b.proxy);
        this.http = hb.build();
        this.state = new FeedState(b.stateDir);
    }

    /** Polls until {@link #close()} or interruption: one round, then {@code interval} of sleep. */
    public void run() throws InterruptedException {
        while (!closed) {
            PollStats s = pollOnce();
            log.info("feed poll: {}", s);
            // sleep in steps of at most a second so close() stops the loop promptly
            for (Duration left = o.interval(); !closed && !left.isZero() && !left.isNegative(); left = left.minusSeconds(1))
                sleeper.sleep(left.compareTo(Duration.ofSeconds(1)) < 0 ? left : Duration.ofSeconds(1));
        }
    }

    /** One round over every feed not in backoff. */
    public PollStats pollOnce() {
        PollStats st = new PollStats();
        for (FeedRun f : feeds) {
            if (closed) break;
            Instant now = clock.instant();
            if (f.retryAt != null && now.isBefore(f.retryAt)) {
                st.backingOff++;
                st.feedStatus.put(f.spec, "backing off until " + f.retryAt);
                continue;
            }
            st.feedsPolled++;
            try {
                String status = pollFeed(f, st);
                f.errors = 0;
                f.retryAt = null;
                st.feedStatus.put(f.spec, status);
            } catch (FeedError e) {
                f.errors++;
                Duration d = o.initialBackoff().multipliedBy(1L << Math.min(f.errors - 1, 20));
                if (d.compareTo(o.maxBackoff()) > 0) d = o.maxBackoff();
                if (e.retryAfter != null && e.retryAfter.compareTo(d) > 0) d = e.retryAfter.compareTo(o.maxBackoff()) > 0 ? o.maxBackoff() : e.retryAfter;
                f.retryAt = clock.instant().plus(d);
                st.feedErrors++;
                st.feedStatus.put(f.spec, "error: " + e.getMessage() + " (retry in " + d + ")");
                log.warn("feed {}: {} (error #{}, retry in {})", f.spec, e.getMessage(), f.errors, d);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return st;
    }

    private String pollFeed(FeedRun f, PollStats st) throws FeedError, InterruptedException {
        byte[] body;
        FeedState.Validators fresh = null;
        if (f.uri == null) {
            try {
                body = readBounded(Files.newInputStream(f.file), o.maxFeedBytes(), true);
            } catch (IOException e) {
                throw new FeedError("cannot read " + f.file + ": " + e.getMessage(), null);
            }
        } else {
            FeedState.Validators v = state.validators(f.spec);
            HttpResponse<InputStream> r = getFollowing(f.uri, v, "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1");
            try (InputStream in = r.body()) {
                int s = r.statusCode();
                if (s == 304) {
                    st.notModified++;
                    return "not modified";
                }
                if (s != 200) throw new FeedError("HTTP " + s, retryAfter(r));
                body = readBounded(in, o.maxFeedBytes(), true);
            } catch (IOException e) {
                throw new FeedError("reading " + f.spec + ": " + e.getMessage(), null);
            }
            fresh = new FeedState.Validators(r.headers().firstValue("ETag").orElse(null),
                    r.headers().firstValue("Last-Modified").orElse(null));
        }
        SecureFeedParser.Parsed parsed;
        try {
            parsed = SecureFeedParser.parseWithLinks(body, f.name(), f.uri);
        } catch (SecureFeedParser.FeedParseException e) {
            // the feed document is the input here: it gets a reject record (once per distinct body, not once per retry)
            String sha = EventKeys.sha256(new String(body, StandardCharsets.ISO_8859_1));
            if (!sha.equals(f.lastRejectedBody)) {
                publisher.reject(Reject.of(f.spec, "unparseable-feed", e.getMessage() + " (" + body.length + " bytes)"));
                try {
                    publisher.flush();
                } catch (RuntimeException ex) {
                    throw new FeedError("unparseable, and the reject could not be sent: " + ex, null);
                }
                f.lastRejectedBody = sha;
                st.feedsRejected++;
            }
            throw new FeedError(e.getMessage(), null);
        }
        SyndFeed feed = parsed.feed();

        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Map<String, Item> newItems = new LinkedHashMap<>();
        List<SyndEntry> entries = feed.getEntries();
        List<String> links = parsed.atomLinks() != null && parsed.atomLinks().size() == entries.size() ? parsed.atomLinks() : null;
        for (int i = 0; i < entries.size(); i++) {
            Item it = item(f, entries.get(i), links == null ? null : links.get(i), today);
            if (state.isSeen(it.sourceId())) st.itemsAlreadySeen++;
            else newItems.putIfAbsent(it.sourceId(), it);
        }
        List<Item> todo = new ArrayList<>(newItems.values());
        todo.sort(Comparator.comparing(Item::published)); // oldest first: event-time order helps downstream lateness
        boolean complete = true;
        if (todo.size() > o.maxItemsPerPoll()) {
            List<Item> over = todo.subList(o.maxItemsPerPoll(), todo.size());
            log.warn("feed {}: {} new items, only {} handled this poll (the cap); {} left for the next poll", f.spec, todo.size(),
                    o.maxItemsPerPoll(), over.size());
            for (Item it : over) log.info("feed {}: item {} ({}) left for the next poll (over the cap)", f.spec, it.sourceId(), it.link());
            st.itemsOverCap += over.size();
            todo = new ArrayList<>(todo.subList(0, o.maxItemsPerPoll()));
            complete = false;
        }
        int handled = 0, deferred = 0;
        for (int from = 0; from < todo.size() && !closed; from += BATCH) {
            List<Item> batch = todo.subList(from, Math.min(todo.size(), from + BATCH));
            List<FeedState.SeenItem> done = new ArrayList<>();
            Deliveries sends = new Deliveries(publisher);
            Map<String, int[]> sent = new HashMap<>(); // source id → {events sent, acknowledged}
            try {
                for (Item it : batch) {
                    if (handle(f, it, st, sends, sent)) {
                        done.add(new FeedState.SeenItem(it.sourceId(), it.published().toString(), it.link()));
                        st.itemsNew++;
                    } else {
                        complete = false;
                        deferred++;
                        st.itemsDeferred++;
                    }
                }
                List<Deliveries.Settled> settled = sends.settle(); // flushes when anything was sent (the batch's rejects too)
                for (Deliveries.Settled x : settled) if (x.state() == Deliveries.State.ACKED) sent.get(x.delivery().source())[1]++;
                // rejects written since: send failures, or a batch without events
                if (settled.isEmpty() && !done.isEmpty() || Deliveries.count(settled, Deliveries.State.FAILED) > 0) publisher.flush();
            } catch (RuntimeException e) {
                throw new FeedError("publishing failed: " + e, null);
            }
            // an item whose events were all refused (send failed, oversized, …) ends as a reject: Deliveries wrote it
            for (int[] n : sent.values()) {
                st.events += n[1];
                if (n[1] > 0) st.itemsWithEvents++;
                else st.rejected++;
            }
            try {
                state.markSeen(done);
            } catch (IOException e) {
                throw new FeedError("cannot write state: " + e.getMessage(), null);
            }
            for (FeedState.SeenItem x : done) pageAttempts.remove(x.sourceId());
            handled += done.size();
            if (todo.size() > BATCH) log.info("feed {}: {}/{} new items handled", f.spec, from + batch.size(), todo.size());
        }
        if (closed && handled + deferred < todo.size()) complete = false;
        try {
            if (complete && fresh != null) state.saveValidators(f.spec, fresh);
        } catch (IOException e) {
            throw new FeedError("cannot write state: " + e.getMessage(), null);
        }
        return "ok: " + handled + " new" + (deferred > 0 ? ", " + deferred + " deferred" : "")
                + (st.itemsOverCap > 0 ? ", " + (todo.size() < newItems.size() ? newItems.size() - todo.size() : 0) + " over the cap" : "");
    }

    private Item item(FeedRun f, SyndEntry e, String atomLink, LocalDate today) {
        String link = atomLink != null ? atomLink : blankToNull(e.getLink());
        if (link == null && e.getLinks() != null && !e.getLinks().isEmpty()) link = blankToNull(e.getLinks().get(0).getHref());
        if (link != null && f.uri != null) {
            try {
                link = f.uri.resolve(link).toString();
            } catch (IllegalArgumentException ignored) {
                // keep as given
            }
        }
        String guid = blankToNull(e.getUri());
        String title = blankToNull(e.getTitle());
        String key = link != null ? link : guid != null ? guid : f.name() + "\n" + title;
        String sourceId = EventKeys.sha256(key).substring(0, 32);
        Date d = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
        LocalDate published = d == null ? today : LocalDate.ofInstant(d.toInstant(), ZoneOffset.UTC);
        String summary = null;
        SyndContent desc = e.getDescription();
        if (desc != null && desc.getValue() != null) summary = desc.getValue();
        else if (e.getContents() != null && !e.getContents().isEmpty()) summary = e.getContents().get(0).getValue();
        if (summary != null) summary = blankToNull(Jsoup.parse(summary).text());
        return new Item(sourceId, link, title == null ? null : Jsoup.parse(title).text(), published, summary);
    }

    /**
     * Handles one item: its events go to {@code sends} (settled by the caller, which counts the item by what Kafka
     * acknowledged, recorded in {@code sent}); no text, an extractor failure or a publication date in the future is
     * a reject, no event is logged with the source id. False = deferred (page temporarily unavailable), to be
     * retried next poll.
     */
    private boolean handle(FeedRun f, Item it, PollStats st, Deliveries sends, Map<String, int[]> sent) throws InterruptedException {
        String text = null;
        if (it.link() != null && (it.link().startsWith("http://") || it.link().startsWith("https://"))) {
            Page p = fetchPage(it.link());
            switch (p.outcome()) {
                case OK -> { st.pagesFetched++; text = p.text(); }
                case DISALLOWED -> st.pagesDisallowed++;
                case REFUSED -> { st.pagesRefused++; log.warn("page {} not fetched: {}; using the feed summary", it.link(), p.detail()); }
                case PERMANENT -> { st.pageErrors++; log.info("page {}: {}; using the feed summary", it.link(), p.detail()); }
                case TRANSIENT -> {
                    int n = pageAttempts.merge(it.sourceId(), 1, Integer::sum);
                    if (n < o.maxPageAttempts()) {
                        log.info("page {}: {}; will retry (attempt {})", it.link(), p.detail(), n);
                        return false;
                    }
                    st.pageErrors++;
                    log.warn("page {}: {} after {} attempts; using the feed summary", it.link(), p.detail(), n);
                }
            }
        }
        if (text == null || text.isBlank()) text = it.summary();
        if (text == null || text.isBlank()) {
            publisher.reject(Reject.of(it.sourceId(), "no-text", "no page text and no feed summary: " + it.link() + " (feed " + f.name() + ")"));
            st.rejected++;
            return true;
        }
        if (it.published().isAfter(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(1))) {
            publisher.reject(Reject.of(it.sourceId(), "publication date in the future", "published " + it.published()
                    + " is after today (UTC) + 1 day: " + it.link() + " (feed " + f.name() + ")"));
            st.rejected++;
            return true;
        }
        if (text.length() > Extractor.MAX_TEXT_CHARS) {
            String msg = "text cut: only the first " + Extractor.MAX_TEXT_CHARS + " of " + text.length() + " characters were read";
            log.warn("{} ({}): {}", it.sourceId(), it.link(), msg);
            publisher.reject(Reject.of(it.sourceId(), "truncated", msg + " (the extractor's limit); the rest was not searched for events: " + it.link()));
            st.truncated++;
            int keep = Extractor.MAX_TEXT_CHARS - (Character.isHighSurrogate(text.charAt(Extractor.MAX_TEXT_CHARS - 1)) ? 1 : 0);
            text = text.substring(0, keep);
        }
        Article a = new Article(it.sourceId(), it.title(), it.link(), it.published(), f.name(), text);
        List<Event> events;
        try {
            events = extractor.extract(a);
        } catch (RuntimeException e) {
            publisher.reject(Reject.of(it.sourceId(), "extract-failed", e.toString()));
            st.rejected++;
            log.warn("extractor failed on {} ({}): {}", it.sourceId(), it.link(), e.toString());
            return true;
        }
        if (events == null || events.isEmpty()) {
            st.noEvent++;
            log.info("no event found in {} ({})", it.sourceId(), it.link());
        } else {
            sent.computeIfAbsent(it.sourceId(), k -> new int[2])[0] += events.size();
            for (Event ev : events) sends.send(it.sourceId(), ev);
        }
        return true;
    }

    // ---- pages and robots.txt ---------------------------------------------------------------------------------

    private Page fetchPage(String link) throws InterruptedException {
        URI u;
        try {
            u = new URI(link);
        } catch (URISyntaxException e) {
            return new Page(PageOutcome.PERMANENT, null, "bad URL");
        }
        for (int hop = 0; hop <= 5; hop++) {
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || u.getHost() == null)
                return new Page(PageOutcome.PERMANENT, null, "not an http(s) URL: " + u);
            String refused = networks.refusal(u); // before robots.txt, which would be a request to the same host
            if (refused != null) return new Page(PageOutcome.REFUSED, null, (hop > 0 ? "redirected to " + u + ": " : "") + "refused: " + refused);
            Optional<Boolean> allowed = robotsAllow(u);
            if (allowed.isEmpty()) return new Page(PageOutcome.TRANSIENT, null, "robots.txt unavailable");
            if (!allowed.get()) return new Page(PageOutcome.DISALLOWED, null, "robots.txt disallows " + u);
            HttpResponse<InputStream> r;
            try {
                r = get(u, null, "text/html, application/xhtml+xml, text/plain;q=0.8");
            } catch (Refused e) {
                return new Page(PageOutcome.REFUSED, null, e.getMessage());
            } catch (FeedError e) {
                return new Page(PageOutcome.TRANSIENT, null, e.getMessage());
            }
            try (InputStream in = r.body()) {
                int s = r.statusCode();
                if (s >= 300 && s < 400 && r.headers().firstValue("Location").isPresent()) {
                    u = u.resolve(r.headers().firstValue("Location").get().trim());
                    continue;
                }
                if (s == 429 || s >= 500) return new Page(PageOutcome.TRANSIENT, null, "HTTP " + s);
                if (s != 200) return new Page(PageOutcome.PERMANENT, null, "HTTP " + s);
                String type = r.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
                boolean html = type.isEmpty() || type.startsWith("text/html") || type.startsWith("application/xhtml");
                if (!html && !type.startsWith("text/plain")) return new Page(PageOutcome.PERMANENT, null, "not HTML: " + type);
                byte[] bytes = readBounded(in, o.maxPageBytes(), false);
                String charset = charset(type);
                if (!html) return new Page(PageOutcome.OK, new String(bytes, charset == null ? StandardCharsets.UTF_8 : Charset.forName(charset)), null);
                String decoded = Jsoup.parse(new ByteArrayInputStream(bytes), charset, u.toString()).outerHtml();
                return new Page(PageOutcome.OK, htmlToText.apply(decoded), null);
            } catch (IOException | IllegalArgumentException e) {
                return new Page(PageOutcome.TRANSIENT, null, e.toString());
            }
        }
        return new Page(PageOutcome.PERMANENT, null, "too many redirects");
    }

    /** true/false, or empty when robots.txt could not be read (try later). */
    private Optional<Boolean> robotsAllow(URI u) throws InterruptedException {
        String key = origin(u);
        Instant now = clock.instant();
        RobotsEntry e = robots.get(key);
        if (e == null || now.isAfter(e.until())) {
            Robots rules = null;
            try {
                HttpResponse<InputStream> r = getFollowing(URI.create(key + "/robots.txt"), null, "text/plain");
                try (InputStream in = r.body()) {
                    int s = r.statusCode();
                    if (s == 200) rules = Robots.parse(new String(readBounded(in, 512 << 10, false), StandardCharsets.UTF_8), o.robotsToken());
                    else if (s >= 400 && s < 500) rules = Robots.ALLOW_ALL; // none: everything allowed
                }
            } catch (FeedError | IOException ex) {
                log.info("robots.txt of {}: {}", key, ex.getMessage());
            }
            // unavailable (5xx, unreachable): remembered for a short while so a poll asks once, not once per item
            Duration ttl = rules != null ? o.robotsTtl() : Duration.ofMinutes(10).compareTo(o.interval()) < 0 ? Duration.ofMinutes(10) : o.interval();
            e = new RobotsEntry(rules, now.plus(ttl));
            robots.put(key, e);
        }
        if (e.robots() == null) return Optional.empty();
        String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
        if (u.getRawQuery() != null) path += "?" + u.getRawQuery();
        return Optional.of(e.robots().allows(path));
    }

    private static String origin(URI u) {
        return u.getScheme().toLowerCase(Locale.ROOT) + "://" + u.getHost().toLowerCase(Locale.ROOT) + (u.getPort() >= 0 ? ":" + u.getPort() : "");
    }

    private static String charset(String contentType) {
        int i = contentType.indexOf("charset=");
        if (i < 0) return null;
        String c = contentType.substring(i + 8).split("[;\\s]")[0].replace("\"", "");
        try {
            return Charset.isSupported(c) ? c : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    // ---- HTTP ---------------------------------------------------------------------------------------------------

    /** GET with redirects followed by hand (feeds: no robots check). */
    private HttpResponse<InputStream> getFollowing(URI u, FeedState.Validators v, String accept) throws FeedError, InterruptedException {
        for (int hop = 0; hop <= 5; hop++) {
            HttpResponse<InputStream> r = get(u, v, accept);
            int s = r.statusCode();
            Optional<String> loc = r.headers().firstValue("Location");
            if (s >= 300 && s < 400 && s != 304 && loc.isPresent()) {
                try {
                    r.body().close();
                } catch (IOException ignored) {
                    // closing a redirect body
                }
                u = u.resolve(loc.get().trim());
                continue;
            }
            return r;
        }
        throw new FeedError("too many redirects", null);
    }

    private HttpResponse<InputStream> get(URI u, FeedState.Validators v, String accept) throws FeedError, InterruptedException {
        // every request, so every redirect hop: resolved, and refused when the address is not public (NetworkPolicy)
        String refused = u.getHost() == null ? null : networks.refusal(u);
        if (refused != null) throw new Refused("refused " + u + ": " + refused);
        politeWait(u);
        HttpRequest.Builder b = HttpRequest.newBuilder(u).GET().timeout(o.requestTimeout())
                .header("User-Agent", o.userAgent()).header("Accept", accept);
        if (v != null && v.etag() != null) b.header("If-None-Match", v.etag());
        if (v != null && v.lastModified() != null) b.header("If-Modified-Since", v.lastModified());
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException | IllegalArgumentException e) {
            throw new FeedError("GET " + u + ": " + e, null);
        } finally {
            lastRequest.put(hostKey(u), clock.instant());
        }
    }

    /** Waits until {@code minHostDelay} has passed since the last request to u's host. */
    private void politeWait(URI u) throws InterruptedException {
        Instant last = lastRequest.get(hostKey(u));
        if (last == null) return;
        Duration wait = Duration.between(clock.instant(), last.plus(o.minHostDelay()));
        if (!wait.isNegative() && !wait.isZero()) sleeper.sleep(wait);
    }

    private static String hostKey(URI u) { return (u.getHost() == null ? "" : u.getHost().toLowerCase(Locale.ROOT)) + ":" + u.getPort(); }

    private static Duration retryAfter(HttpResponse<?> r) {
        Optional<String> h = r.headers().firstValue("Retry-After");
        if (h.isEmpty()) return null;
        try {
            return Duration.ofSeconds(Long.parseLong(h.get().trim()));
        } catch (NumberFormatException e) {
            return null; // HTTP-date form: ignored, the normal backoff applies
        }
    }

    /** At most {@code max} bytes; over that: an error for feeds ({@code strict}), a truncation for pages. */
    private static byte[] readBounded(InputStream in, int max, boolean strict) throws IOException {
        try (in) {
            byte[] b = in.readNBytes(max + 1);
            if (b.length <= max) return b;
            if (strict) throw new IOException("larger than " + max + " bytes");
            return java.util.Arrays.copyOf(b, max);
        }
    }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s.trim(); }

    /** Number of items recorded as handled in the state directory. */
    public int seenCount() { return state.seenCount(); }

    @Override
    public void close() {
        closed = true;
        try {
            state.close();
        } catch (IOException e) {
            log.warn("closing feed state: {}", e.toString());
        }
    }
}
