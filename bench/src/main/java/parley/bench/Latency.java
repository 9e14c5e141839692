package parley.bench;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import parley.config.ParleyConfig;
import parley.consumer.ResultConsumer;
import parley.consumer.Sinks;
import parley.consumer.sink.ResultSink;
import parley.json.Json;
import parley.model.EngagementRow;
import parley.model.Event;
import parley.model.Involvement;
import parley.model.Topics;
import parley.streams.EngagementApp;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * End-to-end latency at a low, steady rate on a fresh pipeline (own namespace, exactly-once as configured).
 *
 * <p>What is measured, per event: from just before {@code producer.send} of the event to the moment the sink
 * consumer has handed the first result row that includes it to every sink (ResultConsumer calls its listeners
 * after all sinks wrote and committed the batch). "Includes it": the live row of the event's actor country for
 * the smallest window, ending on the event's day, with {@code mentions} ≥ the count of reports for that country
 * in that window up to and including this one. The bench knows that count exactly because this phase publishes
 * in event-time order (no late events, no redeliveries) and mirrors dedup (a repeated event_key credits the
 * countries of its first report).
 *
 * <p>Event days advance one day every {@code daySeconds} of wall time, so the stream day moves on and the decay
 * rows of every active entity are part of the load, as in a live feed. Events sent during the warm-up are not counted.
 */
final class Latency {
    record Result(double ratePerS, double seconds, int daySeconds, long sent, long measured, long unresolved,
                  double p50Ms, double p90Ms, double p99Ms, double maxMs, double meanMs, long phasePeakHeap) { }

    private record Pending(long expectedMentions, long sentNanos, boolean counted) { }

    private Latency() { }

    static Result run(ParleyConfig c, double rate, int seconds, int warmupSeconds, int daySeconds, long seed,
                      Memory mem, PrintStream out) throws Exception {
        parley.app.Topics.prepare(c, Duration.ofSeconds(60));
        Topics t = Topics.from(c);
        int window = c.windows().stream().mapToInt(Integer::intValue).min().orElseThrow();
        Map<String, ArrayDeque<Pending>> pending = new ConcurrentHashMap<>();
        Percentiles lat = new Percentiles();
        AtomicLong outstanding = new AtomicLong();

        EngagementApp app = new EngagementApp(c);
        List<ResultSink> sinks = Sinks.open(c, List.of());
        ResultConsumer consumer = new ResultConsumer(c, sinks);
        consumer.addListener(row -> resolve(row, window, pending, lat, outstanding));
        Thread ct = new Thread(consumer, "bench-latency-consumer");
        try (KafkaProducer<String, byte[]> producer = BenchKafka.producer(c, "bench-latency-producer")) {
            app.start();
            ct.start();
            Pipeline.awaitReady(app, consumer, Duration.ofSeconds(90));
            mem.resetPhase();

            EventGenerator gen = new EventGenerator(seed, Long.MAX_VALUE / 4);
            Random rnd = new Random(seed);
            Map<String, int[]> perCountryDay = new HashMap<>(); // code → counts per day offset (ring of 4096 days)
            Map<String, List<String>> firstCountries = new HashMap<>();
            long intervalNs = (long) (1e9 / rate);
            long t0 = System.nanoTime();
            long end = t0 + TimeUnit.SECONDS.toNanos(seconds);
            long warmEnd = t0 + TimeUnit.SECONDS.toNanos(warmupSeconds);
            long sent = 0, measured = 0;
            long next = t0;
            long nextProgress = t0 + TimeUnit.SECONDS.toNanos(5);
            while (true) {
                long now = System.nanoTime();
                if (now >= end) break;
                if (now < next) {
                    long sleep = next - now;
                    if (sleep > 200_000) Thread.sleep(sleep / 1_000_000, (int) (sleep % 1_000_000));
                    continue;
                }
                next += intervalNs;
                int dayIndex = (int) ((now - t0) / TimeUnit.SECONDS.toNanos(daySeconds));
                LocalDate day = EventGenerator.START.plusDays(dayIndex);
                Event e = gen.fresh(day, sent);
                // mirror dedup: a repeated event_key credits the countries of its first report
                List<String> credited = firstCountries.computeIfAbsent(e.eventKey(), k -> List.copyOf(Involvement.of(e).countries().keySet()));
                for (String code : credited) perCountryDay.computeIfAbsent(code, k -> new int[4096])[dayIndex & 4095]++;
                String actor = e.actor().country();
                int[] counts = perCountryDay.get(actor);
                long expected = 0;
                for (int d = Math.max(0, dayIndex - window + 1); d <= dayIndex; d++) expected += counts[d & 4095];
                boolean counted = now >= warmEnd;
                String key = actor + "|" + window + "|" + day;
                long sendAt = System.nanoTime();
                ArrayDeque<Pending> q = pending.computeIfAbsent(key, k -> new ArrayDeque<>());
                synchronized (q) {
                    q.add(new Pending(expected, sendAt, counted));
                }
                outstanding.incrementAndGet();
                producer.send(new ProducerRecord<>(t.events(), null, EventFile.timestamp(e), e.eventKey(), Json.bytes(e)), (md, ex) -> {
                    if (ex != null) out.println("  latency: send failed: " + ex);
                });
                sent++;
                if (counted) measured++;
                if (now >= nextProgress) {
                    nextProgress = now + TimeUnit.SECONDS.toNanos(5);
                    out.printf("  [latency] %4.1f s  sent %,d (%.0f/s)  measured %,d  p50 %.0f ms  p99 %.0f ms  outstanding %,d%n",
                            (now - t0) / 1e9, sent, sent / ((now - t0) / 1e9), lat.count(), lat.percentile(50) / 1e6,
                            lat.percentile(99) / 1e6, outstanding.get());
                }
            }
            producer.flush();
            long drainDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (outstanding.get() > 0 && System.nanoTime() < drainDeadline) {
                if (!app.state().isRunningOrRebalancing()) throw new IllegalStateException("Streams stopped: " + app.state());
                Thread.sleep(50);
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            return new Result(rate, seconds, daySeconds, sent, measured, outstanding.get(),
                    lat.percentile(50) / 1e6, lat.percentile(90) / 1e6, lat.percentile(99) / 1e6, lat.max() / 1e6,
                    lat.mean() / 1e6, mem.phasePeakHeap());
        } finally {
            consumer.close();
            ct.join(15_000);
            sinks.forEach(ResultSink::close);
            app.close();
        }
    }

    private static void resolve(EngagementRow row, int window, Map<String, ArrayDeque<Pending>> pending, Percentiles lat,
                                AtomicLong outstanding) {
        if (row.country() == null || row.windowDays() != window || row.isFinal()) return;
        ArrayDeque<Pending> q = pending.get(row.rowKey());
        if (q == null) return;
        long now = System.nanoTime();
        synchronized (q) {
            while (!q.isEmpty() && q.peekFirst().expectedMentions() <= row.mentions()) {
                Pending p = q.pollFirst();
                if (p.counted()) lat.add(now - p.sentNanos());
                outstanding.decrementAndGet();
            }
        }
    }
}
