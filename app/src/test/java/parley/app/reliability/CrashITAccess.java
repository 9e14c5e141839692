package parley.app.reliability;

import org.apache.kafka.streams.KafkaStreams;
import parley.app.Completion;
import parley.app.Topics;
import parley.config.ParleyConfig;
import parley.consumer.ResultConsumer;
import parley.consumer.Sinks;
import parley.consumer.sink.ResultSink;
import parley.model.Event;
import parley.streams.EngagementApp;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The uninterrupted in-process run (Streams + consumer to SQLite) for any workload: the reference results. */
final class CrashITAccess {
    private CrashITAccess() { }

    static List<String> runInProcess(ParleyConfig c, List<Event> events) throws Exception {
        return runInProcess(c, events, () -> { });
    }

    /** The same, with {@code duringRun} called once Streams and the consumer run (to inject a fault). */
    static List<String> runInProcess(ParleyConfig c, List<Event> events, CrashIT.ThrowingRunnable duringRun) throws Exception {
        Topics.prepare(c, Duration.ofSeconds(60));
        Workload.publish(c, events, 1000, 0);
        List<ResultSink> sinks = Sinks.open(c, List.of());
        ResultConsumer rc = new ResultConsumer(c, sinks);
        Thread t = new Thread(rc, "ref-consumer");
        try (EngagementApp app = new EngagementApp(c)) {
            app.start();
            t.start();
            duringRun.run();
            assertThat(Completion.await(c, rc, Duration.ofSeconds(150), () -> app.state() != KafkaStreams.State.ERROR)).isTrue();
        } finally {
            rc.close();
            t.join(15_000);
            sinks.forEach(ResultSink::close);
        }
        return Workload.sqliteRows(c.path("sink.sqlite"));
    }
}
