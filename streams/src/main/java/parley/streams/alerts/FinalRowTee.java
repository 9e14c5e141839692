package parley.streams.alerts;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Stands where the final rows' sink stood (under the same node name, which is where the engagement processor sends
 * final rows) and hands each row, unchanged, to the final topic's sink and to the {@link AlertProcessor}.
 */
final class FinalRowTee implements Processor<String, Object, String, Object> {
    private ProcessorContext<String, Object> context;

    @Override
    public void init(ProcessorContext<String, Object> context) { this.context = context; }

    @Override
    public void process(Record<String, Object> row) { context.forward(row); }
}
