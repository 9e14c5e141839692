package parley.streams.engagement;

/**
 * A row of one entity and window length, without its window end (the day a {@link DayTable} files it under).
 * {@link #toString} is the row's store-key text {@code N|entity}.
 */
public record RowId(int window, String entity) {
    /** Window length, then entity (countries {@code C:…} before pairs {@code P:…}). */
    public static final java.util.Comparator<RowId> ORDER = java.util.Comparator.comparingInt(RowId::window).thenComparing(RowId::entity);

    @Override
    public String toString() { return window + "|" + entity; }
}
