package parley.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue #16: a record without source.id was rejected as "id: missing", which names the wrong field. */
class EventCodecFieldPathTest {
    @Test
    void aMissingOrBadSourceIdIsNamedByItsFullPath() throws Exception {
        ObjectNode missing = EventCodecTest.tree();
        ((ObjectNode) missing.get("source")).remove("id");
        assertThatThrownBy(() -> EventCodec.parse(missing)).isInstanceOf(InvalidEventException.class).hasMessage("source.id: missing");
        ObjectNode number = EventCodecTest.tree();
        ((ObjectNode) number.get("source")).put("id", 7);
        assertThatThrownBy(() -> EventCodec.parse(number)).hasMessageStartingWith("source.id: expected a string");
        ObjectNode topLevel = EventCodecTest.tree();
        topLevel.remove("id");
        assertThatThrownBy(() -> EventCodec.parse(topLevel)).hasMessage("id: missing"); // the event's own id keeps its name
    }
}
