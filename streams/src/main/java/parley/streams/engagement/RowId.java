package parley.streams.engagement;

import java.util.Comparator;

/**
 * A row of one entity and window length, without its window end (the day a {@link DayTable} files it under).
 * {@link #toString} is the row's store-key text {@code N|entity}. A class with its hash kept, not a record: it is
 * looked up in the open rows once per window and day a delta touches, and a record's hash is computed each time.
 */
public final class RowId {
    /**
     * Window length, then entity (countries {@code C:…} before pairs {@code P:…}). Written out: final rows are sorted
     * by it at every stream day, and the composed comparator's lambdas were a twentieth of the Streams thread.
     */
    public static final Comparator<RowId> ORDER = (a, b) -> a.window != b.window ? Integer.compare(a.window, b.window) : a.entity.compareTo(b.entity);

    private final int window;
    private final String entity;
    private final int hash;
    /** The start of the row's upsert key, {@code AZE|30|}: made once per row id, not once per row written. */
    private String keyPrefix;

    public RowId(int window, String entity) {
        this.window = window;
        this.entity = entity;
        this.hash = 31 * entity.hashCode() + window;
    }

    public int window() { return window; }

    public String entity() { return entity; }

    /** {@code AZE|30|} or {@code AZE|RUS|30|}: the row's upsert key without its window end. */
    String keyPrefix() {
        String p = keyPrefix;
        if (p == null) keyPrefix = p = entity.substring(2) + "|" + window + "|";
        return p;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof RowId r && r.hash == hash && r.window == window && r.entity.equals(entity);
    }

    @Override
    public int hashCode() { return hash; }

    @Override
    public String toString() { return window + "|" + entity; }
}
