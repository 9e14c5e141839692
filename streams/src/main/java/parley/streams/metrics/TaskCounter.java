package parley.streams.metrics;

import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.streams.StreamsMetrics;
import org.apache.kafka.streams.processor.api.ProcessorContext;

/**
 * A per-task count as a Streams metric: {@code <operation>-total} and {@code <operation>-rate} in group
 * {@value #GROUP} with tags thread-id and {@code parley-id} = task id. KafkaStreams#metrics() exposes it, so a
 * Micrometer KafkaStreamsMetrics binder picks it up with no extra code.
 */
public final class TaskCounter {
    public static final String SCOPE = "parley";
    public static final String GROUP = "stream-" + SCOPE + "-metrics";
    public static final String DEAD_LETTERS = "dead-letter";
    public static final String LATE = "late";
    public static final String DUPLICATE_IDS = "duplicate-id";
    /** Reports passed on to dedup: with dead letters, late and duplicate ids it reconciles the events topic. */
    public static final String ACCEPTED = "accepted";

    private final StreamsMetrics metrics;
    private final Sensor sensor;

    private TaskCounter(StreamsMetrics metrics, Sensor sensor) {
        this.metrics = metrics;
        this.sensor = sensor;
    }

    /** One sensor per task (the task id is in its name), so two tasks on one thread never share counts. */
    public static TaskCounter register(ProcessorContext<?, ?> context, String operation) {
        StreamsMetrics m = context.metrics();
        return new TaskCounter(m, m.addRateTotalSensor(SCOPE, context.taskId().toString(), operation, Sensor.RecordingLevel.INFO));
    }

    public void increment() { sensor.record(); }

    public void close() { metrics.removeSensor(sensor); }
}
