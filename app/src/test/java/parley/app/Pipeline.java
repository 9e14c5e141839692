package parley.app;

import parley.config.ParleyConfig;
import parley.consumer.ResultConsumer;
import parley.consumer.sink.JdbcSink;
import parley.consumer.sink.ResultSink;
import parley.model.EngagementRow;
import parley.model.Event;
import parley.producer.publish.KafkaEventPublisher;
import parley.streams.EngagementApp;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A whole pipeline on the test broker, isolated by its own topics, application id, state and sink. */
final class Pipeline implements AutoCloseable {
    final ParleyConfig config;
    final JdbcSink sink;
    final ResultConsumer consumer;
    final Thread consumerThread;
    EngagementApp streams;

    Pipeline(String name, Path dir) throws Exception { this(name, dir, 1); }

    Pipeline(String name, Path dir, int partitions) throws Exception {
        String ns = name + "-" + System.nanoTime();
        ParleyConfig.Builder b = ParleyConfig.builder().set("bootstrap.servers", BrokerExtension.bootstrapServers())
                .set("topic.partitions", String.valueOf(partitions));
        for (String t : List.of("events", "late", "dlq", "rejects", "live", "final", "alerts")) b.set("topic." + t, ns + "." + t);
        config = b.set("application.id", ns).set("sink.group.id", ns + "-sink").set("work.dir", dir.toString())
                .set("state.dir", dir.resolve("state").toString()).set("producer.rejects.file", "")
                .set("commit.interval.ms", "500").build();
        Topics.prepare(config, Duration.ofSeconds(60));
        sink = JdbcSink.sqlite(dir.resolve("results.db"));
        consumer = new ResultConsumer(config, List.<ResultSink>of(sink));
        consumerThread = new Thread(consumer, ns + "-consumer");
        consumerThread.start();
        startStreams();
    }

    void startStreams() {
        streams = new EngagementApp(config);
        streams.start();
    }

    /** Closes the Streams app without cleaning its state, as a stop or restart would. */
    void stopStreams() {
        streams.close();
        streams = null;
    }

    void publish(List<Event> events) {
        try (KafkaEventPublisher pub = new KafkaEventPublisher(config)) {
            events.forEach(pub::publish);
            pub.flush();
        }
    }

    void awaitResults() throws Exception {
        boolean done = Completion.await(config, consumer, Duration.ofSeconds(240),
                () -> consumer.failure() == null && streams != null && streams.state().isRunningOrRebalancing());
        if (!done) throw new AssertionError("results did not complete: streams " + (streams == null ? "stopped" : streams.state())
                + ", consumer " + consumer.failure());
    }

    /** Every row in the sink as a comparable line, keyed by entity|window_days|window_end. */
    Map<String, String> sinkRows() throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Connection c = sink.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT entity, window_days, window_start, window_end, total, visits, meetings, calls, "
                     + "statements, outbound, inbound, venue, subject, mentions, final FROM engagement")) {
            while (rs.next()) {
                String key = rs.getString(1) + "|" + rs.getInt(2) + "|" + rs.getString(4);
                List<String> v = new ArrayList<>();
                v.add(rs.getString(3));
                for (int i = 5; i <= 14; i++) v.add(rs.getObject(i) == null ? "-" : String.valueOf(rs.getLong(i)));
                v.add(rs.getInt(15) == 1 ? "final" : "live");
                out.put(key, String.join(",", v));
            }
        }
        return out;
    }

    /** The same line for a reference row. */
    static String line(EngagementRow r, boolean fin) {
        List<String> v = new ArrayList<>();
        v.add(r.windowStart().toString());
        v.add(String.valueOf(r.total()));
        for (String k : List.of("VISIT", "MEETING", "CALL", "STATEMENT")) v.add(String.valueOf(r.byKind().get(k)));
        for (String k : List.of("outbound", "inbound", "venue", "subject")) v.add(r.byRole() == null ? "-" : String.valueOf(r.byRole().get(k)));
        v.add(String.valueOf(r.mentions()));
        v.add(fin ? "final" : "live");
        return String.join(",", v);
    }

    @Override
    public void close() throws Exception {
        if (streams != null) streams.close();
        consumer.close();
        consumerThread.join(10_000);
        sink.close();
    }
}
