package parley.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a country takes part in an event (CONTRACT.md §2); the first that applies wins. The order is the by_role order. */
public enum Role {
    OUTBOUND, INBOUND, VENUE, SUBJECT;

    @JsonValue
    public String json() { return name().toLowerCase(java.util.Locale.ROOT); }
}
