package parley.consumer;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import parley.config.ParleyConfig;
import parley.kafka.KafkaSetup;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Whether a table's stored read positions may be trusted for the topics as they are now (issue #16). Positions are
 * kept per topic name and partition, with the id of the topic they were read from. After a start over (a new broker,
 * or a topic deleted and created again) the same name has new offsets, and positions from the old topic would skip
 * rows of the new one. Shared by the result and the alert consumers: both resume from their tables' positions.
 */
public final class StoredPositions {
    private static final Logger LOG = LoggerFactory.getLogger(StoredPositions.class);

    private StoredPositions() { }

    /** A table (or file) that keeps its own read positions, each with the id of the topic it was read from. */
    public interface Table {
        String name();

        /** The next offset this table needs, per partition it has seen; absent = from the beginning. */
        Map<TopicPartition, Long> positions();

        /** The topic id each stored position was read from; a partition absent here has no id recorded. */
        Map<TopicPartition, String> topicIds();

        /** The ids (topic name → topic id) of the topics being read: positions written from now on are stored with them. */
        void useTopicIds(Map<String, String> ids);

        /**
         * Its stored positions of these partitions are not trusted ({@link #checked}): they will be read from the start.
         * A table that upserts needs nothing; one that cannot (an append-only file) may start over here, forgetting its
         * positions. Called before they are read again.
         */
        default void startOver(Collection<TopicPartition> distrusted) { }
    }

    /**
     * On an assignment of {@code parts}: tells every table the ids of the topics being read, puts into {@code have}
     * (per table, the next offset it needs) its stored positions for these partitions that may be trusted
     * ({@link #checked}), and seeks each partition to the least offset any table needs. What an earlier assignment
     * knew about these partitions is checked again, like the rest.
     */
    public static <T extends Table> void resume(ParleyConfig config, Consumer<?, ?> consumer, String who, Collection<TopicPartition> parts,
                                                List<T> tables, Map<T, Map<TopicPartition, Long>> have) {
        if (parts.isEmpty()) return;
        Map<String, String> ids = topicIds(config, parts, who);
        Map<TopicPartition, Long> end = endOffsets(consumer, parts, who);
        for (T t : tables) {
            t.useTopicIds(ids);
            Map<TopicPartition, Long> from = have.computeIfAbsent(t, k -> new ConcurrentHashMap<>());
            parts.forEach(from::remove);
            Map<TopicPartition, Long> ok = checked(t, parts, ids, end);
            Map<TopicPartition, Long> stored = t.positions();
            List<TopicPartition> distrusted = parts.stream().filter(tp -> stored.getOrDefault(tp, 0L) > 0 && !ok.containsKey(tp)).toList();
            if (!distrusted.isEmpty()) {
                t.startOver(distrusted);
                if (!t.positions().equals(stored)) { // it forgot positions: what it has is checked again
                    from.clear();
                    from.putAll(checked(t, parts, ids, end));
                    continue;
                }
            }
            from.putAll(ok);
        }
        for (TopicPartition tp : parts)
            consumer.seek(tp, tables.stream().mapToLong(t -> have.get(t).getOrDefault(tp, 0L)).min().orElse(0L));
    }

    /**
     * The table's stored positions of these partitions that belong
     * to the topics as they are now: stored for the same topic id ({@code ids}, name → id), and not past the topic's
     * end. Anything else (a new broker after a start over, a topic deleted and created again, positions from before
     * ids were stored) is logged and dropped: that partition is read from the start, which is safe because every
     * table upserts. When the cluster did not say a topic's id, only its end is checked.
     */
    public static Map<TopicPartition, Long> checked(Table table, Collection<TopicPartition> parts, Map<String, String> ids,
                                                    Map<TopicPartition, Long> end) {
        String name = table.name();
        Map<TopicPartition, Long> stored = table.positions();
        Map<TopicPartition, String> storedIds = table.topicIds();
        Map<TopicPartition, Long> ok = new HashMap<>();
        for (TopicPartition tp : parts) {
            Long at = stored.get(tp);
            if (at == null || at == 0) continue;
            String now = ids.get(tp.topic());
            String was = storedIds.get(tp);
            Long last = end.get(tp);
            if (now != null && !now.equals(was)) {
                LOG.warn("{}: its position {} in {} was stored for {}, not for this topic (id {}): reading {} from the start",
                        name, at, tp, was == null ? "a topic of unknown id" : "topic id " + was, now, tp);
            } else if (last != null && at > last) {
                LOG.warn("{}: its position {} in {} is past the end of the topic ({}): reading {} from the start", name, at, tp, last, tp);
            } else {
                ok.put(tp, at);
            }
        }
        return ok;
    }

    /** Topic name → Kafka topic id for the topics of these partitions; empty when the cluster does not say (logged). */
    public static Map<String, String> topicIds(ParleyConfig config, Collection<TopicPartition> parts, String who) {
        Set<String> names = new TreeSet<>();
        parts.forEach(tp -> names.add(tp.topic()));
        try (Admin admin = KafkaSetup.admin(config)) {
            Map<String, String> ids = new HashMap<>();
            admin.describeTopics(names).allTopicNames().get(30, TimeUnit.SECONDS)
                    .forEach((n, d) -> ids.put(n, d.topicId().toString()));
            return ids;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Map.of();
        } catch (Exception e) {
            LOG.warn("{}: cannot learn the ids of {} ({}); stored positions are checked only against the topics' ends",
                    who, names, e.getMessage());
            return Map.of();
        }
    }

    /** The end offsets of these partitions; empty when the broker does not say (logged). */
    public static Map<TopicPartition, Long> endOffsets(Consumer<?, ?> consumer, Collection<TopicPartition> parts, String who) {
        try {
            return consumer.endOffsets(parts, Duration.ofSeconds(30));
        } catch (KafkaException e) {
            LOG.warn("{}: cannot learn the ends of {} ({}); stored positions are not checked against them", who, parts, e.getMessage());
            return Map.of();
        }
    }
}
