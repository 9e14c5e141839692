package parley.producer.publish;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import parley.config.ParleyConfig;
import parley.kafka.NoFutureTimestamps;
import parley.json.Json;
import parley.model.Event;
import parley.model.EventCodec;
import parley.model.InvalidEventException;
import parley.model.Topics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Publishes events to the events topic: key = event_key, timestamp = event day 00:00 UTC (event time, never the
 * wall clock), idempotent with acks=all so retries never duplicate. Keyed by event_key, not by report id (a
 * deliberate deviation from CONTRACT.md §1, see the README): every report of one event lands in one partition, in the
 * order written here, so with several partitions duplicate ids and "the first accepted report defines the event"
 * are decided by one Streams task, exactly as with one partition. Every send is checked: {@link #send} reports each
 * event's fate to the caller (who turns a failure into a reject, see {@link Deliveries}); for {@link #publish} a
 * failed send is remembered and {@link #flush()} throws, so nothing is lost silently. An event dated ahead of the
 * clock (tomorrow is valid) is stamped with the clock ({@link NoFutureTimestamps}), one older than the topic's
 * {@code message.timestamp.before.max.ms} is rejected as {@code too-old} before it is sent, and every event is
 * checked with {@link EventCodec#parse(byte[])}, the
 * validator the Streams app applies, so an event it would dead-letter is rejected ({@code invalid event}) instead.
 *
 * <p>Size rule: an event whose record (key + JSON value) exceeds {@code max.record.bytes} has its evidence cut to fit
 * (marked with "…[truncated]"); if it still does not fit it is rejected with reason {@code oversized}. The limit is
 * never above what the Kafka producer accepts ({@code max.request.size} less {@value #RECORD_OVERHEAD} bytes of
 * record and batch overhead), so a large event is cut or rejected here and can never fail later as a send error.
 */
public final class KafkaEventPublisher implements EventPublisher {
    public static final String TRUNCATED = "…[truncated]";
    /** Room kept below max.request.size for the record and batch headers Kafka adds around key and value. */
    static final int RECORD_OVERHEAD = 4096;
    /** A reject's source and detail are cut to this many characters: a reject must never be too large to send. */
    static final int REJECT_TEXT_MAX = 2000;

    private final KafkaProducer<String, byte[]> producer;
    private final Topics topics;
    private final int maxBytes;
    private final Path rejectsFile;
    private final AtomicReference<Exception> failure = new AtomicReference<>();
    private final AtomicLong published = new AtomicLong();
    private final long maxBehindMs;
    private final Clock clock = Clock.systemUTC();
    static final long SKEW_MARGIN_MS = 60_000L;
    private final AtomicLong rejected = new AtomicLong();

    /**
     * The event producer's client settings: the {@code producer.*} passthrough over idempotent, acks=all, linger 10 ms,
     * 64 KB batches, lz4. The benchmark's raw limit uses the same, so it measures what parley's producer would do.
     */
    public static Map<String, Object> producerSettings(ParleyConfig c) {
        Map<String, Object> p = new HashMap<>(c.kafka("producer"));
        p.putIfAbsent(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.putIfAbsent(ProducerConfig.ACKS_CONFIG, "all");
        p.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 10);
        p.putIfAbsent(ProducerConfig.BATCH_SIZE_CONFIG, 64 * 1024);
        p.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        // an event dated tomorrow (allowed by CONTRACT.md §1) would be refused by the broker: stamp it now instead
        p.putIfAbsent(ProducerConfig.INTERCEPTOR_CLASSES_CONFIG, NoFutureTimestamps.class.getName());
        return p;
    }

    public KafkaEventPublisher(ParleyConfig c) {
        Map<String, Object> p = producerSettings(c);
        p.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "parley-producer");
        this.producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
        this.topics = Topics.from(c);
        this.maxBytes = maxRecordBytes(c);
        String rf = c.get("producer.rejects.file");
        this.rejectsFile = rf.isBlank() ? null : Path.of(rf);
        this.maxBehindMs = maxBehindMs(c, topics.events());
    }

    /**
     * How far behind the wall clock the broker accepts record timestamps on the events topic: the topic's
     * {@code message.timestamp.before.max.ms} when the cluster answers within a few seconds, else unbounded (Kafka's
     * default; with LogAppendTime the broker refuses nothing). Events older than that are rejected before sending
     * ({@code too-old}), never sent to fail with the batch around them. Timestamps ahead of the clock need no check:
     * {@link NoFutureTimestamps} stamps such records with the clock.
     */
    static long maxBehindMs(ParleyConfig c, String topic) {
        long before = Long.MAX_VALUE / 2;
        Map<String, Object> ap = new HashMap<>(c.kafka("admin"));
        ap.put("request.timeout.ms", 5000);
        ap.put("default.api.timeout.ms", 5000);
        try (Admin admin = Admin.create(ap)) {
            ConfigResource r = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            Config tc = admin.describeConfigs(List.of(r)).all().get(5, TimeUnit.SECONDS).get(r);
            ConfigEntry type = tc.get("message.timestamp.type");
            if (type != null && "LogAppendTime".equals(type.value())) return before;
            ConfigEntry b = tc.get("message.timestamp.before.max.ms");
            if (b != null && b.value() != null) before = Math.min(Long.parseLong(b.value()), before);
        } catch (Exception e) { // topic not there yet, no permission, old broker: keep the default
            if (e instanceof InterruptedException) Thread.currentThread().interrupt();
        }
        return before - SKEW_MARGIN_MS; // a minute of margin for clock skew between this host and the broker
    }

    /** The record size limit for a configuration: max.record.bytes, capped by the producer's max.request.size. */
    public static int maxRecordBytes(ParleyConfig c) {
        Map<String, Object> p = producerSettings(c);
        int requestMax = Integer.parseInt(String.valueOf(p.getOrDefault(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 1024 * 1024)).trim());
        return Math.min(c.getInt("max.record.bytes"), requestMax - RECORD_OVERHEAD);
    }

    /**
     * The record value the producer sends for an event under the size rule: its JSON, with the evidence cut to fit
     * when needed; null when it does not fit even without evidence (then it is rejected as oversized, see
     * {@link #oversized}). `parley extract` prints exactly this.
     */
    public static byte[] recordValue(Event event, int maxBytes) {
        byte[] value = Json.bytes(event);
        int budget = maxBytes - event.eventKey().getBytes(StandardCharsets.UTF_8).length; // key and value share one record
        if (value.length <= budget) return value;
        return budget <= 0 ? null : shrink(event, budget);
    }

    /** The reject for an event {@link #recordValue} found too large. */
    public static Reject oversized(Event event, int maxBytes) {
        return oversized(event, maxBytes, event.source() == null ? "?" : event.source().id(), null);
    }

    /** As {@link #oversized(Event, int)}, keyed {@code source} and carrying the {@code original} input line. */
    static Reject oversized(Event event, int maxBytes, String source, String original) {
        return Reject.of(source, "oversized", "event " + event.id() + " is over the record size limit of " + maxBytes
                + " bytes (max.record.bytes, capped by the producer's max.request.size) even without its evidence", original);
    }

    @Override
    public void publish(Event event) {
        send(event).whenComplete((ok, ex) -> {
            if (ex != null) failure.compareAndSet(null, ex instanceof Exception e ? e : new IllegalStateException(ex));
        });
    }

    @Override
    public CompletableFuture<Boolean> send(Event event) { return send(event, event.source() == null ? "?" : event.source().id(), null); }

    @Override
    public CompletableFuture<Boolean> send(Event event, String source, String original) {
        long ts = event.date().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        long now = clock.millis();
        if (ts < now - maxBehindMs) {
            reject(Reject.of(source, "too-old", "event " + event.id() + " dated " + event.date() + ": its record timestamp "
                    + Instant.ofEpochMilli(ts) + " is more than " + Duration.ofMillis(maxBehindMs) + " before now, which the"
                    + " broker refuses (topic setting message.timestamp.before.max.ms)", original));
            return CompletableFuture.completedFuture(false);
        }
        byte[] value = recordValue(event, maxBytes);
        if (value == null) {
            reject(oversized(event, maxBytes, source, original));
            return CompletableFuture.completedFuture(false);
        }
        try {
            // the Streams app's own validator on the exact bytes it will read: what it would dead-letter is a reject here
            EventCodec.parse(value);
        } catch (InvalidEventException e) {
            reject(Reject.of(source, "invalid event", "event " + event.id() + ": " + e.getMessage()
                    + " (the Streams app would send it to the dead-letter topic)", original));
            return CompletableFuture.completedFuture(false);
        }
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        try {
            producer.send(new ProducerRecord<>(topics.events(), null, ts, event.eventKey(), value), (md, ex) -> {
                if (ex != null) done.completeExceptionally(ex);
                else {
                    published.incrementAndGet();
                    done.complete(true);
                }
            });
        } catch (RuntimeException ex) { // serialization, buffer exhausted, producer closed: the same outcome as a failed send
            done.completeExceptionally(ex);
        }
        return done;
    }

    /**
     * The event with the longest evidence prefix (plus the marker) whose JSON fits {@code budget}, or null when even
     * no evidence does not fit. A binary search on the prefix length: a char can take 1 to 12 bytes in the JSON
     * (escapes), so the excess in bytes says little about how many chars to cut. Never splits a surrogate pair.
     */
    private static byte[] shrink(Event e, int budget) {
        String ev = e.evidence() == null ? "" : e.evidence();
        byte[] none = Json.bytes(withEvidence(e, null));
        if (none.length > budget) return null;
        int lo = 0, hi = ev.length(); // invariant: a prefix of lo chars fits (0 = no evidence); hi is the upper bound
        byte[] best = none;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            int keep = mid > 0 && Character.isHighSurrogate(ev.charAt(mid - 1)) ? mid - 1 : mid;
            byte[] b = keep == 0 ? none : Json.bytes(withEvidence(e, ev.substring(0, keep) + TRUNCATED));
            if (b.length <= budget) {
                lo = mid;
                best = b;
            } else hi = mid - 1;
        }
        return best;
    }

    private static Event withEvidence(Event e, String evidence) {
        return new Event(e.schema(), e.id(), e.eventKey(), e.kind(), e.date(), e.datePrecision(), e.actor(),
                e.counterpart(), e.place(), e.about(), e.source(), evidence, e.confidence(), e.extractor(), e.extra());
    }

    @Override
    public void reject(Reject r) {
        rejected.incrementAndGet();
        r = new Reject(cut(r.source()), cut(r.reason()), cut(r.detail()), r.at(), cut(r.original()));
        byte[] value = Json.bytes(r);
        producer.send(new ProducerRecord<>(topics.rejects(), r.source(), value), (md, ex) -> {
            if (ex != null) failure.compareAndSet(null, ex);
        });
        if (rejectsFile != null) {
            try {
                if (rejectsFile.getParent() != null) Files.createDirectories(rejectsFile.getParent());
                Files.write(rejectsFile, (Json.string(r) + "\n").getBytes(StandardCharsets.UTF_8),
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot append to the rejects file " + rejectsFile, e);
            }
        }
    }

    private static String cut(String s) {
        if (s == null || s.length() <= REJECT_TEXT_MAX) return s;
        int keep = REJECT_TEXT_MAX;
        if (Character.isHighSurrogate(s.charAt(keep - 1))) keep--;
        return s.substring(0, keep) + TRUNCATED;
    }

    /** The record size limit in force: max.record.bytes, capped by the producer's max.request.size. */
    public int maxRecordBytes() { return maxBytes; }

    @Override
    public void flush() {
        producer.flush();
        Exception ex = failure.get();
        if (ex != null) throw new IllegalStateException("a send to Kafka failed: " + ex.getMessage(), ex);
    }

    public long published() { return published.get(); }

    public long rejected() { return rejected.get(); }

    @Override
    public void close() {
        try {
            flush();
        } finally {
            producer.close();
        }
    }
}
