package parley.bench;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KafkaStreams;
import parley.app.Completion;
import parley.config.ParleyConfig;
import parley.consumer.ResultConsumer;
import parley.consumer.Sinks;
import parley.consumer.sink.FileSink;
import parley.consumer.sink.ResultSink;
import parley.kafka.KafkaSetup;
import parley.model.Topics;
import parley.streams.EngagementApp;
import parley.streams.StreamsSettings;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One end-to-end run of the real pipeline on a private namespace: EngagementApp (exactly-once unless configured
 * otherwise) and ResultConsumer with the configured sinks are started and ready first; then the clock starts and
 * the events file is produced at full speed while Streams and the sinks run concurrently.
 *
 * <ul>
 *   <li>{@code in_s}: clock start → Streams has committed every events-topic offset (granularity: the commit interval);</li>
 *   <li>{@code total_s}: clock start → Streams has committed every input (events and both re-keying topics) to its
 *       end and the sink consumer has read and written every committed result row (no lag), seen twice 250 ms apart;
 *       the time of the first of the two sightings is used.</li>
 * </ul>
 */
final class Pipeline {
    record Result(String label, long events, double producedS, double inS, double totalS, long rowsOut, long rowsLive,
                  long rowsFinal, long eventsByKey, long deltas, long late, long deadLetters, double duplicateIds,
                  long stateBytes, long sinkBytes, long phasePeakHeap, long liveHeapAfter, long phasePeakRss, boolean complete) {
        double eventsInPerS() { return events / inS; }
        /** Events per second end to end: from the first event sent to the last row in the sinks. */
        double eventsPerSEndToEnd() { return events / totalS; }
        double rowsOutPerS() { return rowsOut / totalS; }
        double recordsMovedPerS() { return (events + rowsOut) / totalS; }
        double usPerEvent() { return totalS * 1e6 / events; }
        double usPerRecordMoved() { return totalS * 1e6 / (events + rowsOut); }
    }

    /** A run that moves nothing for this long is reported incomplete instead of waiting for --timeout. */
    static final int STALL_SECONDS = 120;

    private Pipeline() { }

    static Result run(ParleyConfig c, String label, EventFile.Summary input, Memory mem, PrintStream out,
                      Duration timeout, int progressEverySeconds) throws Exception {
        parley.app.Topics.prepare(c, Duration.ofSeconds(60));
        Topics t = Topics.from(c);
        StreamsSettings ss = StreamsSettings.from(c);
        List<String> inputs = new ArrayList<>(List.of(t.events()));
        inputs.addAll(EngagementApp.repartitionTopics(ss));
        String appId = c.get("application.id");
        long n = input.records();

        EngagementApp app = new EngagementApp(c);
        List<ResultSink> sinks = Sinks.open(c, List.of());
        ResultConsumer consumer = new ResultConsumer(c, sinks);
        AtomicLong live = new AtomicLong(), fin = new AtomicLong();
        consumer.addListener(r -> (r.isFinal() ? fin : live).incrementAndGet());
        Thread ct = new Thread(consumer, "bench-result-consumer");
        boolean complete = false;
        try (Admin admin = KafkaSetup.admin(c)) {
            app.start();
            ct.start();
            awaitReady(app, consumer, Duration.ofSeconds(90));
            mem.resetPhase();

            AtomicReference<Exception> sendFailure = new AtomicReference<>();
            AtomicLong produced = new AtomicLong();
            long t0 = System.nanoTime();
            long[] producedAt = {0};
            Thread pt = new Thread(() -> {
                try (KafkaProducer<String, byte[]> p = BenchKafka.producer(c, "bench-producer-" + label)) {
                    EventFile.read(input.path(), (k, ts, v) -> {
                        p.send(new ProducerRecord<>(t.events(), null, ts, k, v), (md, ex) -> {
                            if (ex != null) sendFailure.compareAndSet(null, ex);
                        });
                        produced.incrementAndGet();
                    });
                    p.flush();
                    producedAt[0] = System.nanoTime();
                } catch (Throwable e) { // an Error must not leave the loop below waiting for a producer that died
                    sendFailure.compareAndSet(null, e instanceof Exception ex ? ex : new RuntimeException(e));
                }
            }, "bench-producer");
            pt.start();

            long deadline = t0 + timeout.toNanos();
            long inAt = 0, doneAt = 0, candidate = 0, candidateRows = -1;
            long lastIn = -1, lastRows = -1, lastChange = t0;
            long nextProgress = t0 + TimeUnit.SECONDS.toNanos(progressEverySeconds);
            while (System.nanoTime() < deadline) {
                Thread.sleep(250);
                if (sendFailure.get() != null) throw new IllegalStateException("producing failed: " + sendFailure.get(), sendFailure.get());
                if (!app.state().isRunningOrRebalancing()) throw new IllegalStateException("Streams stopped: " + app.state());
                if (consumer.failure() != null) throw new IllegalStateException("sink consumer failed: " + consumer.failure(), consumer.failure());
                long now = System.nanoTime();
                long in = committed(admin, appId, t.events());
                if (inAt == 0 && in >= n) inAt = now;
                boolean producedAll = producedAt[0] != 0;
                boolean idle = producedAll && inAt != 0 && Completion.streamsIdle(admin, appId, inputs) && consumer.lag() == 0;
                long rows = consumer.rows();
                if (in != lastIn || rows != lastRows) {
                    lastIn = in;
                    lastRows = rows;
                    lastChange = now;
                } else if (now - lastChange > TimeUnit.SECONDS.toNanos(STALL_SECONDS)) {
                    out.printf("  [%s] no progress for %d s (Streams in %,d/%,d, rows %,d, sink lag %,d, produced %,d): giving up%n",
                            label, STALL_SECONDS, in, n, rows, consumer.lag(), produced.get());
                    break;
                }
                if (idle) {
                    if (candidate != 0 && rows == candidateRows) {
                        doneAt = candidate;
                        complete = true;
                        break;
                    }
                    if (candidate == 0) {
                        candidate = now;
                        candidateRows = rows;
                    } else {
                        candidateRows = rows;
                    }
                } else {
                    candidate = 0;
                }
                if (now >= nextProgress) {
                    nextProgress = now + TimeUnit.SECONDS.toNanos(progressEverySeconds);
                    double s = (now - t0) / 1e9;
                    double inRate = in / s;
                    String eta = in < n ? String.format("ETA ~%.0f s (Streams input)", (n - in) / Math.max(1, inRate))
                            : String.format("draining: sink lag %,d", consumer.lag());
                    out.printf("  [%s] %5.1f s  produced %,d (%.0f/s)  Streams in %,d/%,d (%.0f/s)  rows out %,d (%.0f/s)  heap %d MB  %s%n",
                            label, s, produced.get(), produced.get() / (producedAt[0] != 0 ? (producedAt[0] - t0) / 1e9 : s), in, n, inRate, rows, rows / s,
                            Memory.heapUsed() >> 20, eta);
                }
            }
            pt.join(10_000);
            if (!complete) {
                out.printf("  [%s] did not complete within %d s%n", label, timeout.toSeconds());
                doneAt = System.nanoTime();
            }
            if (inAt == 0) inAt = doneAt;
            if (producedAt[0] == 0) producedAt[0] = doneAt;
            long peakHeap = mem.phasePeakHeap();
            long peakRss = mem.phasePeakRss();
            long stateBytes = Memory.diskBytes(Path.of(c.get("state.dir")));
            long sinkBytes = 0;
            for (String k : List.of("sink.sqlite", "sink.jsonl", "sink.csv")) {
                String f = c.get(k);
                if (f.isBlank()) continue;
                // the file sinks write two tables beside the configured name (final rows, rows not final yet)
                List<Path> files = k.equals("sink.sqlite") ? List.of(Path.of(f), Path.of(f + "-wal"))
                        : List.of(FileSink.finalFile(Path.of(f)), FileSink.liveFile(Path.of(f)));
                for (Path p : files) sinkBytes += java.nio.file.Files.exists(p) ? java.nio.file.Files.size(p) : 0;
            }
            long liveHeap = Memory.liveHeapAfterGc();
            List<String> counted = new ArrayList<>(EngagementApp.repartitionTopics(ss)); // none with one partition
            counted.addAll(List.of(t.late(), t.deadLetters()));
            Map<String, Long> ends = endOffsets(admin, counted);
            return new Result(label, n, (producedAt[0] - t0) / 1e9, (inAt - t0) / 1e9, (doneAt - t0) / 1e9,
                    consumer.rows(), live.get(), fin.get(), ends.getOrDefault(ss.eventsByKeyTopic(), 0L), ends.getOrDefault(ss.deltasByEntityTopic(), 0L),
                    ends.get(t.late()), ends.get(t.deadLetters()), metric(app.streams(), "duplicate-id-total"),
                    stateBytes, sinkBytes, peakHeap, liveHeap, peakRss, complete);
        } finally {
            consumer.close();
            ct.join(15_000);
            sinks.forEach(ResultSink::close);
            app.close();
        }
    }

    static void awaitReady(EngagementApp app, ResultConsumer consumer, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (app.state() == KafkaStreams.State.RUNNING && consumer.lag() >= 0) return;
            if (app.state() == KafkaStreams.State.ERROR || consumer.failure() != null)
                throw new IllegalStateException("pipeline failed to start: streams " + app.state() + ", consumer " + consumer.failure());
            Thread.sleep(100);
        }
        throw new IllegalStateException("pipeline not ready after " + timeout.toSeconds() + " s: streams " + app.state() + ", sink lag " + consumer.lag());
    }

    /** The group's committed offsets summed over the topic's partitions. */
    static long committed(Admin admin, String group, String topic) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> m = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
        long s = 0;
        for (var e : m.entrySet()) if (e.getKey().topic().equals(topic) && e.getValue() != null) s += e.getValue().offset();
        return s;
    }

    /** Sum of end offsets per topic. */
    static Map<String, Long> endOffsets(Admin admin, List<String> topics) throws Exception {
        Map<TopicPartition, OffsetSpec> req = new HashMap<>();
        admin.describeTopics(topics).allTopicNames().get(10, TimeUnit.SECONDS).values()
                .forEach(td -> td.partitions().forEach(p -> req.put(new TopicPartition(td.name(), p.partition()), OffsetSpec.latest())));
        Map<String, Long> out = new HashMap<>();
        for (String tp : topics) out.put(tp, 0L);
        admin.listOffsets(req).all().get(10, TimeUnit.SECONDS).forEach((tp, info) -> out.merge(tp.topic(), info.offset(), Long::sum));
        return out;
    }

    /** Sum of a Streams metric over all its tags (e.g. parley's per-task counters); NaN if absent. */
    static double metric(KafkaStreams streams, String name) {
        double sum = 0;
        boolean found = false;
        for (var e : streams.metrics().entrySet()) {
            if (!e.getKey().name().equals(name)) continue;
            Object v = e.getValue().metricValue();
            if (v instanceof Number num) {
                sum += num.doubleValue();
                found = true;
            }
        }
        return found ? sum : Double.NaN;
    }
}
