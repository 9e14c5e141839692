package parley.streams.state;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.internals.InternalProcessorContext;
import org.apache.kafka.streams.processor.internals.ProcessorNode;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.internals.CachedStateStore;

import java.util.function.BiConsumer;

/**
 * A store kept only for its Kafka Streams record cache, the mechanism behind a KTable's emit-on-flush: values put
 * between two commits are coalesced per key, and each dirty key's latest value goes once to a callback when Streams
 * flushes the cache. Streams flushes every task's caches before it commits (with exactly-once inside the transaction
 * the commit closes, before the input offsets are committed), and flushes an entry early when the cache
 * ({@code statestore.cache.max.bytes}, shared by the thread's stores) needs room. Nothing put is ever lost: it is
 * handed over at the latest in the commit that covers the input that put it, or the transaction is aborted and the
 * input processed again.
 *
 * <p>The store under the cache is an LRU map of one entry: it only backs the cache (Streams writes each flushed entry
 * to it), nobody reads it, so it holds no memory worth naming; the memory is the cache's, bounded by its size. No
 * changelog: after a crash the input since the last commit is processed again and puts again.
 *
 * <p>Kafka Streams has no public hook for this in the Processor API; the DSL's KTable source registers the same
 * listener ({@code TimestampedCacheFlushListener}) through the same internal interfaces used here, and forwards from
 * the flush with its own node set as the current node, as {@link #onFlush} does.
 */
public final class CommitCoalescer {
    private CommitCoalescer() { }

    public static StoreBuilder<KeyValueStore<Bytes, byte[]>> store(String name) {
        return Stores.keyValueStoreBuilder(Stores.lruMap(name, 1), Serdes.Bytes(), Serdes.ByteArray())
                .withCachingEnabled().withLoggingDisabled();
    }

    /**
     * Hands each flushed key and value (never a deleted one) to {@code onFlush}, with the calling processor as the
     * current node so that it may forward. Call from {@code Processor#init}. Returns false, registering nothing, when
     * the store has no record cache or the context is not Kafka Streams' own (a {@code MockProcessorContext}): the
     * caller then has nothing coalesced and must forward directly.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static boolean onFlush(StateStore store, ProcessorContext<?, ?> context, BiConsumer<Bytes, byte[]> onFlush) {
        if (!(store instanceof CachedStateStore cached) || !(context instanceof InternalProcessorContext internal)) return false;
        ProcessorNode<?, ?, ?, ?> node = internal.currentNode();
        if (node == null) return false;
        return ((CachedStateStore<Bytes, byte[]>) cached).setFlushListener(record -> {
            byte[] value = record.value().newValue;
            if (value == null) return;
            ProcessorNode<?, ?, ?, ?> before = internal.currentNode();
            internal.setCurrentNode(node);
            try {
                onFlush.accept(record.key(), value);
            } finally {
                internal.setCurrentNode(before);
            }
        }, false);
    }
}
