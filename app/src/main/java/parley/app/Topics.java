package parley.app;

import org.apache.kafka.clients.admin.Admin;
import parley.config.ParleyConfig;
import parley.kafka.KafkaSetup;
import parley.streams.EngagementApp;
import parley.streams.StreamsSettings;

import java.time.Duration;

/** Creates every topic a run needs: the contract's topics and the Streams application's re-keying topics. */
public final class Topics {
    private Topics() { }

    public static void prepare(ParleyConfig c, Duration timeout) {
        try (Admin admin = KafkaSetup.admin(c)) {
            KafkaSetup.ensureTopics(admin, KafkaSetup.topics(c), timeout);
            KafkaSetup.ensureTopics(admin, EngagementApp.newTopics(StreamsSettings.from(c), c.getInt("topic.partitions"),
                    (short) c.getInt("topic.replication.factor")), timeout);
        }
    }
}
