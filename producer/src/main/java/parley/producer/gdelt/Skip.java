package parley.producer.gdelt;

/** Why a GDELT row produced no event; the strings are the keys of {@link GdeltStats} skip counts. */
public final class Skip {
    /** Field count fits no known layout, an unbalanced quote, an over-long line, or a non-numeric GlobalEventID. */
    public static final String MALFORMED_ROW = "malformed-row";
    /** EventCode is none of 010–019, 040–044, 046. */
    public static final String CAMEO_NOT_MAPPED = "cameo-not-mapped";
    /** SQLDATE (or the publication day) is not a strict YYYYMMDD calendar day, or is before 1900-01-01. */
    public static final String BAD_DATE = "bad-date";
    /** SQLDATE is later than the publication day + 1 (CONTRACT.md §1). */
    public static final String FUTURE_DATE = "future-date";
    /** The acting side has no country code and no known organisation. */
    public static final String NO_ACTOR_COUNTRY = "no-actor-country";
    /** The acting side's country is a CAMEO region (EUR, WST, AFR, …), not a country or contract organisation. */
    public static final String REGION_CODE = "region-code";
    /** The acting side's country code is not ISO alpha-3, XKX, a mapped CAMEO code or a region. */
    public static final String UNKNOWN_CODE = "unknown-code";
    /** MEETING/CALL without a counterpart country. */
    public static final String NO_COUNTERPART_COUNTRY = "no-counterpart-country";
    /** MEETING/CALL whose counterpart is a CAMEO region. */
    public static final String COUNTERPART_REGION_CODE = "counterpart-region-code";
    /** MEETING/CALL whose counterpart code is unknown. */
    public static final String COUNTERPART_UNKNOWN_CODE = "counterpart-unknown-code";
    /** MEETING/CALL between one country, or a VISIT whose only host candidates are the visitor's own country. */
    public static final String SAME_COUNTRY = "same-country";
    /** VISIT with neither a resolvable action-geo country nor a counterpart country. */
    public static final String NO_HOST = "no-host";
    /** The built event failed the strict contract round trip (EventCodec); should not happen. */
    public static final String INVALID_EVENT = "invalid-event";

    private Skip() { }
}
