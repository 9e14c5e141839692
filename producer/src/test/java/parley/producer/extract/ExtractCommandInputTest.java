package parley.producer.extract;

import org.junit.jupiter.api.Test;
import parley.producer.cli.ExtractCommand;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExtractCommandInputTest {
    @Test
    void refusesEmptyAndBinaryInput() {
        assertThatThrownBy(() -> ExtractCommand.decode(new byte[0])).hasMessageContaining("empty");
        assertThatThrownBy(() -> ExtractCommand.decode(new byte[]{'P', 'K', 3, 4, 0, 0, 1, 2})).hasMessageContaining("binary");
    }

    @Test
    void acceptsUtf8WithBomAndDetectsHtml() {
        byte[] b = "\uFEFFPresident visited Baku.".getBytes(StandardCharsets.UTF_8);
        assertThat(ExtractCommand.decode(b)).isEqualTo("President visited Baku.");
        assertThat(ExtractCommand.looksHtml("<!DOCTYPE html><html><body><p>x</p>")).isTrue();
        assertThat(ExtractCommand.looksHtml("Plain text about a visit.")).isFalse();
    }
}
