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
            KafkaSetup.ensureTopics(admin, EngagementApp.newTopics(StreamsSettings.from(c), partitions,
                    (short) c.getInt("topic.replication.factor")), timeout);
        }
    }
}
