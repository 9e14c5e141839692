package parley.app.reliability;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import parley.app.BrokerExtension;
import parley.app.Topics;
import parley.config.ParleyConfig;
import parley.kafka.KafkaSetup;
import parley.model.Event;
import parley.streams.EngagementApp;
import org.apache.kafka.streams.KafkaStreams;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #7 item 4: two Streams instances (one a child JVM, one in this JVM; same application.id) share a 2-partition events topic; one is
 * killed with kill -9 while events flow, the other takes over all partitions, and the final rows equal those of one
 * instance on the same partitioning.
 *
 * <p>Why the comparison is valid (CONTRACT §2: with several partitions, results "may differ only in lateness
 * decisions and in how soon rows for new days appear"): grace is 400 days and the events span 150 days, so no event
 * is late at any stage under any interleaving of the two source partitions, and no row becomes final; every report
 * of one event_key has the same parties and roles (Workload), so which report arrives first at dedup cannot change a
 * count; and rows are compared only after everything is processed, when every row for every day up to each task's
 * stream day exists. What remains is a function of the set of accepted events, which is the same in both runs.
 */
@ExtendWith(BrokerExtension.class)
class ScaleOutIT {
    static final List<Event> EVENTS = Workload.events(11, 1500, 150, false, 3);

    @TempDir Path root;

    ParleyConfig config(String ns, Path work) throws Exception {
        return Kit.config(BrokerExtension.bootstrapServers(), ns, work, 2).set("grace.days", "400").build();
    }

    @Test
    void twoInstancesShareTheWorkAndTheSurvivorTakesOverWithIdenticalResults() throws Exception {
        ParleyConfig single = config("so1-" + System.nanoTime(), root.resolve("single"));
        List<String> reference = CrashITAccess.runInProcess(single, EVENTS);

        ParleyConfig c = config("so2-" + System.nanoTime(), root.resolve("two"));
        Topics.prepare(c, Duration.ofSeconds(60));
        List<String> base = new ArrayList<>(List.of("streams"));
        base.addAll(Workload.flags(c));
        // a dead instance's partitions move after the session timeout: 6 s (the broker's minimum) instead of 45 s
        base.addAll(List.of("--set", "streams.session.timeout.ms=6000", "--set", "streams.heartbeat.interval.ms=1500"));
        List<String> a1 = new ArrayList<>(base);
        a1.addAll(List.of("--set", "state.dir=" + root.resolve("two/state-1")));
        // instance 1 is a child JVM (so it can be killed with kill -9); instance 2, the survivor, runs in this JVM
        ParleyConfig c2 = c.with("state.dir", root.resolve("two/state-2").toString()).with("streams.session.timeout.ms", "6000")
                .with("streams.heartbeat.interval.ms", "1500");
        Thread producer = new Thread(() -> {
            try {
                Workload.publish(c, EVENTS, 50, 250); // about 7 s of flow
            } catch (InterruptedException ignored) { }
        }, "paced-producer");
        ChildJvm one = ChildJvm.start("streams-1", root, a1.toArray(String[]::new));
        try (EngagementApp two = new EngagementApp(c2)) {
            two.start();
            // both members hold events partitions: the work is shared; then events flow
            Kit.await("two members sharing the events partitions", Duration.ofSeconds(150), () -> owners(c).size() == 2);
            List<Set<String>> shared = owners(c);
            assertThat(shared).allSatisfy(s -> assertThat(s).isNotEmpty());
            producer.start();
            Kit.await("some events processed", Duration.ofSeconds(60), () -> CrashIT.committed(c) > 0 || CrashIT.committed(c, 1) > 0);
            assertThat(producer.isAlive()).as("kill while events flow").isTrue();
            one.kill();
            // the survivor takes over both partitions
            Kit.await("one member owning both partitions", Duration.ofSeconds(120),
                    () -> owners(c).size() == 1 && owners(c).get(0).size() == 2);
            producer.join(180_000);
            Kit.awaitStreamsIdle(c, Duration.ofSeconds(150));
            assertThat(two.state()).isEqualTo(KafkaStreams.State.RUNNING);
        } finally {
            one.close();
            producer.interrupt();
        }
        assertThat(CrashIT.sinkRows(c)).as("rows after scale-out and losing an instance").isEqualTo(reference);
    }

    /** For each member of the Streams group that holds partitions of the events topic, the partitions it holds. */
    static List<Set<String>> owners(ParleyConfig c) {
        try (Admin admin = KafkaSetup.admin(c)) {
            ConsumerGroupDescription d = admin.describeConsumerGroups(List.of(c.get("application.id")))
                    .describedGroups().get(c.get("application.id")).get(10, TimeUnit.SECONDS);
            List<Set<String>> out = new ArrayList<>();
            for (MemberDescription m : d.members()) {
                Set<String> tps = new TreeSet<>();
                for (TopicPartition tp : m.assignment().topicPartitions())
                    if (tp.topic().equals(c.get("topic.events"))) tps.add(tp.toString());
                if (!tps.isEmpty()) out.add(tps);
            }
            return out;
        } catch (Exception e) {
            return List.of();
        }
    }
}
