package parley.consumer.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import parley.config.ParleyConfig;
import parley.json.Json;
import parley.model.Alert;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /api/alerts} over real HTTP on 127.0.0.1, and the page's Alerts panel is served. */
@Timeout(30)
class AlertsApiTest {
    private final AlertBoard board = new AlertBoard(3);
    private DashboardServer server;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    static Alert alert(String rule, String entity, String day, long count) {
        LocalDate d = LocalDate.parse(day);
        boolean pair = entity.contains("|");
        return new Alert(1, rule, pair ? null : entity, pair ? List.of(entity.split("\\|")) : null, d, 7, d.minusDays(6), d, count,
                0.25, 84, true, Alert.drillDown(entity, d.minusDays(6), d));
    }

    @BeforeEach
    void start() throws Exception {
        server = new DashboardServer(ParleyConfig.builder().set("dashboard.port", "0").build(), new DashboardState()).alerts(board).start();
    }

    @AfterEach
    void stop() { server.close(); }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(server.uri().resolve(path)).timeout(Duration.ofSeconds(5)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void alertsComeNewestFirstOncePerKeyBoundedAndFilteredByRule() throws Exception {
        board.add(alert(Alert.FIRST_CONTACT, "AZE|TUR", "2024-07-17", 1));
        board.add(alert(Alert.SPIKE, "TUR", "2024-07-04", 3));
        board.add(alert(Alert.SPIKE, "TUR", "2024-07-17", 3));
        board.add(alert(Alert.SPIKE, "TUR", "2024-07-17", 4)); // the same key again: the last value wins
        board.add(alert(Alert.SPIKE, "USA", "2024-06-01", 3));  // the oldest, over capacity: dropped
        JsonNode r = Json.MAPPER.readTree(get("/api/alerts").body());
        assertThat(r.get("count").asInt()).isEqualTo(3);
        assertThat(r.get("version").asLong()).isEqualTo(5);
        assertThat(r.get("alerts")).extracting(a -> a.get("rule").asText() + " " + a.get("day").asText())
                .containsExactly("spike 2024-07-17", "first_contact 2024-07-17", "spike 2024-07-04");
        assertThat(r.get("alerts").get(0).get("count").asInt()).isEqualTo(4);
        assertThat(r.get("alerts").get(1).get("pair")).hasSize(2);
        assertThat(r.get("alerts").get(0).get("events").asText()).isEqualTo("/api/events?country=TUR&from=2024-07-11&to=2024-07-17");
        JsonNode firstContacts = Json.MAPPER.readTree(get("/api/alerts?rule=first_contact&limit=5").body());
        assertThat(firstContacts.get("alerts")).hasSize(1);
        HttpResponse<String> bad = get("/api/alerts?rule=storm");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("rule must be spike or first_contact");
    }

    @Test
    void thePageHasAnAlertsPanelThatOpensTheEventsBehindACount() throws Exception {
        assertThat(get("/").body()).contains("id=\"alerts-panel\"").contains("id=\"alerts\"");
        String js = get("/app.js").body();
        assertThat(js).contains("/api/alerts?").contains("loadAlerts").contains("from: a.window_start, to: a.window_end")
                .contains("setInterval(() => { loadAlerts()");
        assertThat(get(URI.create("/api/alerts").toString()).statusCode()).isEqualTo(200);
    }
}
