package parley.streams.intake;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import parley.model.Event;
import parley.streams.metrics.TaskCounter;
import parley.streams.state.DayStores;
import parley.streams.state.FilteredDayStore;
import parley.streams.time.Days;
import parley.streams.time.StreamDay;
import parley.streams.watermark.Watermark;

import java.time.Duration;


/**
 * Runs in the source task (records keyed by report id): advances the stream day, sends late events to the late
 * topic (CONTRACT.md §3, checked before duplicate ids), ignores already-accepted report ids, and forwards the rest
 * re-keyed by event_key.
 *
 * <p>Accepted ids are keyed {@code day|id} (a report id hashes its date, so a repeat has the same day) so that days
 * no report can be accepted for any more (before stream day − grace) are purged by a range delete.
 */
public final class AcceptProcessor implements Processor<String, Parsed, String, Object> {
    public static final String ACCEPTED_IDS = "accepted-ids";
    public static final String STREAM_DAY = "intake-stream-day";
    /** Child node names ({@code next} is the dedup stage, or the sink to the re-keying topic in front of it). */
    public static final String TO_LATE = "late-sink";

    private static final byte[] PRESENT = {1};

    private final int graceDays;
    private final String next;
    private final boolean singleTask;
    private final RecordBudget budget;
    private final String watermarkTo;
    private ProcessorContext<String, Object> context;
    private FilteredDayStore acceptedIds;
    private StreamDay streamDay;
    private TaskCounter late;
    private TaskCounter duplicates;
    private TaskCounter accepted;

    /**
     * @param next       the child node accepted reports go to
     * @param singleTask true when {@code next} is the dedup stage itself (no re-keying): only right with one input
     *                   partition, which {@link #init} checks
     */
    public AcceptProcessor(int graceDays, String next, boolean singleTask, int maxRecordBytes) {
        this(graceDays, next, singleTask, maxRecordBytes, null);
    }

    /**
     * @param watermarkTo with several partitions, the child (the sink to the deltas topic) that this task's stream
     *                    day goes to as a {@link Watermark}, on every change and every {@link #WATERMARK_INTERVAL}
     */
    public AcceptProcessor(int graceDays, String next, boolean singleTask, int maxRecordBytes, String watermarkTo) {
        this.graceDays = graceDays;
        this.next = next;
        this.singleTask = singleTask;
        this.budget = new RecordBudget(maxRecordBytes);
        this.watermarkTo = watermarkTo;
    }

    /**
     * How often the stream day is sent again though it did not change. The engagement stage keeps what it received in
     * a changelogged store, so this is a heartbeat for a downstream task whose state was lost, not a timer anything
     * waits for.
     */
    public static final Duration WATERMARK_INTERVAL = Duration.ofSeconds(30);

    /**
     * No record cache: every id is written once and read back only for a repeat, so the cache would only add a
     * sorted-map put per record; {@link FilteredDayStore} spares the reads of ids never seen.
     */
    public static StoreBuilder<KeyValueStore<Bytes, byte[]>> acceptedIdsStore(boolean inMemory) {
        return DayStores.bytes(ACCEPTED_IDS, inMemory).withCachingDisabled();
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        if (singleTask && context.taskId().partition() != 0)
            throw new IllegalStateException("the events topic has more than one partition, but the topology was built"
                    + " for one (no re-keying): set topic.partitions to the topic's partition count and restart");
        this.context = context;
        this.acceptedIds = new FilteredDayStore(context.getStateStore(ACCEPTED_IDS));
        this.streamDay = new StreamDay(context.getStateStore(STREAM_DAY));
        this.late = TaskCounter.register(context, TaskCounter.LATE);
        this.duplicates = TaskCounter.register(context, TaskCounter.DUPLICATE_IDS);
        this.accepted = TaskCounter.register(context, TaskCounter.ACCEPTED);
        if (watermarkTo != null) context.schedule(WATERMARK_INTERVAL, PunctuationType.WALL_CLOCK_TIME, now -> sendWatermark());
    }

    /** This task's stream day to every partition of the deltas topic (see {@link Watermark}). */
    private void sendWatermark() {
        Integer s = streamDay.get();
        if (s == null) return;
        Watermark w = new Watermark(context.taskId().partition(), s);
        context.forward(new Record<String, Object>(w.key(), w, Days.timestamp(s), new RecordHeaders()), watermarkTo);
    }

    @Override
    public void process(Record<String, Parsed> record) {
        Event e = record.value().event();
        int day = Days.of(e.date());
        int s = streamDay.follow(day, (from, to) -> {
            if (from != null) acceptedIds.dropDays(from - graceDays, to - graceDays);
            // before this record's deltas, as with one task: the day moves, then the record counts
            if (watermarkTo != null) sendWatermark();
        });
        if (day < s - graceDays) {
            Headers headers = RecordBudget.carried(record.headers());
            String key = RecordBudget.key(e.id(), headers);
            var n = LateRecords.late(LateRecords.INTAKE, day, s, graceDays);
            addOrigin(n, record.headers());
            byte[] json = LateRecords.withEvent(n, record.value().raw(), budget.room(key, headers));
            context.forward(new Record<String, Object>(key, json, record.timestamp(), headers), TO_LATE);
            late.increment();
            return;
        }
        if (acceptedIds.get(day, e.id()) != null) {
            duplicates.increment();
            return;
        }
        acceptedIds.put(day, e.id(), PRESENT);
        accepted.increment();
        context.forward(new Record<String, Object>(e.eventKey(), AcceptedReport.of(e), record.timestamp(), new RecordHeaders()), next);
    }

    /**
     * Where the record was read on the events topic: its own coordinates, or those a re-keyed record carries (only
     * when they name another topic than the one it was read from: a record on the events topic itself cannot pass
     * off another record's coordinates as its own).
     */
    private void addOrigin(com.fasterxml.jackson.databind.node.ObjectNode late, Headers headers) {
        String topic = header(headers, ValidateProcessor.HEADER_ORIGIN_TOPIC);
        String partition = header(headers, ValidateProcessor.HEADER_ORIGIN_PARTITION);
        String offset = header(headers, ValidateProcessor.HEADER_ORIGIN_OFFSET);
        String readFrom = context.recordMetadata().map(m -> m.topic()).orElse(null);
        if (topic != null && partition != null && offset != null && !topic.equals(readFrom)) {
            try {
                LateRecords.withOrigin(late, topic, Integer.parseInt(partition), Long.parseLong(offset));
                return;
            } catch (NumberFormatException ignored) { /* not ours: use the record's own coordinates */ }
        }
        context.recordMetadata().ifPresent(m -> LateRecords.withOrigin(late, m.topic(), m.partition(), m.offset()));
    }

    private static String header(Headers headers, String name) {
        var h = headers.lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        if (late != null) late.close();
        if (duplicates != null) duplicates.close();
        if (accepted != null) accepted.close();
    }
}
