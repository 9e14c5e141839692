package parley.streams;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import parley.config.ParleyConfig;
import parley.kafka.NoFutureTimestamps;
import parley.streams.time.EventTimestampExtractor;
import parley.streams.topology.EngagementTopology;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * Runs {@link EngagementTopology} on Kafka: configuration in, a started {@link KafkaStreams} out. State lives in
 * {@code state.dir}; {@link #close()} never wipes it, so a restart resumes from the changelogs on disk.
 */
public final class EngagementApp implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EngagementApp.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);
    static final int RESULT_BATCH_BYTES = 256 * 1024;

    private final StreamsSettings settings;
    private final KafkaStreams streams;

    public EngagementApp(ParleyConfig config) {
        this.settings = StreamsSettings.from(config);
        Topology topology = EngagementTopology.build(settings, parley.streams.alerts.AlertRules.from(config));
        this.streams = new KafkaStreams(topology, properties(config));
        streams.setUncaughtExceptionHandler(e -> {
            log.error("stream thread failed; shutting the client down", e);
            return org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
    }

    /** Streams properties from parley's keys; {@code streams.*} / {@code kafka.*} passthrough keys win over them. */
    public static Properties properties(ParleyConfig c) {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, c.get("application.id"));
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, c.bootstrapServers());
        // EOS at 0.5–1 s costs about what ALOS does (notes/kafka-embedded.md §5); 500 ms keeps p99 latency under 1 s (./parley bench)
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, c.get("processing.guarantee"));
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, c.getInt("commit.interval.ms"));
        p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, c.getInt("topic.replication.factor"));
        p.put(StreamsConfig.STATE_DIR_CONFIG, c.get("state.dir"));
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, c.getInt("stream.threads"));
        // the topology sets the extractor on each source; this default only covers anything added later
        p.put(StreamsConfig.DEFAULT_TIMESTAMP_EXTRACTOR_CLASS_CONFIG, EventTimestampExtractor.class);
        // each event yields tens of result rows: 256 KB batches instead of 16 KB mean far fewer produce requests
        // (measured in ./parley bench: about 13 % more throughput end to end)
        p.put(StreamsConfig.producerPrefix(ProducerConfig.BATCH_SIZE_CONFIG), RESULT_BATCH_BYTES);
        // rows, re-keyed reports and changelogs carry event days, which may be ahead of the broker's clock
        p.put(StreamsConfig.producerPrefix(ProducerConfig.INTERCEPTOR_CLASSES_CONFIG), NoFutureTimestamps.class.getName());
        // one refused record is logged and skipped, never the end of the application
        p.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, ProductionErrors.class.getName());
        for (Map.Entry<String, Object> e : c.kafka("streams").entrySet()) p.put(e.getKey(), e.getValue());
        return p;
    }

    /** Every topic the application reads or writes, for pre-creation: the contract's topics and any re-keying topics. */
    public static Set<String> sourceAndSinkTopics(StreamsSettings s) {
        var t = s.topics();
        Set<String> out = new LinkedHashSet<>(List.of(t.events(), t.deadLetters(), t.late(), t.live(), t.fin(), t.accepted()));
        out.addAll(repartitionTopics(s));
        return out;
    }

    /**
     * The topics that re-key records between sub-topologies (none with one partition); they need the same partition
     * count as the events topic.
     */
    public static Set<String> repartitionTopics(StreamsSettings s) {
        return s.rekey() ? new LinkedHashSet<>(List.of(s.eventsByKeyTopic(), s.deltasByEntityTopic())) : Set.of();
    }

    /**
     * Topic definitions for an Admin client. Repartition topics use LogAppendTime so broker retention counts from
     * arrival, not from event times years back (a replay of history would otherwise be deleted before it is read).
     * Their records still carry event time for Streams: {@link EventTimestampExtractor} reads the event day from each
     * value, so the broker's timestamps are used for retention only.
     */
    public static List<NewTopic> newTopics(StreamsSettings s, int partitions, short replicationFactor) {
        List<NewTopic> out = new ArrayList<>();
        Set<String> repartition = repartitionTopics(s);
        for (String name : sourceAndSinkTopics(s)) {
            NewTopic nt = new NewTopic(name, partitions, replicationFactor);
            if (repartition.contains(name))
                nt.configs(Map.of(TopicConfig.MESSAGE_TIMESTAMP_TYPE_CONFIG, "LogAppendTime",
                        TopicConfig.RETENTION_MS_CONFIG, String.valueOf(Duration.ofDays(7).toMillis())));
            else if (name.equals(s.topics().accepted()))
                nt.configs(parley.kafka.KafkaSetup.acceptedTopicConfig(s.maxWindow(), s.graceDays()));
            out.add(nt);
        }
        return out;
    }

    public StreamsSettings settings() { return settings; }

    public KafkaStreams streams() { return streams; }

    public KafkaStreams.State state() { return streams.state(); }

    public void start() { streams.start(); }

    /** Stops processing and commits; keeps local state (no cleanUp). */
    @Override
    public void close() {
        if (!streams.close(CLOSE_TIMEOUT)) log.warn("Kafka Streams did not close within {}", CLOSE_TIMEOUT);
    }

    /** Runs until SIGTERM/SIGINT. Configuration: defaults, then PARLEY_* environment variables. */
    public static void main(String[] args) throws InterruptedException {
        ParleyConfig config = ParleyConfig.builder().env(System.getenv()).build();
        CountDownLatch stopped = new CountDownLatch(1);
        EngagementApp app = new EngagementApp(config);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            stopped.countDown();
        }, "parley-streams-shutdown"));
        app.start();
        stopped.await();
    }
}
