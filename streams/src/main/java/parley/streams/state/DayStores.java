package parley.streams.state;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * How the stores of the topology are built: RocksDB (or in-memory for tests), cached and changelogged unless the
 * caller turns either off. The cache matters: an entry rewritten several times between commits becomes one RocksDB
 * write (and one changelog record) per commit.
 */
public final class DayStores {
    private DayStores() { }

    public static StoreBuilder<KeyValueStore<Bytes, byte[]>> bytes(String name, boolean inMemory) {
        return of(name, Serdes.Bytes(), Serdes.ByteArray(), inMemory);
    }

    public static <K, V> StoreBuilder<KeyValueStore<K, V>> of(String name, Serde<K> keys, Serde<V> values, boolean inMemory) {
        return Stores.keyValueStoreBuilder(inMemory ? Stores.inMemoryKeyValueStore(name) : Stores.persistentKeyValueStore(name), keys, values)
                .withCachingEnabled();
    }
}
