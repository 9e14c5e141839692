package parley.streams.dedup;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import parley.json.Json;
import parley.model.AcceptedEvent;
import parley.model.Role;
import parley.streams.intake.AcceptedReport;
import parley.streams.intake.LateRecords;
import parley.streams.metrics.TaskCounter;
import parley.streams.state.DayStores;
import parley.streams.state.FilteredDayStore;
import parley.streams.time.Days;
import parley.streams.time.StreamDay;

import java.util.Arrays;
import java.util.Map;

/**
 * Runs keyed by event_key: the first accepted report of an event defines its countries, roles and pairs
 * (CONTRACT.md §1); later reports only add a mention. Emits {@link Delta}s keyed by entity, and publishes what it
 * decided: per accepted report, the event as the counts see it ({@link AcceptedEvent}: the first report's fields with
 * every accepted report id merged in) to the accepted-events topic, keyed by event_key, timestamped with the event day.
 *
 * <p>Entries are keyed {@code day|event_key} and purged once their day is before stream day − grace: no report
 * of such an event can be accepted any more. An entry holds the counting part ({@link AcceptedReport#encode()}),
 * a newline, and the event's latest accepted-events record (JSON). Entries written before the accepted-events topic
 * existed hold only the counting part: their later reports are counted but not published.
 */
public final class DedupProcessor implements Processor<String, AcceptedReport, String, Object> {
    private static final Logger log = LoggerFactory.getLogger(DedupProcessor.class);
    public static final String EVENTS_BY_KEY = "events-by-key";
    public static final String STREAM_DAY = "dedup-stream-day";
    /** Child node names ({@code next} is the engagement stage, or the sink to the re-keying topic in front of it). */
    public static final String TO_LATE = "dedup-late-sink";
    public static final String TO_ACCEPTED = "accepted-sink";
    public static final String STAGE = "dedup";

    private final int graceDays;
    private final String next;
    private final AcceptedReport.AcceptedReportSerde serde = new AcceptedReport.AcceptedReportSerde();
    private ProcessorContext<String, Object> context;
    private FilteredDayStore events;
    private StreamDay streamDay;
    private TaskCounter late;

    public DedupProcessor(int graceDays, String next) {
        this.graceDays = graceDays;
        this.next = next;
    }

    /**
     * No record cache: an entry is rewritten only by a later report of its event, so the cache would mostly add a
     * sorted-map put per record; {@link FilteredDayStore} spares the reads of events never seen.
     */
    public static StoreBuilder<KeyValueStore<Bytes, byte[]>> eventsStore(boolean inMemory) {
        return DayStores.bytes(EVENTS_BY_KEY, inMemory).withCachingDisabled();
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
        this.events = new FilteredDayStore(context.getStateStore(EVENTS_BY_KEY));
        this.streamDay = new StreamDay(context.getStateStore(STREAM_DAY));
        this.late = TaskCounter.register(context, TaskCounter.LATE);
    }

    @Override
    public void process(Record<String, AcceptedReport> record) {
        AcceptedReport report = record.value();
        int day = report.day();
        int s = streamDay.follow(day, (from, to) -> {
            if (from != null) events.dropDays(from - graceDays, to - graceDays);
        });
        if (day < s - graceDays) {
            // A guard: accept runs in the same task with a stream day at least this one, so it has found every such
            // report late already. Were one to get here, its event's entry may be purged and counting it could count
            // it twice: say so instead.
            var n = LateRecords.late(STAGE, day, s, graceDays);
            n.put("event_key", record.key());
            context.forward(new Record<String, Object>(record.key(), Json.bytes(n), record.timestamp(), new RecordHeaders()), TO_LATE);
            late.increment();
            log.warn("report of {} is late at the dedup stage (stream day {}), not counted", record.key(), Days.date(s));
            return;
        }
        byte[] known = events.get(day, record.key());
        if (known == null) {
            byte[] accepted = report.event() == null ? null : AcceptedEvent.first(report.event()).toJson();
            events.put(day, record.key(), entry(serde.serialize(null, report), accepted));
            for (Map.Entry<String, Role> c : report.countries().entrySet())
                emit(Delta.country(c.getKey()), Delta.newEvent(day, report.kind(), c.getValue()), record.timestamp());
            for (String p : report.pairs()) emit(Delta.pair(p), Delta.newEvent(day, report.kind(), null), record.timestamp());
            publish(record.key(), accepted, day);
        } else {
            int nl = indexOf(known, (byte) '\n');
            byte[] head = nl < 0 ? known : Arrays.copyOf(known, nl);
            AcceptedReport first = serde.deserialize(null, head);
            Delta mention = Delta.mention(day);
            for (String c : first.countries().keySet()) emit(Delta.country(c), mention, record.timestamp());
            for (String p : first.pairs()) emit(Delta.pair(p), mention, record.timestamp());
            if (nl >= 0 && report.event() != null) {
                byte[] accepted = AcceptedEvent.plusJson(Arrays.copyOfRange(known, nl + 1, known.length), report.event());
                events.put(day, record.key(), entry(head, accepted)); // the counting part as stored: no re-encoding
                publish(record.key(), accepted, day);
            }
        }
    }

    /** A store entry: the counting part ({@code head}), then (when known) a newline and the accepted-events record. */
    private static byte[] entry(byte[] head, byte[] accepted) {
        if (accepted == null) return head;
        byte[] out = Arrays.copyOf(head, head.length + 1 + accepted.length);
        out[head.length] = '\n';
        System.arraycopy(accepted, 0, out, head.length + 1, accepted.length);
        return out;
    }

    private static int indexOf(byte[] b, byte x) {
        for (int i = 0; i < b.length; i++) if (b[i] == x) return i;
        return -1;
    }

    /** The event as the counts now see it, to the accepted-events topic (key event_key, timestamp = event day). */
    private void publish(String eventKey, byte[] accepted, int day) {
        if (accepted == null) return;
        context.forward(new Record<String, Object>(eventKey, accepted, Days.timestamp(day), new RecordHeaders()), TO_ACCEPTED);
    }

    private void emit(String entity, Delta d, long timestamp) {
        context.forward(new Record<String, Object>(entity, d, timestamp, new RecordHeaders()), next);
    }

    @Override
    public void close() {
        if (late != null) late.close();
    }
}
