package parley.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.model.EventKeysTest.event;

class InvolvementTest {
    @Test
    void visitInvolvesActorOutboundAndHostInbound() {
        Involvement i = Involvement.of(event(Kind.VISIT, new Party("a", "RUS", null), new Party("b", "AZE", null), new Place("Baku", "AZE"), List.of(), "s"));
        assertThat(i.countries()).containsExactly(Map.entry("RUS", Role.OUTBOUND), Map.entry("AZE", Role.INBOUND));
        assertThat(i.pairs()).containsExactly(List.of("AZE", "RUS"));
    }

    @Test
    void meetingVenueCountsOnlyWhenNeitherParty() {
        Involvement third = Involvement.of(event(Kind.MEETING, new Party("a", "AZE", null), new Party("b", "ARM", null), new Place("Tbilisi", "GEO"), List.of(), "s"));
        assertThat(third.countries()).containsEntry("GEO", Role.VENUE).hasSize(3);
        assertThat(third.pairs()).containsExactly(List.of("ARM", "AZE"));
        Involvement home = Involvement.of(event(Kind.MEETING, new Party("a", "AZE", null), new Party("b", "ARM", null), new Place("Baku", "AZE"), List.of(), "s"));
        assertThat(home.countries()).containsEntry("AZE", Role.OUTBOUND).hasSize(2);
    }

    @Test
    void callAndStatementPlacesDoNotCount() {
        Involvement call = Involvement.of(event(Kind.CALL, new Party("a", "FRA", null), new Party("b", "DEU", null), new Place("Paris", "FRA"), List.of(), "s"));
        assertThat(call.countries()).containsOnlyKeys("FRA", "DEU");
        Involvement st = Involvement.of(event(Kind.STATEMENT, new Party("a", "CHN", null), null, new Place("Manila", "PHL"), List.of("USA", "CHN", "USA"), "s"));
        assertThat(st.countries()).containsExactly(Map.entry("CHN", Role.OUTBOUND), Map.entry("USA", Role.SUBJECT));
        assertThat(st.pairs()).containsExactly(List.of("CHN", "USA")); // self-pair CHN–CHN dropped, USA once
    }
}
