package parley.consumer.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import parley.json.Json;
import parley.model.Alert;
import parley.model.EngagementRow;
import parley.model.Event;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The map and the answers to "why" in headless Chromium (issue #19 items 3 and 4): the choropleth fills the
 * countries with engagement and lists the organisations beside it, the strongest pairs are drawn, the role
 * breakdown, the search, the CSV export and the date picker work, and a click on an alert's count opens its
 * events with the role each country played. Screenshots go to target/screenshots/. Skipped without Chromium.
 */
@Timeout(120)
class DashboardMapBrowserTest {
    private static final Path SHOTS = Path.of("target", "screenshots");

    @Test
    void mapAlertsAndDrillDownFromAnAlert() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Cdp.CHROMIUM),
                "browser test skipped: /usr/bin/chromium not found (apt-get install chromium)");

        LocalDate end = LocalDate.parse("2024-08-07");
        List<Event> events = WebFixtures.sampleEvents(end.minusDays(120), end, 7);
        List<EngagementRow> rows = WebFixtures.rowsFor(events, List.of(7, 30, 90));
        DashboardState state = new DashboardState();
        for (EngagementRow r : rows) state.onRow(r);
        for (Event e : events) WebFixtures.report(state, e);

        // a spike on the busiest 7-day country row of the last day, and a first contact of a pair
        EngagementRow busiest = rows.stream()
                .filter(r -> !r.isPair() && r.windowDays() == 7 && r.windowEnd().equals(end) && r.country().length() == 3)
                .max(Comparator.comparingLong(EngagementRow::total)).orElseThrow();
        assertThat(busiest.total()).isPositive();
        // Singapore is too small for a 1:110m shape: listed beside the map instead
        state.onRow(WebFixtures.country("SGP", 30, end.toString(), 2));
        AlertBoard board = new AlertBoard(10);
        board.add(AlertsApiTest.alert(Alert.FIRST_CONTACT, "AZE|TUR", end.minusDays(3).toString(), 1));
        board.add(AlertsApiTest.alert(Alert.SPIKE, busiest.country(), end.toString(), busiest.total()));

        try (DashboardServer server = new DashboardServer("127.0.0.1", 0, state).alerts(board).start();
             Cdp cdp = Cdp.launch(1400, 1000)) {
            cdp.call("Page.enable", Map.of());
            cdp.call("Runtime.enable", Map.of());
            cdp.call("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 1400, "height", 1000, "deviceScaleFactor", 1, "mobile", false));
            cdp.call("Page.navigate", Map.of("url", server.uri().toString()));
            cdp.await("document.querySelectorAll('#ranking tbody tr').length > 3", Duration.ofSeconds(15));
            cdp.await("document.querySelectorAll('#map path.country').length > 150", Duration.ofSeconds(10));
            cdp.await("document.querySelectorAll('#map path.country[data-total]').length > 0", Duration.ofSeconds(10));
            cdp.await("document.querySelectorAll('#alerts tbody tr').length === 2", Duration.ofSeconds(10));

            // the map: exactly the countries in the 30-day ranking are filled, each with its total
            Views.Ranking ranking = state.ranking(false, 30, null, null, 1000);
            List<Views.RankEntry> onMap = ranking.entries().stream()
                    .filter(e -> e.country().length() == 3 && !e.country().equals("SGP")).toList();
            assertThat(onMap).isNotEmpty();
            for (Views.RankEntry e : onMap) {
                JsonNode p = cdp.eval("(() => { const p = document.querySelector('#map path.country[data-code=\"" + e.country()
                        + "\"]'); return p && [p.getAttribute('class'), p.dataset.total || null]; })()");
                assertThat(p.isArray()).as(e.country() + " has a shape").isTrue();
                assertThat(p.get(0).asText()).as(e.country()).matches("country shade-[1-6]( selected)?");
                assertThat(p.get(1).asLong()).as(e.country()).isEqualTo(e.total());
            }
            assertThat(cdp.eval("document.querySelectorAll('#map path.country[class*=\"shade-\"]').length").asInt())
                    .isEqualTo(onMap.size());
            assertThat(cdp.eval("document.querySelector('#map path.country[data-code=\"BRA\"]').getAttribute('class')")
                    .asText()).as("no engagement, no fill").isEqualTo("country");
            // the busiest country is the darkest
            String top = onMap.get(0).country();
            assertThat(cdp.eval("document.querySelector('#map path.country[data-code=\"" + top + "\"]').classList.contains('shade-6')")
                    .asBoolean()).isTrue();
            // organisations beside it; the strongest pairs as lines between centroids
            ranking.entries().stream().filter(e -> e.country().equals("EU")).findFirst().ifPresent(eu -> {
                try {
                    assertThat(cdp.eval("document.getElementById('orgs').textContent").asText())
                            .contains("European Union").contains(String.valueOf(eu.total()));
                } catch (Exception x) {
                    throw new AssertionError(x);
                }
            });
            assertThat(cdp.eval("document.querySelector('#map path.country[data-code=\"SGP\"]')").isNull()).isTrue();
            assertThat(cdp.eval("document.getElementById('small').textContent").asText()).isEqualTo("Singapore2");
            assertThat(cdp.eval("document.getElementById('small-head').hidden").asBoolean()).isFalse();
            int links = cdp.eval("document.querySelectorAll('#map g.links path.link').length").asInt();
            assertThat(links).isBetween(1, 10);
            String strongest = state.ranking(true, 30, null, null, 1000).entries().stream()
                    .filter(e -> e.pair().stream().allMatch(c -> c.length() == 3)).findFirst().orElseThrow().pair()
                    .stream().reduce((a, b) -> a + "|" + b).orElseThrow();
            assertThat(cdp.eval("!!document.querySelector('#map path.link[data-pair=\"" + strongest + "\"]')").asBoolean())
                    .isTrue();
            cdp.eval("document.getElementById('map-pairs').click()");
            assertThat(cdp.eval("document.querySelectorAll('#map path.link').length").asInt()).as("pairs hidden").isZero();
            cdp.eval("document.getElementById('map-pairs').click()");
            assertThat(cdp.eval("document.querySelectorAll('#map path.link').length").asInt()).isEqualTo(links);
            Files.createDirectories(SHOTS);
            Thread.sleep(1300); // let the row flash fade
            shoot(cdp, "#map-panel", SHOTS.resolve("map.png"));

            // the role breakdown per count
            Views.RankEntry aze = ranking.entries().stream().filter(e -> e.country().equals("AZE")).findFirst().orElseThrow();
            assertThat(cdp.eval("[...document.querySelectorAll('#ranking tr[data-key=\"AZE\"] td.role')].map(td => td.textContent).join(',')")
                    .asText()).isEqualTo(aze.byRole().get("outbound") + "," + aze.byRole().get("inbound") + ","
                    + aze.byRole().get("venue") + "," + aze.byRole().get("subject"));

            // search by name or code, and the CSV of what is shown
            typeSearch(cdp, "azerb");
            assertThat(cdp.eval("[...document.querySelectorAll('#ranking tbody tr')].filter(tr => !tr.hidden).map(tr => tr.dataset.key).join()")
                    .asText()).isEqualTo("AZE");
            String csv = cdp.eval("window.__parleyCsv()").asText();
            List<String> lines = csv.lines().toList();
            assertThat(lines).hasSize(2);
            assertThat(lines.get(0)).startsWith("rank,country,name,total,visit,meeting,call,statement,outbound,inbound,venue,subject");
            assertThat(lines.get(1)).contains(",AZE,Azerbaijan," + aze.total() + ",");
            // the button downloads exactly that text
            Path downloads = Files.createTempDirectory("parley-downloads-");
            try {
                cdp.call("Page.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
                cdp.eval("document.getElementById('csv').click()");
                Path file = downloads.resolve("parley-ranking-30d-" + end + ".csv");
                long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                while (!(Files.exists(file) && Files.size(file) == csv.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                        && System.nanoTime() < deadline) Thread.sleep(50);
                assertThat(file).as("the CSV download").exists();
                assertThat(Files.readString(file)).isEqualTo(csv);
            } finally {
                try (var files = Files.list(downloads)) {
                    for (Path f : files.toList()) Files.deleteIfExists(f);
                }
                Files.deleteIfExists(downloads);
            }
            typeSearch(cdp, "eu");
            assertThat(cdp.eval("[...document.querySelectorAll('#ranking tbody tr')].filter(tr => !tr.hidden).length").asInt())
                    .as("code EU, and names with 'eu'").isLessThan(ranking.entries().size()).isPositive();
            typeSearch(cdp, "");
            assertThat(cdp.eval("[...document.querySelectorAll('#ranking tbody tr')].filter(tr => !tr.hidden).length").asInt())
                    .isEqualTo(ranking.entries().size());
            assertThat(cdp.eval("window.__parleyCsv()").asText().lines().count()).isEqualTo(ranking.entries().size() + 1);

            // the date picker: a past window end shows the ranking as it was, and the map with it
            LocalDate past = end.minusDays(45);
            Views.Ranking then = state.ranking(false, 30, past, null, 1000);
            assertThat(then.entries()).isNotEmpty();
            assertThat(cdp.eval("document.getElementById('date').max").asText()).isEqualTo(end.toString());
            assertThat(cdp.eval("document.getElementById('date').min").asText())
                    .isEqualTo(state.health(0).earliestWindowEnd().toString());
            cdp.eval("(() => { const d = document.getElementById('date'); d.value = '" + past
                    + "'; d.dispatchEvent(new Event('change')); })()");
            cdp.await("document.getElementById('asof').textContent === '" + past + "'", Duration.ofSeconds(5));
            cdp.await("document.querySelector('#ranking tbody tr').dataset.key === '" + then.entries().get(0).country() + "'",
                    Duration.ofSeconds(5));
            assertThat(cdp.eval("document.querySelector('#ranking tbody tr td.total').textContent").asLong())
                    .isEqualTo(then.entries().get(0).total());
            cdp.await("document.querySelectorAll('#map path.country[class*=\"shade-\"]').length === "
                    + then.entries().stream().filter(e -> e.country().length() == 3).count(), Duration.ofSeconds(5));
            cdp.eval("document.getElementById('date-latest').click()");
            cdp.await("document.getElementById('asof').textContent === '" + end + "'", Duration.ofSeconds(5));
            cdp.eval("scrollTo(0, 0)");
            Thread.sleep(1300); // let the row flash fade
            shoot(cdp, null, SHOTS.resolve("page.png"));

            // the alerts panel; a click on the spike's count opens the events behind it, with each country's role
            assertThat(cdp.eval("document.querySelector('#alerts tbody tr').textContent").asText())
                    .contains("spike").contains(busiest.country());
            shoot(cdp, "#alerts-panel", SHOTS.resolve("alerts.png"));
            long expected = state.events(busiest.country(), null, null, busiest.windowStart(), end, 1000,
                    DashboardState.Order.DATE).count();
            assertThat(expected).isEqualTo(busiest.total());
            cdp.eval("document.querySelector('#alerts tbody tr td.total button').click()");
            cdp.await("!document.getElementById('drill').hidden && document.querySelectorAll('#drill-events li').length > 0",
                    Duration.ofSeconds(5));
            assertThat(cdp.eval("document.getElementById('drill-title').textContent").asText())
                    .startsWith("Spike: " + busiest.country());
            assertThat(cdp.eval("document.querySelectorAll('#drill-events li').length").asLong()).isEqualTo(expected);
            assertThat(cdp.eval("document.getElementById('drill-summary').textContent").asText())
                    .startsWith(expected + " event").contains(busiest.windowStart() + " to " + end);
            // every event names the role the alert's country played in it, from the event's own roles
            JsonNode roles = cdp.eval("[...document.querySelectorAll('#drill-events li')].map(li => { const f = "
                    + "li.querySelector('.ev-roles .role-tag.focus'); return [li.dataset.key, f && f.dataset.code, f && f.dataset.role]; })");
            assertThat(roles).hasSize((int) expected);
            for (JsonNode r : roles) {
                JsonNode ev = Json.MAPPER.valueToTree(state.events(busiest.country(), null, null, busiest.windowStart(), end,
                        1000, DashboardState.Order.DATE).events().stream()
                        .filter(e -> e.eventKey().equals(r.get(0).asText())).findFirst().orElseThrow());
                assertThat(r.get(1).asText()).isEqualTo(busiest.country());
                assertThat(r.get(2).asText()).isEqualTo(ev.get("countries").get(busiest.country()).asText())
                        .isIn("outbound", "inbound", "venue", "subject");
            }
            shoot(cdp, null, SHOTS.resolve("drilldown-from-alert.png"));

            assertThat(cdp.events("Runtime.exceptionThrown")).as("no page errors").isEmpty();
            assertThat(cdp.events("Page.javascriptDialogOpening")).as("no alert()").isEmpty();
        }
    }

    private static void typeSearch(Cdp cdp, String text) throws Exception {
        cdp.eval("(() => { const s = document.getElementById('search'); s.value = " + Json.string(text)
                + "; s.dispatchEvent(new Event('input')); })()");
    }

    /** A PNG of one element (scrolled into view), or of the viewport when {@code selector} is null. */
    private static void shoot(Cdp cdp, String selector, Path out) throws Exception {
        Map<String, Object> params = new java.util.HashMap<>(Map.of("format", "png"));
        if (selector != null) {
            JsonNode box = cdp.eval("(() => { const r = document.querySelector('" + selector + "').getBoundingClientRect();"
                    + " return [r.left + scrollX, r.top + scrollY, r.width, r.height]; })()");
            params.put("clip", Map.of("x", box.get(0).asDouble(), "y", box.get(1).asDouble(),
                    "width", box.get(2).asDouble(), "height", box.get(3).asDouble(), "scale", 1));
            params.put("captureBeyondViewport", true);
        }
        JsonNode shot = cdp.call("Page.captureScreenshot", params);
        Files.write(out, Base64.getDecoder().decode(shot.get("data").asText()));
        assertThat(Files.size(out)).as(out.toString()).isGreaterThan(5_000);
    }
}
