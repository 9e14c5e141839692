package parley.app;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import parley.config.ConfigException;
import parley.config.ParleyConfig;
import parley.kafka.KafkaSetup;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue #17: the re-keying topics are named {@code <app>-…-repartition} so that the application reset tool deletes
 * them. A topic of the earlier name may still hold unread deltas: parley stops and says how to move on.
 */
@ExtendWith(BrokerExtension.class)
class LegacyRekeyTopicsIT {

    @Test
    void theReKeyingTopicsHaveNamesTheResetToolDeletesAndOldNamesStopTheStart() throws Exception {
        String ns = "legacy-" + System.nanoTime();
        ParleyConfig.Builder b = ParleyConfig.builder().set("bootstrap.servers", BrokerExtension.bootstrapServers())
                .set("topic.partitions", "2").set("application.id", ns);
        for (String t : List.of("events", "late", "dlq", "rejects", "live", "final", "alerts")) b.set("topic." + t, ns + "." + t);
        ParleyConfig c = b.build();
        Topics.prepare(c, Duration.ofSeconds(60));
        try (Admin admin = KafkaSetup.admin(c)) {
            Set<String> names = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            // what kafka-streams-application-reset deletes: <application.id>-…-changelog / -repartition
            assertThat(names).contains(ns + "-events-by-key-repartition", ns + "-deltas-by-entity-repartition", ns + ".events.accepted");

            admin.createTopics(List.of(new NewTopic(ns + "-deltas-by-entity", 2, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        assertThatThrownBy(() -> Topics.prepare(c, Duration.ofSeconds(60))).isInstanceOf(ConfigException.class)
                .hasMessageContaining(ns + "-deltas-by-entity is from an earlier parley").hasMessageContaining("reset");
    }
}
