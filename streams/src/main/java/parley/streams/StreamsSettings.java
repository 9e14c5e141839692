package parley.streams;

import parley.config.ParleyConfig;
import parley.model.Topics;

import java.util.Collections;
import java.util.List;

/**
 * Everything the topology depends on, derived from {@link ParleyConfig}; a plain value so the topology stays a
 * pure function of it.
 *
 * @param topics         the contract's topics
 * @param applicationId  names the two intermediate topics (one application, one set of them)
 * @param windows        rolling window sizes in days, e.g. 7, 30, 90
 * @param graceDays      an event dated before stream day − grace is late; a row is final once window_end is
 * @param inMemoryStores true only for tests that want speed over durability; production uses RocksDB
 * @param rekey          true when the events topic has several partitions: intake and dedup then run per events
 *                       partition (events are keyed by event_key; others are re-keyed once), deltas pass by entity
 *                       through the deltas topic with the intake tasks' watermarks. With one partition there is one
 *                       task, which already sees every key: the stages are chained in memory, so a record waits for
 *                       one transaction commit instead of two.
 * @param maxRecordBytes the most one record the application writes may take (key, value and headers): dead
 *                       letters and late records of huge input are cut to fit ({@code max.record.bytes})
 * @param partitions     partitions of the events topic = intake tasks: the engagement stage waits for a watermark
 *                       from each before it moves its stream day (only used when re-keying)
 * @param coalesceLive   {@code live.coalesce}: the live topic gets each changed row once per commit, with its latest
 *                       value (Streams' record cache, as for a KTable), instead of every change
 */
public record StreamsSettings(Topics topics, String applicationId, List<Integer> windows, int graceDays,
                              boolean inMemoryStores, boolean rekey, int maxRecordBytes, int partitions, boolean coalesceLive) {

    public StreamsSettings {
        windows = List.copyOf(windows);
        if (windows.isEmpty()) throw new IllegalArgumentException("no window sizes");
        for (int w : windows) if (w < 1) throw new IllegalArgumentException("window size must be ≥ 1 day, got " + w);
        if (windows.size() != windows.stream().distinct().count()) throw new IllegalArgumentException("window sizes repeat: " + windows);
        if (graceDays < 0) throw new IllegalArgumentException("grace must be ≥ 0 days, got " + graceDays);
        if (partitions < 1) throw new IllegalArgumentException("partitions must be ≥ 1, got " + partitions);
        if (maxRecordBytes < 1024) throw new IllegalArgumentException("max record bytes must be ≥ 1024, got " + maxRecordBytes);
    }

    public static StreamsSettings from(ParleyConfig c) {
        int partitions = c.getInt("topic.partitions");
        return new StreamsSettings(Topics.from(c), c.get("application.id"), c.windows(), c.graceDays(), false,
                partitions > 1, c.getInt("max.record.bytes"), partitions, Boolean.parseBoolean(c.get("live.coalesce")));
    }

    public static StreamsSettings defaults() { return from(ParleyConfig.defaults()); }

    public StreamsSettings withWindows(List<Integer> w) { return new StreamsSettings(topics, applicationId, w, graceDays, inMemoryStores, rekey, maxRecordBytes, partitions, coalesceLive); }

    public StreamsSettings withGrace(int g) { return new StreamsSettings(topics, applicationId, windows, g, inMemoryStores, rekey, maxRecordBytes, partitions, coalesceLive); }

    public StreamsSettings withInMemoryStores(boolean m) { return new StreamsSettings(topics, applicationId, windows, graceDays, m, rekey, maxRecordBytes, partitions, coalesceLive); }

    public StreamsSettings withRekey(boolean r) { return new StreamsSettings(topics, applicationId, windows, graceDays, inMemoryStores, r, maxRecordBytes, partitions, coalesceLive); }

    public StreamsSettings withMaxRecordBytes(int b) { return new StreamsSettings(topics, applicationId, windows, graceDays, inMemoryStores, rekey, b, partitions, coalesceLive); }

    /** Several partitions (re-keying): n intake tasks. */
    public StreamsSettings withPartitions(int n) { return new StreamsSettings(topics, applicationId, windows, graceDays, inMemoryStores, n > 1 || rekey, maxRecordBytes, n, coalesceLive); }

    public StreamsSettings withCoalesceLive(boolean c) { return new StreamsSettings(topics, applicationId, windows, graceDays, inMemoryStores, rekey, maxRecordBytes, partitions, c); }

    /**
     * Events another producer keyed otherwise than by event_key, re-keyed by it (first repartition). Named like a
     * Streams repartition topic ({@code <application.id>-…-repartition}) so that the application reset tool deletes it.
     */
    public String eventsByKeyTopic() { return applicationId + "-events-by-key-repartition"; }

    /** Count deltas keyed by entity, and the intake tasks' watermarks (second repartition); named like the first. */
    public String deltasByEntityTopic() { return applicationId + "-deltas-by-entity-repartition"; }

    /** The names of the two topics before they were named for the reset tool (parley before issue #17). */
    public List<String> legacyRepartitionTopics() { return List.of(applicationId + "-events-by-key", applicationId + "-deltas-by-entity"); }

    public int maxWindow() { return Collections.max(windows); }
}
