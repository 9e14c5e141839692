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

/**
 * A callback run when Kafka Streams commits the task, for a processor that keeps its pending work in its own maps:
 * the mechanism behind a KTable's emit-on-flush. The hook's store is used only for its record cache: {@link #arm}
 * puts one marker entry, and when Streams flushes the cache, the marker's flush listener runs the callback.
 * Streams flushes every task's caches before it commits (with exactly-once inside the transaction the commit closes,
 * before the input offsets are committed), and flushes an entry early when the cache
 * ({@code statestore.cache.max.bytes}, shared by the thread's stores) needs room. So whatever the callback writes or
 * forwards is in the commit that covers the input that caused it, or the transaction is aborted and the input
 * processed again. What the callback writes to other stores must go to stores without a record cache: a cached
 * store may have been flushed already in this commit.
 *
 * <p>Kafka Streams has no public hook for this in the Processor API; the DSL's KTable source registers the same
 * listener ({@code TimestampedCacheFlushListener}) through the same internal interfaces used here, and forwards from
 * the flush with its own node set as the current node, as the hook does. Under the cache, an LRU map of one entry:
 * nobody reads it. No changelog: after a crash the input since the last commit is processed again.
 */
public final class CommitHook {
    private static final Bytes MARKER = Bytes.wrap(new byte[]{0});
    private static final byte[] ARMED = {1};

    private final KeyValueStore<Bytes, byte[]> store;
    private boolean armed;

    private CommitHook(KeyValueStore<Bytes, byte[]> store) { this.store = store; }

    public static StoreBuilder<KeyValueStore<Bytes, byte[]>> store(String name) {
        return Stores.keyValueStoreBuilder(Stores.lruMap(name, 1), Serdes.Bytes(), Serdes.ByteArray())
                .withCachingEnabled().withLoggingDisabled();
    }

    /**
     * Runs {@code onCommit} at each cache flush after an {@link #arm}, with the calling processor as the current node
     * so that it may forward. Call from {@code Processor#init}. Returns null, registering nothing, when the store has
     * no record cache or the context is not Kafka Streams' own (a {@code MockProcessorContext}): the caller then has
     * no hook and must write and forward at once.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static CommitHook register(StateStore store, ProcessorContext<?, ?> context, Runnable onCommit) {
        if (!(store instanceof CachedStateStore cached) || !(context instanceof InternalProcessorContext internal)) return null;
        ProcessorNode<?, ?, ?, ?> node = internal.currentNode();
        if (node == null) return null;
        CommitHook hook = new CommitHook((KeyValueStore<Bytes, byte[]>) store);
        boolean registered = ((CachedStateStore<Bytes, byte[]>) cached).setFlushListener(record -> {
            if (record.value().newValue == null) return;
            hook.armed = false;
            ProcessorNode<?, ?, ?, ?> before = internal.currentNode();
            internal.setCurrentNode(node);
            try {
                onCommit.run();
            } finally {
                internal.setCurrentNode(before);
            }
        }, false);
        return registered ? hook : null;
    }

    /**
     * Asks for the callback at the next flush. Call after recording the pending work: the marker's put may itself
     * flush at once (a full cache), and the callback must then find that work.
     */
    public void arm() {
        if (armed) return;
        armed = true;
        store.put(MARKER, ARMED);
    }
}
