package parley.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParleyConfigTest {
    @Test
    void layersOverrideInOrderDefaultsFileEnvFlags(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("p.properties");
        Files.writeString(file, "grace.days=3\nwindows=7,30\ndashboard.port=9000\n");
        CommonOptions o = new CommonOptions();
        o.configFile = file;
        o.overrides = List.of("dashboard.port=9100");
        ParleyConfig c = o.config(Map.of("PARLEY_GRACE_DAYS", "5", "PARLEY_TOPIC_PARTITIONS", "3"));
        assertThat(c.graceDays()).isEqualTo(5);               // env over file
        assertThat(c.windows()).containsExactly(7, 30);        // file over default
        assertThat(c.getInt("dashboard.port")).isEqualTo(9100); // flag over file
        assertThat(c.getInt("topic.partitions")).isEqualTo(3);
        assertThat(c.get("sink.sqlite")).isEqualTo("work/parley.db"); // ${work.dir} resolved
    }

    @Test
    void kafkaPassthroughReachesTheRightClientAndSecretsAreMasked() {
        ParleyConfig c = ParleyConfig.builder()
                .set("kafka.security.protocol", "SASL_SSL")
                .set("kafka.sasl.jaas.config", "secret-stuff")
                .set("producer.linger.ms", "5").build();
        assertThat(c.kafka("producer")).containsEntry("security.protocol", "SASL_SSL").containsEntry("linger.ms", "5");
        assertThat(c.kafka("consumer")).doesNotContainKey("linger.ms");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        c.print(new PrintStream(out, true));
        assertThat(out.toString()).contains("kafka.sasl.jaas.config").doesNotContain("secret-stuff").contains("********");
    }

    @Test
    void launcherVariablesAreNotSettingsAndProviderPlaceholdersSurvive() {
        ParleyConfig c = ParleyConfig.builder().env(Map.of("PARLEY_HOME", "/x", "PARLEY_SHARED", "/s", "PARLEY_TEST_POSTGRES", "pg"))
                .set("kafka.sasl.jaas.config", "x password=\"${env:KAFKA_PASSWORD}\";").build();
        assertThat(c.kafka("admin")).containsEntry("sasl.jaas.config", "x password=\"${env:KAFKA_PASSWORD}\";");
        assertThatThrownBy(() -> ParleyConfig.builder().env(Map.of("PARLEY_GRACE_DAYZ", "1")).build()).hasMessageContaining("grace.dayz");
    }

    @Test
    void aUrlPasswordIsMaskedWhateverItContains() {
        for (String pw : new String[]{"TopSecret", "TopSecret?x=1", "Top/Secret", "Top Secret", "Top#Secret"})
            assertThat(ParleyConfig.maskSecrets("cannot open postgres://parley:" + pw + "@127.0.0.1:5432/parley: refused"))
                    .isEqualTo("cannot open postgres://parley:********@127.0.0.1:5432/parley: refused");
    }

    @Test
    void theDebugSwitchEveryErrorMessageRecommendsIsNotASetting() {
        // "PARLEY_DEBUG=1 shows the stack trace": it used to stop every command with "unknown config key 'debug'"
        ParleyConfig c = ParleyConfig.builder().env(Map.of("PARLEY_DEBUG", "1", "PARLEY_JAVA_OPTS", "-Xmx1g", "PARLEY_GRACE_DAYS", "3")).build();
        assertThat(c.graceDays()).isEqualTo(3);
    }

    @Test
    void badValuesFailFastWithWhatToFix() {
        assertThatThrownBy(() -> ParleyConfig.builder().set("windows", "7,x").build()).hasMessageContaining("windows must be");
        assertThatThrownBy(() -> ParleyConfig.builder().set("grace.days", "-1").build()).hasMessageContaining("grace.days must be 0..3660");
        assertThatThrownBy(() -> ParleyConfig.builder().set("bootstrap.servers", "localhost").build()).hasMessageContaining("host:port");
        assertThatThrownBy(() -> ParleyConfig.builder().set("processing.guarantee", "exactly_once").build()).hasMessageContaining("exactly_once_v2 or at_least_once");
        assertThatThrownBy(() -> ParleyConfig.builder().set("graec.days", "1").build()).hasMessageContaining("unknown config key 'graec.days'");
        assertThatThrownBy(() -> new CommonOptions() {{ configFile = Path.of("/nonexistent.properties"); }}.config(Map.of()))
                .hasMessageContaining("does not exist");
    }
}
