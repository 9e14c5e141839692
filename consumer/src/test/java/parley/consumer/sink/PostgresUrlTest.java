package parley.consumer.sink;

import org.junit.jupiter.api.Test;
import parley.config.ConfigException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue #16: a malformed PostgreSQL URL printed part of its password in the error. */
class PostgresUrlTest {
    @Test
    void passwordsWithUnencodedSpecialCharactersAreStillPasswords() {
        JdbcSink.PostgresUrl u = JdbcSink.PostgresUrl.parse("postgres://parley:TopSecret?x=1@127.0.0.1:5432/parley");
        assertThat(u.jdbc()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/parley");
        assertThat(u.user()).isEqualTo("parley");
        assertThat(u.password()).isEqualTo("TopSecret?x=1");
        assertThat(JdbcSink.PostgresUrl.parse("postgres://p:Top/Se cret#1@db.example:5432/parley?sslmode=require").jdbc())
                .isEqualTo("jdbc:postgresql://db.example:5432/parley?sslmode=require");
        assertThat(JdbcSink.PostgresUrl.parse("postgresql://p:a%40b+c@h/db").password()).isEqualTo("a@b+c");
        assertThat(JdbcSink.PostgresUrl.parse("postgres://p:x@h/db").toString()).doesNotContain("x]").contains("********");
    }

    @Test
    void malformedUrlsAreRefusedWithoutShowingThePassword() {
        for (String url : new String[]{"postgres://parley:TopSecret@127.0.0.1:99999/db", "postgres://parley:TopSecret@[::1/db",
                "postgres://parley:TopSecret@/db", "postgres://parley:TopSecret@127.0.0.1:5432", "postgres://parley:Top Secret@h o st/db",
                "postgres://parley:TopSecret?x=1@127.0.0.1:5432/a/b"}) {
            assertThatThrownBy(() -> JdbcSink.PostgresUrl.parse(url)).as(url).isInstanceOf(ConfigException.class)
                    .hasMessageContaining("parley:********@").satisfies(e -> assertThat(e.getMessage())
                            .doesNotContain("Secret").doesNotContain("Top"));
        }
    }
}
