package parley.streams.topology;

import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import parley.json.Json;
import parley.model.EngagementRow;
import parley.streams.StreamsSettings;
import parley.streams.dedup.DedupProcessor;
import parley.streams.engagement.EngagementProcessor;
import parley.streams.intake.AcceptProcessor;
import parley.streams.intake.Parsed;
import parley.streams.intake.ParsedDeserializer;
import parley.streams.intake.ValidateProcessor;
import parley.streams.time.EventTimestampExtractor;
import parley.streams.time.StreamDay;
import parley.streams.watermark.ToAllPartitions;
import parley.streams.watermark.UpstreamDays;
import parley.streams.watermark.Watermark;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The several-partitions topology run the way Kafka runs it, which TopologyTestDriver cannot (it has one partition per
 * topic): N intake tasks (validate → accept → dedup, one per events partition) and N engagement tasks (one per
 * partition of the deltas topic), each with its own stores, fed from per-partition queues. Records a task writes are
 * appended to the target partition's queue at once, in the order written (what a partition guarantees); which task
 * runs next, and for how many records, is drawn at random with skewed weights, so partitions drift far apart in
 * event time, as under a backlog. Within an intake task the two input partitions (events, events-by-key) are read
 * in timestamp order, as Streams does.
 */
final class PartitionedRun {
    record Input(String topic, int partition, long offset, String key, byte[] value) { }

    private final StreamsSettings settings;
    private final int n;
    private final Random rnd;
    private final List<IntakeTask> intake = new ArrayList<>();
    private final List<EngagementTask> engagement = new ArrayList<>();
    private final long[] eventsOffsets;
    private final long[] byKeyOffsets;
    final Map<String, EngagementRow> latestLive = new HashMap<>();
    final Map<String, EngagementRow> finals = new HashMap<>();
    final List<String> intakeLateIds = new ArrayList<>();
    final List<String> otherLate = new ArrayList<>();
    /** Records dedup published to the accepted-events topic (one per accepted report). */
    int acceptedRecords;
    final List<String> deadLetterKeys = new ArrayList<>();
    int maxDriftDays;
    int restarts;
    long liveRecords;

    PartitionedRun(StreamsSettings settings, long seed) {
        this.settings = settings;
        this.n = settings.partitions();
        this.rnd = new Random(seed);
        this.eventsOffsets = new long[n];
        this.byKeyOffsets = new long[n];
        for (int p = 0; p < n; p++) {
            intake.add(new IntakeTask(p));
            engagement.add(new EngagementTask(p));
        }
    }

    /** Appends a record the producer wrote to its partition of the events topic (default partitioner). */
    void produce(String key, byte[] value) {
        int p = ToAllPartitions.byKey(key, n);
        intake.get(p).events.add(new Input(settings.topics().events(), p, eventsOffsets[p]++, key, value));
    }

    boolean idle() {
        return intake.stream().allMatch(t -> t.events.isEmpty() && t.byKey.isEmpty()) && engagement.stream().allMatch(t -> t.deltas.isEmpty());
    }

    /**
     * Runs one randomly chosen task with pending input for a batch of records. {@code weights} are per task (intake
     * tasks first, then engagement tasks): the relative speeds.
     */
    void step(double[] weights) {
        double total = 0;
        for (int i = 0; i < 2 * n; i++) if (hasWork(i)) total += weights[i];
        if (total == 0) return;
        double x = rnd.nextDouble() * total;
        int chosen = -1;
        for (int i = 0; i < 2 * n; i++) {
            if (!hasWork(i)) continue;
            chosen = i;
            x -= weights[i];
            if (x < 0) break;
        }
        if (chosen >= n && rnd.nextInt(400) == 0) engagement.get(chosen - n).restart();
        int batch = 1 + rnd.nextInt(30);
        for (int b = 0; b < batch && hasWork(chosen); b++) {
            if (chosen < n) intake.get(chosen).next();
            else engagement.get(chosen - n).next();
        }
        trackDrift();
    }

    void runToEnd(double[] weights) {
        while (!idle()) step(weights);
    }

    private boolean hasWork(int i) {
        return i < n ? !intake.get(i).events.isEmpty() || !intake.get(i).byKey.isEmpty() : !engagement.get(i - n).deltas.isEmpty();
    }

    private void trackDrift() {
        Integer lo = null, hi = null;
        for (IntakeTask t : intake) {
            Integer d = t.streamDay();
            if (d == null) continue;
            lo = lo == null ? d : Math.min(lo, d);
            hi = hi == null ? d : Math.max(hi, d);
        }
        if (lo != null) maxDriftDays = Math.max(maxDriftDays, hi - lo);
    }

    private static MockProcessorContext<String, Object> context(int subtopology, int partition) {
        Properties p = new Properties();
        p.put("application.id", "partitioned-run");
        p.put("bootstrap.servers", "unused:9092");
        MockProcessorContext<String, Object> ctx = new MockProcessorContext<>(p, new TaskId(subtopology, partition), null);
        ctx.setCurrentSystemTimeMs(1_767_225_600_000L);
        return ctx;
    }

    private static <S extends KeyValueStore<?, ?>> void store(StoreBuilder<S> b, MockProcessorContext<String, Object> ctx) {
        S s = b.withLoggingDisabled().withCachingDisabled().build();
        s.init(ctx.getStateStoreContext(), s);
        ctx.addStateStore(s);
    }

    private final class IntakeTask {
        final int partition;
        final ArrayDeque<Input> events = new ArrayDeque<>();
        final ArrayDeque<Input> byKey = new ArrayDeque<>();
        final MockProcessorContext<String, Object> validateCtx;
        final MockProcessorContext<String, Object> acceptCtx;
        final MockProcessorContext<String, Object> dedupCtx;
        final ValidateProcessor validate = new ValidateProcessor(settings.maxRecordBytes(), EngagementTopology.TO_EVENTS_BY_KEY);
        final AcceptProcessor accept = new AcceptProcessor(settings.graceDays(), EngagementTopology.DEDUP, false,
                settings.maxRecordBytes(), EngagementTopology.TO_DELTAS_BY_ENTITY);
        final DedupProcessor dedup = new DedupProcessor(settings.graceDays(), EngagementTopology.TO_DELTAS_BY_ENTITY);
        final ParsedDeserializer parser = new ParsedDeserializer();
        final EventTimestampExtractor extractor = new EventTimestampExtractor();
        long partitionTime = -1;

        IntakeTask(int partition) {
            this.partition = partition;
            validateCtx = context(0, partition);
            acceptCtx = context(0, partition);
            dedupCtx = context(0, partition);
            store(AcceptProcessor.acceptedIdsStore(true), acceptCtx);
            store(StreamDay.store(AcceptProcessor.STREAM_DAY, true), acceptCtx);
            store(DedupProcessor.eventsStore(true), dedupCtx);
            store(StreamDay.store(DedupProcessor.STREAM_DAY, true), dedupCtx);
            validate.init(validateCtx);
            accept.init(acceptCtx);
            dedup.init(dedupCtx);
        }

        Integer streamDay() {
            KeyValueStore<String, Integer> s = acceptCtx.getStateStore(AcceptProcessor.STREAM_DAY);
            return s.get("stream_day");
        }

        /** The next record: of the two input partitions, the one whose head has the smaller timestamp. */
        void next() {
            Input in;
            if (byKey.isEmpty()) in = events.poll();
            else if (events.isEmpty()) in = byKey.poll();
            else in = timestamp(byKey.peek()) < timestamp(events.peek()) ? byKey.poll() : events.poll();
            Parsed parsed = parser.deserialize(in.topic(), in.value());
            long ts = timestamp(in);
            partitionTime = Math.max(partitionTime, ts);
            validateCtx.setRecordMetadata(in.topic(), in.partition(), in.offset());
            acceptCtx.setRecordMetadata(in.topic(), in.partition(), in.offset());
            dedupCtx.setRecordMetadata(in.topic(), in.partition(), in.offset());
            validate.process(new Record<>(in.key(), parsed, ts));
            for (var f : drain(validateCtx)) {
                String child = f.childName().orElseThrow();
                if (child.equals(ValidateProcessor.TO_DEAD_LETTERS)) deadLetterKeys.add(f.record().key());
                else if (child.equals(EngagementTopology.TO_EVENTS_BY_KEY)) {
                    int p = ToAllPartitions.byKey(f.record().key(), n);
                    intake.get(p).byKey.add(new Input(settings.eventsByKeyTopic(), p, byKeyOffsets[p]++, f.record().key(), ((Parsed) f.record().value()).raw()));
                } else accept(f.record());
            }
        }

        private long timestamp(Input in) {
            Parsed p = parser.deserialize(in.topic(), in.value());
            return extractor.extract(new org.apache.kafka.clients.consumer.ConsumerRecord<>(in.topic(), in.partition(), in.offset(), in.key(), p), partitionTime);
        }

        @SuppressWarnings("unchecked")
        private void accept(Record<String, Object> r) {
            accept.process((Record<String, Parsed>) (Record<?, ?>) r);
            for (var f : drain(acceptCtx)) {
                String child = f.childName().orElseThrow();
                if (child.equals(AcceptProcessor.TO_LATE)) {
                    intakeLateIds.add(f.record().key());
                } else if (child.equals(EngagementTopology.TO_DELTAS_BY_ENTITY)) {
                    toDeltas(f.record());
                } else {
                    dedup.process((Record<String, parley.streams.intake.AcceptedReport>) (Record<?, ?>) f.record());
                    for (var g : drain(dedupCtx)) {
                        String to = g.childName().orElseThrow();
                        if (to.equals(DedupProcessor.TO_LATE)) otherLate.add(new String((byte[]) g.record().value(), java.nio.charset.StandardCharsets.UTF_8));
                        else if (to.equals(DedupProcessor.TO_ACCEPTED)) acceptedRecords++;
                        else toDeltas(g.record());
                    }
                }
            }
            if (rnd.nextInt(200) == 0) { // the wall-clock punctuation: the same watermark again
                acceptCtx.scheduledPunctuators().get(0).getPunctuator().punctuate(0L);
                for (var f : drain(acceptCtx)) toDeltas(f.record());
            }
        }

        private void toDeltas(Record<String, Object> r) {
            var parts = new ToAllPartitions().partitions(settings.deltasByEntityTopic(), r.key(), r.value(), n).orElseThrow();
            if (r.value() instanceof Watermark) assertThat(parts).hasSize(n);
            for (int p : parts) engagement.get(p).deltas.add(r);
        }
    }

    private final class EngagementTask {
        final ArrayDeque<Record<String, Object>> deltas = new ArrayDeque<>();
        final MockProcessorContext<String, Object> ctx;
        EngagementProcessor processor = new EngagementProcessor(settings.windows(), settings.graceDays(), settings.partitions());

        EngagementTask(int partition) {
            ctx = context(1, partition);
            store(EngagementProcessor.dailyStore(true), ctx);
            store(StreamDay.store(EngagementProcessor.STREAM_DAY, true), ctx);
            store(UpstreamDays.store(true), ctx);
            processor.init(ctx);
        }

        /**
         * A restart on the same state (the rows store is rebuilt from the daily counts up to the stream day, with
         * counts ahead of it waiting in the daily store).
         */
        void restart() {
            processor.close();
            processor = new EngagementProcessor(settings.windows(), settings.graceDays(), settings.partitions());
            processor.init(ctx);
            restarts++;
        }

        void next() {
            processor.process(deltas.poll());
            for (var f : drain(ctx)) {
                String child = f.childName().orElseThrow();
                byte[] value = (byte[]) f.record().value();
                if (child.equals(EngagementProcessor.TO_LATE)) {
                    otherLate.add(new String(value, java.nio.charset.StandardCharsets.UTF_8));
                    continue;
                }
                EngagementRow row = Json.read(value, EngagementRow.class);
                if (child.equals(EngagementProcessor.TO_LIVE)) {
                    assertThat(row.isFinal()).isFalse();
                    assertThat(finals).as("a live row after its final row: " + f.record().key()).doesNotContainKey(f.record().key());
                    latestLive.put(f.record().key(), row);
                    liveRecords++;
                } else {
                    assertThat(row.isFinal()).isTrue();
                    assertThat(finals.put(f.record().key(), row)).as("final once: " + f.record().key()).isNull();
                }
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<MockProcessorContext.CapturedForward<String, Object>> drain(MockProcessorContext<String, Object> ctx) {
        List out = new ArrayList<>(ctx.forwarded());
        ctx.resetForwards();
        return out;
    }
}
