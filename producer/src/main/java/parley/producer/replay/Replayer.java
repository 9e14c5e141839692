package parley.producer.replay;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import parley.config.ParleyConfig;
import parley.json.Json;
import parley.model.Event;
import parley.model.EventCodec;
import parley.model.InvalidEventException;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Re-publishes stored events in event-time order. Events are read once (from a topic or JSON-lines archives),
 * spilled to one temporary file per month, and each month is sorted by day in memory: memory stays bounded by one
 * month of events however long the history. The sort is stable, so reports of one day keep their stored order.
 *
 * <p>Reading from the events topic, the records the original run found late are left out: the late-events topic names
 * each by the partition and offset it was read from ({@code "origin"}), so exactly those records are skipped, and
 * the replay counts exactly the events the original run accepted and gives the same rows. Leaving out by report id
 * instead would be wrong: an accepted report re-sent after its day went past grace is late with the id of a counted
 * report, and both copies would go. (Late records written before they carried an origin are matched by id.)
 */
public final class Replayer implements AutoCloseable {
    /** Pacing: {@code max}, {@code 60x} (event time runs 60 × faster than the wall clock), or {@code 500/s}. */
    public record Speed(double eventTimeFactor, double eventsPerSecond) {
        public static Speed parse(String s) {
            String v = s.trim().toLowerCase();
            try {
                if (v.equals("max")) return new Speed(0, 0);
                if (v.endsWith("x")) return positive(new Speed(Double.parseDouble(v.substring(0, v.length() - 1)), 0), s);
                if (v.endsWith("/s")) return positive(new Speed(0, Double.parseDouble(v.substring(0, v.length() - 2))), s);
            } catch (NumberFormatException ignored) { }
            throw new IllegalArgumentException("--speed must be max, Nx (e.g. 86400x: a day per second) or N/s (events per second), got '" + s + "'");
        }

        private static Speed positive(Speed sp, String s) {
            if (sp.eventTimeFactor < 0 || sp.eventsPerSecond < 0 || (sp.eventTimeFactor == 0 && sp.eventsPerSecond == 0))
                throw new IllegalArgumentException("--speed must be positive, got '" + s + "'");
            return sp;
        }
    }

    /** What a replay did. */
    public record Stats(long read, long replayed, long outOfRange, long skippedLate, long invalid) { }

    private final Path spill;
    private final Map<YearMonth, BufferedWriter> months = new TreeMap<>();
    private final LocalDate from;
    private final LocalDate to;
    private long read, outOfRange, skippedLate, invalid, stored;

    public Replayer(Path tmpDir, LocalDate from, LocalDate to) throws IOException {
        this.spill = Files.createTempDirectory(tmpDir, "parley-replay");
        this.from = from;
        this.to = to;
    }

    /** Adds events from JSON-lines files (or folders of them). */
    public void addArchive(List<Path> paths) throws IOException {
        for (Path p : paths) {
            List<Path> files;
            if (Files.isDirectory(p)) {
                try (var w = Files.walk(p)) {
                    files = w.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".jsonl")).sorted().toList();
                }
            } else files = List.of(p);
            for (Path f : files) {
                try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                    String line;
                    while ((line = r.readLine()) != null) if (!line.isBlank()) add(line.getBytes(StandardCharsets.UTF_8), false);
                }
            }
        }
    }

    /** Adds every committed event of the events topic, leaving out the records found on the late topic. */
    public void addTopic(ParleyConfig c, String eventsTopic, String lateTopic) {
        LateRecords late = new LateRecords(eventsTopic);
        if (lateTopic != null) readTopic(c, lateTopic, r -> late.add(r.value()));
        readTopic(c, eventsTopic, r -> add(r.value(), late.contains(r.partition(), r.offset(), r.value())));
    }

    /**
     * What the late topic says the original run did not count: events-topic records by (partition, offset), and the
     * ids of late records written before those carried their origin.
     */
    static final class LateRecords {
        private final String eventsTopic;
        private final Map<Integer, Set<Long>> offsets = new HashMap<>();
        private final Set<String> legacyIds = new HashSet<>();

        LateRecords(String eventsTopic) { this.eventsTopic = eventsTopic; }

        void add(byte[] lateRecord) {
            JsonNode n;
            try {
                n = Json.MAPPER.readTree(lateRecord);
            } catch (IOException | RuntimeException e) {
                return; // not a late record: nothing to leave out
            }
            if (n == null || !n.isObject()) return;
            JsonNode origin = n.get("origin");
            if (origin != null && origin.isObject()) {
                if (eventsTopic.equals(origin.path("topic").asText()) && origin.path("partition").canConvertToInt()
                        && origin.path("offset").canConvertToLong())
                    offsets.computeIfAbsent(origin.get("partition").intValue(), p -> new HashSet<>()).add(origin.get("offset").longValue());
                return;
            }
            JsonNode id = n.path("event").path("id");
            if (id.isTextual()) legacyIds.add(id.textValue());
        }

        boolean contains(int partition, long offset, byte[] event) {
            Set<Long> o = offsets.get(partition);
            if (o != null && o.contains(offset)) return true;
            if (legacyIds.isEmpty()) return false;
            try {
                JsonNode id = Json.MAPPER.readTree(event).path("id");
                return id.isTextual() && legacyIds.contains(id.textValue());
            } catch (IOException | RuntimeException e) {
                return false;
            }
        }
    }

    private void readTopic(ParleyConfig c, String topic, Consumer<ConsumerRecord<String, byte[]>> each) {
        Map<String, Object> p = new HashMap<>(c.kafka("consumer"));
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.putIfAbsent(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        try (KafkaConsumer<String, byte[]> cons = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> parts = new ArrayList<>();
            for (PartitionInfo pi : cons.partitionsFor(topic, Duration.ofSeconds(30))) parts.add(new TopicPartition(topic, pi.partition()));
            cons.assign(parts);
            cons.seekToBeginning(parts);
            Map<TopicPartition, Long> end = cons.endOffsets(parts);
            while (parts.stream().anyMatch(tp -> cons.position(tp) < end.get(tp)))
                for (ConsumerRecord<String, byte[]> r : cons.poll(Duration.ofMillis(500))) if (r.value() != null) each.accept(r);
        }
    }

    private void add(byte[] json, boolean late) {
        read++;
        Event e;
        try {
            e = EventCodec.parse(json);
        } catch (InvalidEventException ex) {
            invalid++; // the original run sent it to the dead-letter topic; it never counted
            return;
        }
        if ((from != null && e.date().isBefore(from)) || (to != null && e.date().isAfter(to))) { outOfRange++; return; }
        if (late) { skippedLate++; return; }
        try {
            BufferedWriter w = months.computeIfAbsent(YearMonth.from(e.date()), m -> open(spill.resolve(m + ".jsonl")));
            w.write(new String(json, StandardCharsets.UTF_8).replace('\n', ' '));
            w.write('\n');
            stored++;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static BufferedWriter open(Path f) {
        try {
            return Files.newBufferedWriter(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public long stored() { return stored; }

    /** Publishes in event-time order at the given speed; {@code progress} gets (done, total) now and then. */
    public Stats replay(Speed speed, Consumer<Event> publish, PrintStream progress) throws IOException, InterruptedException {
        for (BufferedWriter w : months.values()) w.close();
        Progress bar = new Progress(stored, progress);
        long t0 = System.nanoTime();
        LocalDate first = null;
        long done = 0;
        for (YearMonth m : months.keySet()) {
            List<Event> batch = new ArrayList<>();
            try (BufferedReader r = Files.newBufferedReader(spill.resolve(m + ".jsonl"), StandardCharsets.UTF_8)) {
                String line;
                while ((line = r.readLine()) != null) {
                    try {
                        batch.add(EventCodec.parse(line));
                    } catch (InvalidEventException e) {
                        throw new IllegalStateException("spilled event became unreadable: " + e.getMessage());
                    }
                }
            }
            batch.sort(Comparator.comparing(Event::date)); // stable: a day's reports keep their order
            for (Event e : batch) {
                if (first == null) first = e.date();
                pace(speed, t0, done, first, e.date());
                publish.accept(e);
                done++;
                bar.update(done);
            }
        }
        bar.finish(done);
        return new Stats(read, done, outOfRange, skippedLate, invalid);
    }

    private static void pace(Speed s, long t0, long done, LocalDate first, LocalDate day) throws InterruptedException {
        double dueSeconds;
        if (s.eventsPerSecond() > 0) dueSeconds = done / s.eventsPerSecond();
        else if (s.eventTimeFactor() > 0) dueSeconds = (day.toEpochDay() - first.toEpochDay()) * 86_400.0 / s.eventTimeFactor();
        else return;
        long waitNanos = (long) (dueSeconds * 1e9) - (System.nanoTime() - t0);
        if (waitNanos > 1_000_000) Thread.sleep(waitNanos / 1_000_000);
    }

    @Override
    public void close() throws IOException {
        for (BufferedWriter w : months.values()) {
            try {
                w.close();
            } catch (IOException ignored) { }
        }
        try (var w = Files.walk(spill)) {
            for (Path p : w.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    /** A one-line progress bar with rate and ETA, redrawn at most 5 times a second. */
    static final class Progress {
        private final long total;
        private final PrintStream out;
        private final long t0 = System.nanoTime();
        private long lastDraw;

        Progress(long total, PrintStream out) {
            this.total = total;
            this.out = out;
        }

        void update(long done) {
            long now = System.nanoTime();
            if (out == null || now - lastDraw < 200_000_000L) return;
            lastDraw = now;
            draw(done, now);
        }

        void finish(long done) {
            if (out == null) return;
            draw(done, System.nanoTime());
            out.println();
        }

        private void draw(long done, long now) {
            double secs = Math.max(1e-9, (now - t0) / 1e9);
            double rate = done / secs;
            int width = 30, filled = total == 0 ? width : (int) (width * done / total);
            String eta = rate > 0 && done < total ? String.format("%.0f s", (total - done) / rate) : "-";
            out.printf("\r[%s%s] %3d%% %,d/%,d events  %,.0f ev/s  ETA %s   ", "=".repeat(filled), " ".repeat(width - filled),
                    total == 0 ? 100 : done * 100 / total, done, total, rate, eta);
            out.flush();
        }
    }
}
