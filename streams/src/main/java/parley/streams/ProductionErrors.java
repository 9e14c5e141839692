package parley.streams;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

/**
 * What happens when the broker refuses one record the application writes: retry what may succeed later, log and
 * skip what never will (a record too large, a timestamp out of range), never stop the application (issue #15).
 * Streams counts each skipped record in its task-level {@code dropped-records-total} metric.
 *
 * <p>This is the last line. Under exactly-once a refused record also aborts its transaction, so the known causes are
 * prevented upstream: dead letters and late records are cut to fit ({@code RecordBudget}) and future timestamps are
 * clamped ({@code NoFutureTimestamps}).
 */
public final class ProductionErrors implements ProductionExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ProductionErrors.class);

    @Override
    public Response handleError(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record, Exception exception) {
        if (exception instanceof RetriableException) return Response.retry();
        log.error("skipped one record the broker refused: topic {} ({} bytes), written while processing {}-{} offset {} at node {}: {}",
                record.topic(), size(record), context.topic(), context.partition(), context.offset(), context.processorNodeId(),
                exception.toString());
        return Response.resume();
    }

    @Override
    public Response handleSerializationError(ErrorHandlerContext context, ProducerRecord record, Exception exception,
                                             SerializationExceptionOrigin origin) {
        log.error("skipped one record that could not be serialized ({}): topic {}, while processing {}-{} offset {}: {}",
                origin, record.topic(), context.topic(), context.partition(), context.offset(), exception.toString());
        return Response.resume();
    }

    private static long size(ProducerRecord<byte[], byte[]> r) {
        return (r.key() == null ? 0 : r.key().length) + (r.value() == null ? 0 : r.value().length);
    }

    @Override
    public void configure(Map<String, ?> configs) { }
}
