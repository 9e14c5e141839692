package parley.consumer.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import parley.config.ParleyConfig;
import parley.json.Json;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.consumer.web.WebFixtures.country;
import static parley.consumer.web.WebFixtures.pair;

/**
 * Issue #16: what the API answered to inputs it cannot serve. Unknown codes and unconfigured windows gave an empty
 * 200; a raw '|' in the query an HTML 400 from the JDK server; a 1 MB query a reset connection; errors echoed all
 * of the input. Every one is now a JSON error naming the problem, and the echo is capped.
 */
@Timeout(30)
class DashboardInputTest {
    private DashboardState state;
    private DashboardServer server;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeEach
    void start() throws Exception {
        state = new DashboardState();
        state.onRow(country("RUS", 30, "2024-08-07", 3));
        state.onRow(pair("RUS", "TUR", 30, "2024-08-07", 2));
        server = new DashboardServer(ParleyConfig.builder().set("dashboard.port", "0").set("windows", "7,30,90").build(), state).start();
    }

    @AfterEach
    void stop() { server.close(); }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.uri() + path.substring(1))).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode error(HttpResponse<String> r, int status) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        JsonNode b = Json.MAPPER.readTree(r.body());
        assertThat(b.get("status").asInt()).isEqualTo(status);
        return b;
    }

    /** One request written as raw bytes (the way curl sends a '|'), the whole response as text. */
    String raw(String target) throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void unknownCountryCodesAreA400NamingTheCode() throws Exception {
        assertThat(error(get("/api/country/UK/history"), 400).get("error").asText()).contains("'UK' is not a known code");
        assertThat(error(get("/api/events?country=GER"), 400).get("error").asText()).contains("'GER' is not a known code");
        assertThat(error(get("/api/pairs?country=XXX"), 400).get("error").asText()).contains("'XXX'");
        assertThat(error(get("/api/pair/history?pair=RUS%7CUK"), 400).get("error").asText()).contains("'UK'");
        assertThat(get("/api/country/RUS/history").statusCode()).isEqualTo(200);
        assertThat(get("/api/country/eu/history").statusCode()).isEqualTo(200); // organizations are codes too
    }

    @Test
    void windowsThatAreNotComputedAreA400ListingTheConfiguredOnes() throws Exception {
        assertThat(error(get("/api/ranking?window=14"), 400).get("error").asText()).contains("[7, 30, 90]", "'14'");
        assertThat(error(get("/api/country/RUS/history?window=365"), 400).get("error").asText()).contains("[7, 30, 90]");
        assertThat(get("/api/ranking?window=90").statusCode()).isEqualTo(200);
    }

    @Test
    void aRawPipeInThePairWorksAndStaysJson() throws Exception {
        String r = raw("/api/pair/history?pair=RUS|TUR&window=30");
        assertThat(r).startsWith("HTTP/1.1 200").contains("application/json").contains("\"pair\":[\"RUS\",\"TUR\"]");
        assertThat(r.substring(0, r.indexOf("\r\n\r\n"))).containsIgnoringCase("\r\nConnection: close");
        String bad = raw("/api/events?pair=RUS|TUR|AZE");
        assertThat(bad).startsWith("HTTP/1.1 400").contains("application/json").doesNotContain("<h1>");
    }

    @Test
    void aHugeQueryIsA414AndAnHugeParameterIsNotEchoed() throws Exception {
        String r = raw("/api/ranking?window=" + "9".repeat(1_000_000));
        assertThat(r).startsWith("HTTP/1.1 414").contains("application/json");
        JsonNode b = Json.MAPPER.readTree(r.substring(r.indexOf("\r\n\r\n") + 4));
        assertThat(b.get("status").asInt()).isEqualTo(414);

        String longValue = "x".repeat(5_000);
        HttpResponse<String> e = get("/api/events?kind=" + longValue);
        assertThat(error(e, 400).get("error").asText()).contains("5000 chars");
        assertThat(e.body().length()).isLessThan(300);
        assertThat(error(get("/api/" + longValue), 404).get("error").asText().length()).isLessThan(200);
    }

    /** One request per connection, and the client is told so: it must never reuse a connection the gate closed. */
    @Test
    void aClientNeverReusesAConnectionTheGateClosed() throws Exception {
        for (int i = 0; i < 30; i++) {
            assertThat(get("/api/health").statusCode()).isEqualTo(200);
            HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(server.uri() + "api/health"))
                    .timeout(Duration.ofSeconds(5)).POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(post.statusCode()).isEqualTo(405); // a POST is not retried: a stale pooled connection would fail it
        }
    }

    @Test
    void controlAndBidiCharactersInEchoedInputAreEscaped() throws Exception {
        String err = error(get("/api/events?kind=%E2%80%AEgnp.exe%0D%0A"), 400).get("error").asText();
        assertThat(err).contains("\\u202Egnp.exe\\u000D\\u000A").doesNotContain("\u202E");
    }
}
