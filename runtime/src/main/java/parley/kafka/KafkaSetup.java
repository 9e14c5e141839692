package parley.kafka;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import parley.config.ParleyConfig;
import parley.model.Topics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Creates parley's topics with the settings replay needs, and waits until they really accept writes.
 *
 * <p>Why the wait: right after {@code createTopics} returns, partition leaders may not accept writes yet, and an
 * idempotent producer can then lose its first batch (KAFKA-15591, not fixed in 4.3.1). We poll {@code listOffsets}
 * on every partition until each answers.
 */
public final class KafkaSetup {
    private static final Logger LOG = LoggerFactory.getLogger(KafkaSetup.class);
    /** History topics keep everything: replay and late re-processing read them from the start. */
    private static final Map<String, String> KEEP_FOREVER = Map.of("retention.ms", "-1", "retention.bytes", "-1");
    /** Live rows and alerts: the latest value per key is what a dashboard needs to catch up. */
    private static final Map<String, String> COMPACTED = Map.of("cleanup.policy", "compact", "retention.ms", "-1");

    /** Margin of the accepted-events topic's retention beyond the largest window + grace (see {@link #acceptedTopicConfig}). */
    public static final int ACCEPTED_MARGIN_DAYS = 14;

    private KafkaSetup() { }

    /**
     * The accepted-events topic: compacted (the latest record per event_key: all its report ids) and deleted after the
     * largest window + grace + {@link #ACCEPTED_MARGIN_DAYS} days of record time (the event day), so it stays bounded;
     * the dashboard reads only the last largest window + grace of it.
     */
    /**
     * Days of event time before the latest event day that the accepted-events topic must hold for every window that
     * can still change (and more): the largest window + grace. The dashboard reads from there.
     */
    public static int acceptedLookbackDays(ParleyConfig c) { return java.util.Collections.max(c.windows()) + c.graceDays(); }

    /**
     * How much older than the latest event day written before it a record of the accepted-events topic can be: grace
     * (an older report is late, never accepted). Lets a reader find where a day starts by reading a few records.
     */
    public static int acceptedDisorderDays(ParleyConfig c) { return c.graceDays(); }

    public static Map<String, String> acceptedTopicConfig(int maxWindowDays, int graceDays) {
        long days = (long) maxWindowDays + graceDays + ACCEPTED_MARGIN_DAYS;
        return Map.of("cleanup.policy", "compact,delete", "retention.ms", String.valueOf(Duration.ofDays(days).toMillis()));
    }

    public static Admin admin(ParleyConfig c) {
        Map<String, Object> p = new HashMap<>(c.kafka("admin"));
        p.putIfAbsent(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 15_000);
        p.putIfAbsent(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
        p.putIfAbsent(AdminClientConfig.CLIENT_ID_CONFIG, "parley-admin");
        return Admin.create(p);
    }

    /** The topics parley owns, with partitions and configs. */
    public static List<NewTopic> topics(ParleyConfig c) {
        Topics t = Topics.from(c);
        int partitions = c.getInt("topic.partitions");
        short rf = (short) c.getInt("topic.replication.factor");
        List<NewTopic> out = new ArrayList<>();
        out.add(new NewTopic(t.events(), partitions, rf).configs(KEEP_FOREVER));
        out.add(new NewTopic(t.late(), 1, rf).configs(KEEP_FOREVER));
        out.add(new NewTopic(t.deadLetters(), 1, rf).configs(KEEP_FOREVER));
        out.add(new NewTopic(t.rejects(), 1, rf).configs(KEEP_FOREVER));
        out.add(new NewTopic(t.live(), partitions, rf).configs(COMPACTED));
        // each final row is written once, so compaction would find nothing to drop, yet the log cleaner would copy the
        // whole log on every pass (its key map holds a fraction of the rows): kept whole, like the history topics
        out.add(new NewTopic(t.fin(), partitions, rf).configs(KEEP_FOREVER));
        out.add(new NewTopic(t.alerts(), partitions, rf).configs(COMPACTED));
        out.add(new NewTopic(t.accepted(), partitions, rf).configs(acceptedTopicConfig(java.util.Collections.max(c.windows()), c.graceDays())));
        return out;
    }

    /** Creates what is missing (existing topics are left as they are) and waits until all are writable. */
    public static void ensureTopics(ParleyConfig c, Duration timeout) {
        try (Admin admin = admin(c)) {
            ensureTopics(admin, topics(c), timeout);
        }
    }

    public static void ensureTopics(Admin admin, List<NewTopic> topics, Duration timeout) {
        for (NewTopic t : topics) {
            try {
                admin.createTopics(List.of(t)).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                LOG.info("created topic {} ({} partitions)", t.name(), t.numPartitions());
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException))
                    throw new IllegalStateException("cannot create topic " + t.name() + ": " + e.getCause().getMessage(), e.getCause());
            } catch (Exception e) {
                throw new IllegalStateException("cannot create topic " + t.name() + ": " + e.getMessage(), e);
            }
        }
        awaitReady(admin, topics.stream().map(NewTopic::name).toList(), timeout);
    }

    /** Polls until every partition of every topic answers a listOffsets request (its leader accepts requests). */
    public static void awaitReady(Admin admin, List<String> topics, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            try {
                Map<String, TopicDescription> d = admin.describeTopics(topics).allTopicNames().get(5, TimeUnit.SECONDS);
                Map<TopicPartition, OffsetSpec> req = new LinkedHashMap<>();
                d.values().forEach(td -> td.partitions().forEach(p -> req.put(new TopicPartition(td.name(), p.partition()), OffsetSpec.latest())));
                admin.listOffsets(req).all().get(5, TimeUnit.SECONDS);
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for topics", e);
            } catch (Exception e) {
                last = e;
                sleep(100);
            }
        }
        throw new IllegalStateException("topics " + topics + " not ready after " + timeout.toSeconds() + " s: "
                + (last == null ? "timeout" : last.getMessage()));
    }

    /** The partition count of an existing topic. */
    public static int partitions(Admin admin, String topic, Duration timeout) {
        try {
            return admin.describeTopics(List.of(topic)).allTopicNames().get(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .get(topic).partitions().size();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while describing " + topic, e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot describe topic " + topic + ": " + e.getMessage(), e);
        }
    }

    /**
     * Waits until the cluster answers, at most {@code cluster.wait.seconds} (10 s by default): without a cluster a
     * command fails soon with a clear message instead of going silent.
     */
    public static void awaitCluster(ParleyConfig c) {
        awaitCluster(c, Duration.ofSeconds(c.getInt("cluster.wait.seconds")));
    }

    /**
     * Waits until the cluster answers; a clear message if nothing listens at bootstrap.servers. Each attempt carries
     * its own timeout, so no request is left pending when the wait ends, and the client closes at once (closing an
     * admin client with pending requests waits for them, which used to double the wait).
     */
    public static void awaitCluster(ParleyConfig c, Duration timeout) {
        Admin admin = admin(c);
        try {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (true) {
                long left = Math.max(100, (deadline - System.nanoTime()) / 1_000_000);
                try {
                    admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) Math.min(left, 5_000))).nodes()
                            .get(Math.min(left, 5_000) + 1_000, TimeUnit.MILLISECONDS);
                    return;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for the Kafka cluster at " + c.bootstrapServers(), e);
                } catch (Exception e) {
                    if (System.nanoTime() >= deadline)
                        throw new IllegalStateException("no Kafka cluster answers at " + c.bootstrapServers() + " after "
                                + timeout.toSeconds() + " s (start one with './parley broker', or pass --bootstrap-servers; "
                                + "cluster.wait.seconds sets the wait)");
                    sleep(200);
                }
            }
        } finally {
            admin.close(Duration.ofSeconds(1));
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
