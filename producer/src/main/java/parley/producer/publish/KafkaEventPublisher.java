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
import parley.model.Topics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Publishes events to the events topic: key = event_key, timestamp = event day 00:00 UTC (event time, never the
 * wall clock), idempotent with acks=all so retries never duplicate. Keyed by event_key, not by report id (a
 * deliberate deviation from CONTRACT.md §1, see the README): every report of one event lands in one partition, in the
 * order written here, so with several partitions duplicate ids and "the first accepted report defines the event"
 * are decided by one Streams task, exactly as with one partition. Every send is checked: a failed send is
 * remembered and {@link #flush()} throws, so nothing is lost silently.
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
        int requestMax = Integer.parseInt(String.valueOf(p.getOrDefault(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 1024 * 1024)).trim());
        this.maxBytes = Math.min(c.getInt("max.record.bytes"), requestMax - RECORD_OVERHEAD);
        String rf = c.get("producer.rejects.file");
        this.rejectsFile = rf.isBlank() ? null : Path.of(rf);
    }

    @Override
    public void publish(Event event) {
        byte[] value = Json.bytes(event);
        int budget = maxBytes - event.eventKey().getBytes(StandardCharsets.UTF_8).length; // key and value share one record
        if (value.length > budget) {
            value = budget <= 0 ? null : shrink(event, budget);
            if (value == null) {
                reject(Reject.of(event.source() == null ? "?" : event.source().id(), "oversized",
                        "event " + event.id() + " is over the record size limit of " + maxBytes + " bytes (max.record.bytes, "
                                + "capped by the producer's max.request.size) even without its evidence"));
                return;
            }
        }
        long ts = event.date().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        producer.send(new ProducerRecord<>(topics.events(), null, ts, event.eventKey(), value), (md, ex) -> {
            if (ex != null) failure.compareAndSet(null, ex);
            else published.incrementAndGet();
        });
    }

    /**
     * The event with the longest evidence prefix (plus the marker) whose JSON fits {@code budget}, or null when even
     * no evidence does not fit. A binary search on the prefix length: a char can take 1 to 12 bytes in the JSON
     * (escapes), so the excess in bytes says little about how many chars to cut. Never splits a surrogate pair.
     */
    private byte[] shrink(Event e, int budget) {
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
        r = new Reject(cut(r.source()), cut(r.reason()), cut(r.detail()), r.at());
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
