package parley.streams.engagement;

import java.util.Comparator;

/**
 * A row of one entity and window length, without its window end (the day a {@link DayTable} files it under).
 * {@link #toString} is the row's store-key text {@code N|entity}. A class with its hash kept, not a record: it is
 * looked up in the open rows once per window and day a delta touches, and a record's hash is computed each time.
 */
public final class RowId {
    /** Window length, then entity (countries {@code C:…} before pairs {@code P:…}). */
    public static final Comparator<RowId> ORDER = Comparator.comparingInt(RowId::window).thenComparing(RowId::entity);

    private final int window;
    private final String entity;
    private final int hash;

    public RowId(int window, String entity) {
        this.window = window;
        this.entity = entity;
        this.hash = 31 * entity.hashCode() + window;
    }

    public int window() { return window; }

    public String entity() { return entity; }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof RowId r && r.hash == hash && r.window == window && r.entity.equals(entity);
    }

    @Override
    public int hashCode() { return hash; }

    @Override
    public String toString() { return window + "|" + entity; }
}
