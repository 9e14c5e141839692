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

    private final RecordBudget budget;
    private ProcessorContext<String, Object> context;
    private TaskCounter deadLetters;

    public ValidateProcessor(int maxRecordBytes) { this.budget = new RecordBudget(maxRecordBytes); }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
        this.deadLetters = TaskCounter.register(context, TaskCounter.DEAD_LETTERS);
    }

    @Override
    public void process(Record<String, Parsed> record) {
        Parsed p = record.value();
        if (p != null && p.valid()) {
            context.forward(record, TO_ACCEPT);
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

    @Override
    public void close() {
        if (deadLetters != null) deadLetters.close();
    }
}
