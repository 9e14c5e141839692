package parley.streams.intake;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import parley.model.InvalidEventException;
import parley.streams.metrics.TaskCounter;

import java.util.Optional;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * Valid events go on; anything else goes to the dead-letter topic with its original key and bytes and the
 * KIP-1034 error headers (the same names and encodings Streams' own DLQ support uses), and is counted. A dead letter
 * that would not fit the record size limit is cut to fit ({@link RecordBudget}): the headers then give the original
 * size and digest, and the coordinates of the whole record.
 */
public final class ValidateProcessor implements Processor<String, Parsed, String, Object> {
    /** Child node names. */
    public static final String TO_DEAD_LETTERS = "dead-letter-sink";
    public static final String TO_ACCEPT = "accept";

    public static final String HEADER_EXCEPTION = "__streams.errors.exception";
    public static final String HEADER_MESSAGE = "__streams.errors.message";
    public static final String HEADER_TOPIC = "__streams.errors.topic";
    public static final String HEADER_PARTITION = "__streams.errors.partition";
    public static final String HEADER_OFFSET = "__streams.errors.offset";

    /** Headers of a re-keyed record: where it was read on the events topic (for the late topic's {@code origin}). */
    public static final String HEADER_ORIGIN_TOPIC = "parley.origin.topic";
    public static final String HEADER_ORIGIN_PARTITION = "parley.origin.partition";
    public static final String HEADER_ORIGIN_OFFSET = "parley.origin.offset";

    private final RecordBudget budget;
    private final String rekeyTo;
    private ProcessorContext<String, Object> context;
    private TaskCounter deadLetters;

    public ValidateProcessor(int maxRecordBytes) { this(maxRecordBytes, null); }

    /**
     * @param rekeyTo with several partitions, the child (a sink to the events-by-key topic) that a valid record whose
     *                key is not its event_key goes to, keyed by event_key, so that every report of one event is
     *                decided in one task; null with one partition (one task sees every key)
     */
    public ValidateProcessor(int maxRecordBytes, String rekeyTo) {
        this.budget = new RecordBudget(maxRecordBytes);
        this.rekeyTo = rekeyTo;
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
        this.deadLetters = TaskCounter.register(context, TaskCounter.DEAD_LETTERS);
    }

    @Override
    public void process(Record<String, Parsed> record) {
        Parsed p = record.value();
        if (p != null && p.valid()) {
            if (rekeyTo != null && !p.event().eventKey().equals(record.key())) rekey(record);
            else context.forward(record, TO_ACCEPT);
            return;
        }
        String reason = p == null ? "empty record (null value)" : p.error();
        Headers headers = RecordBudget.carried(record.headers());
        headers.add(HEADER_EXCEPTION, InvalidEventException.class.getName().getBytes(UTF_8));
        headers.add(HEADER_MESSAGE, RecordBudget.message(reason).getBytes(UTF_8));
        Optional<RecordMetadata> meta = context.recordMetadata();
        meta.ifPresent(m -> {
            headers.add(HEADER_TOPIC, m.topic().getBytes(UTF_8));
            headers.add(HEADER_PARTITION, String.valueOf(m.partition()).getBytes(UTF_8));
            headers.add(HEADER_OFFSET, String.valueOf(m.offset()).getBytes(UTF_8));
        });
        String key = RecordBudget.key(record.key(), headers);
        byte[] value = RecordBudget.value(p == null ? null : p.raw(), budget.room(key, headers), headers);
        context.forward(new Record<String, Object>(key, value, record.timestamp(), headers), TO_DEAD_LETTERS);
        deadLetters.increment();
    }

    /** A record another producer keyed otherwise (e.g. by report id): once more, keyed by event_key, with its origin. */
    private void rekey(Record<String, Parsed> record) {
        Headers headers = RecordBudget.carried(record.headers());
        context.recordMetadata().ifPresent(m -> {
            headers.remove(HEADER_ORIGIN_TOPIC).remove(HEADER_ORIGIN_PARTITION).remove(HEADER_ORIGIN_OFFSET);
            headers.add(HEADER_ORIGIN_TOPIC, m.topic().getBytes(UTF_8));
            headers.add(HEADER_ORIGIN_PARTITION, String.valueOf(m.partition()).getBytes(UTF_8));
            headers.add(HEADER_ORIGIN_OFFSET, String.valueOf(m.offset()).getBytes(UTF_8));
        });
        context.forward(new Record<String, Object>(record.value().event().eventKey(), record.value(), record.timestamp(), headers), rekeyTo);
    }

    @Override
    public void close() {
        if (deadLetters != null) deadLetters.close();
    }
}
