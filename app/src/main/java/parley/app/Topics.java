package parley.app;

import org.apache.kafka.clients.admin.Admin;
import parley.config.ParleyConfig;
import parley.kafka.KafkaSetup;
import parley.streams.EngagementApp;
import parley.streams.StreamsSettings;

import java.time.Duration;

/** Creates every topic a run needs: the contract's topics and the Streams application's re-keying topics, if any. */
public final class Topics {
    private Topics() { }

    public static void prepare(ParleyConfig c, Duration timeout) {
        try (Admin admin = KafkaSetup.admin(c)) {
            KafkaSetup.ensureTopics(admin, KafkaSetup.topics(c), timeout);
            // The topology's shape follows topic.partitions (one partition: no re-keying), so it must be the truth;
            // checked before the Streams application's own topics are created with that count.
            int partitions = c.getInt("topic.partitions");
            String events = parley.model.Topics.from(c).events();
            int actual = KafkaSetup.partitions(admin, events, timeout);
            if (actual != partitions)
                throw new parley.config.ConfigException("topic " + events + " has " + actual + " partitions but topic.partitions is "
                        + partitions + ": run with --set topic.partitions=" + actual + " (or PARLEY_TOPIC_PARTITIONS="
                        + actual + "); a different count needs new topics and an application reset");
            StreamsSettings settings = StreamsSettings.from(c);
            refuseLegacyRepartitionTopics(admin, settings, timeout);
            KafkaSetup.ensureTopics(admin, EngagementApp.newTopics(settings, partitions,
                    (short) c.getInt("topic.replication.factor")), timeout);
        }
    }

    /**
     * The re-keying topics were renamed (…-repartition, so that the application reset tool deletes them). Deltas
     * still unread in a topic of the old name would be lost without a word: stop and say how to move on instead.
     */
    static void refuseLegacyRepartitionTopics(Admin admin, StreamsSettings s, Duration timeout) {
        java.util.Set<String> existing;
        try {
            existing = admin.listTopics().names().get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while listing topics", e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot list topics: " + e.getMessage(), e);
        }
        for (String old : s.legacyRepartitionTopics())
            if (existing.contains(old))
                throw new parley.config.ConfigException("topic " + old + " is from an earlier parley (now "
                        + s.eventsByKeyTopic() + " and " + s.deltasByEntityTopic() + "): reset the application and"
                        + " delete it as the README says (Reset and replay), then start again");
    }
}
