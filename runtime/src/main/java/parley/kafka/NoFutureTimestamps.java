package parley.kafka;

import org.apache.kafka.clients.producer.ProducerInterceptor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

import java.util.Map;

/**
 * Stamps a record dated in the future with the wall clock instead. Brokers refuse a timestamp more than
 * {@code log.message.timestamp.after.max.ms} ahead (one hour by default since Kafka 4.0), and a refused record
 * inside an exactly-once transaction fails the whole commit, again on every retry: one event dated tomorrow would
 * stop the application. parley stamps records with their event day, and CONTRACT.md §1 allows events up to the
 * processing day + 2 (published tomorrow, dated the day after), so the day can be ahead of the clock.
 *
 * <p>Nothing reads event time from these timestamps where it matters: Streams takes it from the event's
 * {@code date}, and rows carry their window bounds. Installed on every producer parley configures
 * ({@code interceptor.classes}); records dated today or earlier pass unchanged.
 */
public final class NoFutureTimestamps<K, V> implements ProducerInterceptor<K, V> {
    @Override
    public ProducerRecord<K, V> onSend(ProducerRecord<K, V> record) {
        Long ts = record.timestamp();
        long now = System.currentTimeMillis();
        if (ts == null || ts <= now) return record;
        return new ProducerRecord<>(record.topic(), record.partition(), now, record.key(), record.value(), record.headers());
    }

    @Override
    public void onAcknowledgement(RecordMetadata metadata, Exception exception) { }

    @Override
    public void close() { }

    @Override
    public void configure(Map<String, ?> configs) { }
}
