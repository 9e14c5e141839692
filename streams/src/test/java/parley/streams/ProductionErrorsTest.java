package parley.streams;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.InvalidTimestampException;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.processor.TaskId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProductionErrorsTest {
    private final ProductionErrors handler = new ProductionErrors();
    private final ProducerRecord<byte[], byte[]> record = new ProducerRecord<>("parley.events.dlq", new byte[]{1}, new byte[10]);

    @Test
    void aRecordTheBrokerWillNeverTakeIsSkippedNotFatal() {
        for (Exception e : new Exception[]{new RecordTooLargeException("too large"), new InvalidTimestampException("out of range")}) {
            var response = handler.handleError(context(), record, e);
            assertThat(response.result()).as(e.toString()).isEqualTo(ProductionExceptionHandler.Result.RESUME);
        }
    }

    @Test
    void aTransientFailureIsRetried() {
        var response = handler.handleError(context(), record, new NotLeaderOrFollowerException("moving"));
        assertThat(response.result()).isEqualTo(ProductionExceptionHandler.Result.RETRY);
    }

    @Test
    void aSerializationFailureIsSkipped() {
        var response = handler.handleSerializationError(context(), record, new IllegalArgumentException("bad"),
                ProductionExceptionHandler.SerializationExceptionOrigin.VALUE);
        assertThat(response.result()).isEqualTo(ProductionExceptionHandler.Result.RESUME);
    }

    @Test
    void theStreamsConfigurationInstallsItAndTheTimestampClamp() {
        var p = EngagementApp.properties(parley.config.ParleyConfig.defaults());
        assertThat(p.get("production.exception.handler")).isEqualTo(ProductionErrors.class.getName());
        assertThat(p.get("producer.interceptor.classes")).isEqualTo(parley.kafka.NoFutureTimestamps.class.getName());
    }

    private static ErrorHandlerContext context() {
        return new ErrorHandlerContext() {
            public String topic() { return "parley.events"; }
            public int partition() { return 0; }
            public long offset() { return 42; }
            public org.apache.kafka.common.header.Headers headers() { return new RecordHeaders(); }
            public String processorNodeId() { return "dead-letter-sink"; }
            public TaskId taskId() { return new TaskId(0, 0); }
            public long timestamp() { return 0; }
            public byte[] sourceRawKey() { return null; }
            public byte[] sourceRawValue() { return null; }
        };
    }
}
