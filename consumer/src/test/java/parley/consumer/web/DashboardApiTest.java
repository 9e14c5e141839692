package parley.consumer.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import parley.config.ParleyConfig;
import parley.json.Json;
import parley.model.Event;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.consumer.web.WebFixtures.EVIL;
import static parley.consumer.web.WebFixtures.call;
import static parley.consumer.web.WebFixtures.country;
import static parley.consumer.web.WebFixtures.pair;
import static parley.consumer.web.WebFixtures.visit;

/** The JSON API over real HTTP on 127.0.0.1. */
@Timeout(30)
class DashboardApiTest {
    private DashboardState state;
    private DashboardServer server;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void start() throws Exception {
        state = new DashboardState();
        ParleyConfig config = ParleyConfig.builder().set("dashboard.port", "0").build();
        server = new DashboardServer(config, state).start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    HttpResponse<String> get(String path) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(server.uri().resolve(path.replace("|", "%7C"))).timeout(Duration.ofSeconds(5)).GET().build();
        return http.send(req, HttpResponse.BodyHandlers.ofString());
    }

    JsonNode json(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).as(path + " -> " + r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        return Json.MAPPER.readTree(r.body());
    }

    @Test
    void bindsToLoopbackOnAnEphemeralPort() {
        assertThat(server.port()).isPositive();
        assertThat(server.uri().getHost()).isEqualTo("127.0.0.1");
    }

    @Test
    void rankingOrdersByTotalWithChangeVsThePreviousWindow() throws Exception {
        // previous 30-day window ends 30 days before 2024-08-07, i.e. 2024-07-08
        state.onRow(country("AZE", 30, "2024-07-08", 5));
        state.onRow(country("AZE", 30, "2024-08-07", 12, 5, 1, 2, 4));
        state.onRow(country("RUS", 30, "2024-08-07", 20));
        state.onRow(country("ARM", 30, "2024-07-08", 15));
        state.onRow(country("ARM", 30, "2024-08-07", 12));
        state.onRow(country("TUR", 30, "2024-08-06", 3));
        state.onRow(country("TUR", 30, "2024-08-07", 0));          // dropped to 0: not ranked
        state.onRow(country("GEO", 7, "2024-08-07", 50));          // other window size
        state.onRow(country("FRA", 30, "2024-08-01", 9));          // an older day only (before the ranking day)
        state.onRow(country("FRA", 30, "2024-08-02", 0));

        JsonNode r = json("/api/ranking?window=30");
        assertThat(r.get("window").asInt()).isEqualTo(30);
        assertThat(r.get("date").asText()).isEqualTo("2024-08-07");
        List<String> order = new ArrayList<>();
        r.get("entries").forEach(e -> order.add(e.get("country").asText()));
        assertThat(order).containsExactly("RUS", "AZE", "ARM");

        JsonNode rus = r.get("entries").get(0);
        assertThat(rus.get("rank").asInt()).isEqualTo(1);
        assertThat(rus.get("total").asLong()).isEqualTo(20);
        assertThat(rus.get("previous_total").asLong()).isZero();
        assertThat(rus.get("change").asLong()).isEqualTo(20);
        assertThat(rus.get("name").asText()).isEqualTo("Russia");

        JsonNode aze = r.get("entries").get(1);
        assertThat(aze.get("rank").asInt()).isEqualTo(2);
        assertThat(aze.get("change").asLong()).isEqualTo(7);
        assertThat(aze.get("previous_window_end").asText()).isEqualTo("2024-07-08");
        assertThat(aze.get("by_kind").get("VISIT").asLong()).isEqualTo(5);
        assertThat(aze.get("by_kind").get("STATEMENT").asLong()).isEqualTo(4);
        assertThat(aze.get("window_start").asText()).isEqualTo("2024-07-09");

        JsonNode arm = r.get("entries").get(2);
        assertThat(arm.get("rank").asInt()).as("a tie shares the rank").isEqualTo(2);
        assertThat(arm.get("change").asLong()).isEqualTo(-3);

        // an explicit day: the ranking as it was
        JsonNode before = json("/api/ranking?window=30&date=2024-07-08");
        assertThat(before.get("entries").get(0).get("country").asText()).isEqualTo("ARM");
        assertThat(before.get("entries").get(1).get("country").asText()).isEqualTo("AZE");
        assertThat(json("/api/ranking?window=30&date=2024-08-01").get("entries").get(0).get("country").asText())
                .isEqualTo("FRA");

        assertThat(json("/api/ranking?window=7").get("entries").get(0).get("country").asText()).isEqualTo("GEO");
        assertThat(json("/api/ranking?window=90").get("entries")).isEmpty();
    }

    @Test
    void rowsUpsertOnTheirKey() throws Exception {
        state.onRow(country("AZE", 30, "2024-08-07", 3));
        state.onRow(country("AZE", 30, "2024-08-07", 4));
        JsonNode r = json("/api/ranking?window=30");
        assertThat(r.get("entries")).hasSize(1);
        assertThat(r.get("entries").get(0).get("total").asLong()).isEqualTo(4);
    }

    @Test
    void pairsAreRankedAndLimited() throws Exception {
        state.onRow(pair("AZE", "RUS", 30, "2024-08-07", 4));
        state.onRow(pair("ARM", "RUS", 30, "2024-08-07", 9));
        state.onRow(pair("FRA", "DEU", 30, "2024-08-07", 2));
        JsonNode r = json("/api/pairs?window=30&limit=2");
        assertThat(r.get("entries")).hasSize(2);
        assertThat(r.get("entries").get(0).get("pair").toString()).isEqualTo("[\"ARM\",\"RUS\"]");
        assertThat(r.get("entries").get(1).get("pair").toString()).isEqualTo("[\"AZE\",\"RUS\"]");
        assertThat(json("/api/pairs?window=30&country=deu").get("entries")).hasSize(1);
        JsonNode h = json("/api/pair/history?pair=RUS|AZE&window=30");
        assertThat(h.get("points")).hasSize(1);
        assertThat(h.get("points").get(0).get("total").asLong()).isEqualTo(4);
    }

    @Test
    void countryHistoryIsOrderedByDay() throws Exception {
        state.onRow(country("AZE", 30, "2024-08-07", 3));
        state.onRow(country("AZE", 30, "2024-08-05", 1));
        state.onRow(country("AZE", 30, "2024-08-06", 2));
        state.onRow(country("AZE", 7, "2024-08-06", 2));
        JsonNode h = json("/api/country/aze/history?window=30");
        assertThat(h.get("country").asText()).isEqualTo("AZE");
        assertThat(h.get("name").asText()).isEqualTo("Azerbaijan");
        List<String> days = new ArrayList<>();
        h.get("points").forEach(p -> days.add(p.get("window_end").asText() + "=" + p.get("total").asLong()));
        assertThat(days).containsExactly("2024-08-05=1", "2024-08-06=2", "2024-08-07=3");
        assertThat(json("/api/country/AZE/history?window=30&from=2024-08-06&to=2024-08-06").get("points")).hasSize(1);
        assertThat(get("/api/country/XXX/history?window=30").statusCode()).isEqualTo(400); // not a code: no silent empty 200
    }

    @Test
    void drillDownReturnsTheEventsBehindACount() throws Exception {
        Event v1 = visit("RUS", "AZE", "2024-08-06", "s1");
        Event v1again = visit("RUS", "AZE", "2024-08-06", "s2");      // same event_key, another report
        Event v2 = visit("TUR", "AZE", "2024-07-20", "s3");
        Event c1 = call("AZE", "ARM", "2024-08-01", "s4");
        Event outside = visit("RUS", "AZE", "2024-06-01", "s5");       // before the window
        Event other = visit("FRA", "DEU", "2024-08-02", "s6");
        for (Event e : List.of(outside, v2, c1, other, v1, v1again)) assertThat(WebFixtures.report(state, e)).isTrue();
        assertThat(state.onAccepted(parley.model.AcceptedEvent.first(v1)))
                .as("an older record of a known event (fewer mentions) changes nothing").isFalse();

        JsonNode r = json("/api/events?country=AZE&from=2024-07-09&to=2024-08-07");
        assertThat(r.get("count").asInt()).isEqualTo(3);
        assertThat(r.get("mentions").asLong()).isEqualTo(4);
        List<String> keys = new ArrayList<>();
        r.get("events").forEach(e -> keys.add(e.get("event_key").asText()));
        assertThat(keys).containsExactly("VISIT|RUS|AZE|2024-08-06", "CALL|ARM|AZE|2024-08-01", "VISIT|TUR|AZE|2024-07-20");
        JsonNode first = r.get("events").get(0);
        assertThat(first.get("mentions").asInt()).isEqualTo(2);
        assertThat(first.get("evidence").asText()).isEqualTo("The minister of RUS visited AZE.");
        assertThat(first.get("countries").get("AZE").asText()).isEqualTo("inbound");
        assertThat(first.get("countries").get("RUS").asText()).isEqualTo("outbound");
        assertThat(first.get("reports")).hasSize(2);
        assertThat(first.get("reports").get(1).get("url").asText()).isEqualTo("https://news.example/s2");
        assertThat(first.get("reports").get(0).get("title").asText()).isEqualTo("Report s1 on RUS in AZE");

        JsonNode visits = json("/api/events?country=AZE&from=2024-07-09&to=2024-08-07&kind=visit");
        assertThat(visits.get("count").asInt()).isEqualTo(2);
        JsonNode pairEvents = json("/api/events?pair=AZE%7CRUS&from=2024-07-09&to=2024-08-07");
        assertThat(pairEvents.get("count").asInt()).isEqualTo(1);
        assertThat(json("/api/events?pair=RUS,AZE").get("count").asInt()).as("no window: all days").isEqualTo(2);
        assertThat(json("/api/events?country=AZE&limit=1").get("events")).hasSize(1);
        assertThat(json("/api/events?limit=100").get("count").asInt()).isEqualTo(5);
        JsonNode latest = json("/api/events?order=arrival&limit=2");
        assertThat(latest.get("events").get(0).get("event_key").asText()).isEqualTo("VISIT|RUS|AZE|2024-08-06");
        assertThat(latest.get("events").get(1).get("event_key").asText()).isEqualTo("VISIT|FRA|DEU|2024-08-02");
    }

    @Test
    void reportsBeyondTheDetailsKeptAreListedByIdAndCounted() throws Exception {
        Event first = visit("RUS", "AZE", "2024-08-06", "s1");
        parley.model.AcceptedEvent a = parley.model.AcceptedEvent.first(first);
        for (int i = 2; i <= 25; i++) a = a.plus(visit("RUS", "AZE", "2024-08-06", "s" + i));
        state.onAccepted(a); // only the latest record of the event was read (the earlier ones compacted away)
        JsonNode e = json("/api/events?country=AZE").get("events").get(0);
        assertThat(e.get("mentions").asInt()).isEqualTo(25);
        assertThat(e.get("reports")).hasSize(20);
        assertThat(e.get("reports").get(0).get("title").asText()).isEqualTo("Report s1 on RUS in AZE");
        assertThat(e.get("reports").get(1).get("id").asText()).isEqualTo(a.reportIds().get(1));
        assertThat(e.get("reports").get(1).has("title")).as("details of a compacted record are not known").isFalse();
        assertThat(json("/api/health").get("reports").asLong()).isEqualTo(25);
    }

    @Test
    void eventTextComesBackAsDataNotMarkup() throws Exception {
        Event evil = visit("RUS", EVIL, "AZE", "2024-08-06", "evil", "Said: " + EVIL, "javascript:alert(3)");
        WebFixtures.report(state, evil);
        HttpResponse<String> r = get("/api/events?country=AZE");
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        JsonNode e = Json.MAPPER.readTree(r.body()).get("events").get(0);
        assertThat(e.get("actor").get("name").asText()).isEqualTo(EVIL);
        assertThat(e.get("evidence").asText()).isEqualTo("Said: " + EVIL);
        assertThat(e.get("url").asText()).isEqualTo("javascript:alert(3)");
    }

    @Test
    void badParametersAre400WithAJsonMessage() throws Exception {
        for (String path : List.of("/api/ranking?window=abc", "/api/ranking?window=0", "/api/ranking?window=-7",
                "/api/ranking?date=2024-13-01", "/api/ranking?date=yesterday", "/api/pairs?limit=0",
                "/api/pairs?limit=x", "/api/pairs?country=A1", "/api/country/%3Cscript%3E/history",
                "/api/country/AZE/history?window=3.5", "/api/events?country=TOOLONG", "/api/events?pair=AZE",
                "/api/events?pair=AZE|AZE", "/api/events?pair=AZE|RUS|ARM", "/api/events?kind=PARADE",
                "/api/events?from=2024-08-07&to=2024-08-01", "/api/events?limit=100000",
                "/api/events?country=AZE&pair=AZE|RUS", "/api/events?order=random", "/api/pair/history")) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(400);
            JsonNode body = Json.MAPPER.readTree(r.body());
            assertThat(body.get("status").asInt()).isEqualTo(400);
            assertThat(body.get("error").asText()).as(path).isNotBlank();
        }
        assertThat(Json.MAPPER.readTree(get("/api/ranking?window=abc").body()).get("error").asText())
                .contains("window");
    }

    @Test
    void unknownPathsAre404AndOtherMethods405() throws Exception {
        for (String path : List.of("/api/nope", "/api/country/AZE/future", "/nope.html", "/../pom.xml",
                "/parley/web/app.js", "/DashboardServer.class")) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(Json.MAPPER.readTree(r.body()).get("status").asInt()).isEqualTo(404);
        }
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(server.uri().resolve("/api/health"))
                .timeout(Duration.ofSeconds(5)).POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
    }

    @Test
    void servesThePageWithSecurityHeaders() throws Exception {
        for (String[] a : new String[][]{{"/", "text/html"}, {"/index.html", "text/html"},
                {"/app.js", "text/javascript"}, {"/app.css", "text/css"}, {"/favicon.svg", "image/svg+xml"},
                {"/api/health", "application/json"}}) {
            HttpResponse<String> r = get(a[0]);
            assertThat(r.statusCode()).as(a[0]).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).as(a[0]).startsWith(a[1]);
            assertThat(r.headers().firstValue("Content-Security-Policy").orElse("")).startsWith("default-src 'self'");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        }
        String html = get("/").body();
        assertThat(html).contains("<script src=\"app.js\" defer></script>").doesNotContain("http://", "https://");
        String js = get("/app.js").body();
        assertThat(js).doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(");
    }

    @Test
    void healthReportsCounts() throws Exception {
        state.onRow(country("AZE", 30, "2024-08-07", 3));
        state.onRow(country("AZE", 7, "2024-08-07", 1));
        WebFixtures.report(state, visit("RUS", "AZE", "2024-08-06", "s1"));
        JsonNode h = json("/api/health");
        assertThat(h.get("status").asText()).isEqualTo("ok");
        assertThat(h.get("rows").asInt()).isEqualTo(2);
        assertThat(h.get("events").asInt()).isEqualTo(1);
        assertThat(h.get("windows").toString()).isEqualTo("[7,30]");
        assertThat(h.get("stream_day").asText()).isEqualTo("2024-08-06");
        assertThat(h.get("latest_window_end").asText()).isEqualTo("2024-08-07");
        assertThat(h.get("earliest_window_end").asText()).as("the date picker's first day").isEqualTo("2024-08-07");
        assertThat(h.get("seq").asLong()).isEqualTo(state.feed().lastId());
        state.onRow(country("AZE", 30, "2024-07-20", 2));
        assertThat(json("/api/health").get("earliest_window_end").asText()).isEqualTo("2024-07-20");
    }

    @Test
    void healthHasNoWindowEndsBeforeTheFirstRow() throws Exception {
        JsonNode h = json("/api/health");
        assertThat(h.get("earliest_window_end").isNull()).isTrue();
        assertThat(h.get("latest_window_end").isNull()).isTrue();
    }

    @Test
    void rankingAndPairsAtAPastWindowEndCarryTheRoleBreakdown() throws Exception {
        state.onRow(new parley.model.EngagementRow(1, "AZE", null, 30, java.time.LocalDate.parse("2024-07-09"),
                java.time.LocalDate.parse("2024-08-07"), 12, WebFixtures.kinds(5, 1, 2, 4), WebFixtures.roles(3, 6, 0, 3),
                31, false, java.time.Instant.now()));
        state.onRow(new parley.model.EngagementRow(1, "AZE", null, 30, java.time.LocalDate.parse("2024-06-22"),
                java.time.LocalDate.parse("2024-07-21"), 2, WebFixtures.kinds(0, 0, 0, 2), WebFixtures.roles(0, 0, 0, 2),
                2, true, java.time.Instant.now()));
        state.onRow(pair("AZE", "RUS", 30, "2024-07-21", 1));
        state.onRow(pair("AZE", "RUS", 30, "2024-08-07", 6));
        state.onRow(pair("ARM", "RUS", 30, "2024-08-07", 9));
        JsonNode latest = json("/api/ranking?window=30").get("entries").get(0);
        assertThat(latest.get("by_role").toString()).isEqualTo("{\"outbound\":3,\"inbound\":6,\"venue\":0,\"subject\":3}");
        JsonNode past = json("/api/ranking?window=30&date=2024-07-21");
        assertThat(past.get("date").asText()).isEqualTo("2024-07-21");
        assertThat(past.get("entries").get(0).get("total").asLong()).isEqualTo(2);
        assertThat(past.get("entries").get(0).get("by_role").get("subject").asLong()).isEqualTo(2);
        JsonNode pastPairs = json("/api/pairs?window=30&date=2024-07-21");
        assertThat(pastPairs.get("date").asText()).isEqualTo("2024-07-21");
        assertThat(pastPairs.get("entries")).hasSize(1);
        assertThat(pastPairs.get("entries").get(0).get("total").asLong()).isEqualTo(1);
        assertThat(json("/api/pairs?window=30").get("entries").get(0).get("total").asLong()).isEqualTo(9);
        assertThat(get("/api/pairs?window=30&date=2024-02-30").statusCode()).isEqualTo(400);
    }

    @Test
    void servesTheWorldMapAssetKeyedByAlpha3() throws Exception {
        HttpResponse<String> r = get("/world.json");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        assertThat(r.headers().firstValue("Content-Security-Policy").orElse("")).startsWith("default-src 'self'");
        assertThat(r.body().length()).as("a compact asset").isLessThan(300_000);
        JsonNode w = Json.MAPPER.readTree(r.body());
        double width = w.get("width").asDouble(), height = w.get("height").asDouble();
        JsonNode countries = w.get("countries");
        assertThat(countries.size()).isGreaterThan(150);
        for (String code : List.of("AZE", "RUS", "USA", "FRA", "CHN", "BRA", "AUS", "XKX")) {
            JsonNode c = countries.get(code);
            assertThat(c).as(code).isNotNull();
            assertThat(c.get("d").asText()).as(code).startsWith("M").endsWith("Z");
            assertThat(c.get("c").get(0).asDouble()).as(code).isBetween(0.0, width);
            assertThat(c.get("c").get(1).asDouble()).as(code).isBetween(0.0, height);
        }
        // east is right, north is up: Russia's centroid is east of France's and north of Brazil's
        assertThat(countries.get("RUS").get("c").get(0).asDouble()).isGreaterThan(countries.get("FRA").get("c").get(0).asDouble());
        assertThat(countries.get("RUS").get("c").get(1).asDouble()).isLessThan(countries.get("BRA").get("c").get(1).asDouble());
        // every key is a code the API uses (alpha-3 or XKX), none is an organization
        countries.fieldNames().forEachRemaining(code -> {
            assertThat(code).matches("[A-Z]{3}");
            assertThat(CountryNames.name(code)).as(code).isNotEqualTo(code);
        });
        assertThat(get("/NOTICE-world.txt").statusCode()).as("the notice ships in the jar, not served").isEqualTo(404);
    }
}
