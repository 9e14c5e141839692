package parley.consumer.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import parley.model.EngagementRow;
import parley.model.Event;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.consumer.web.WebFixtures.EVIL;

/**
 * The page in headless Chromium (Debian's /usr/bin/chromium over the DevTools protocol): it renders the state,
 * updates live without a reload, drills down, shows hostile text as text, and leaves a screenshot in
 * target/dashboard.png. Skipped when Chromium is not installed.
 */
@Timeout(90)
class DashboardBrowserTest {

    @Test
    void pageRendersUpdatesLiveAndShowsHostileTextAsText() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Cdp.CHROMIUM),
                "browser test skipped: /usr/bin/chromium not found (apt-get install chromium)");

        LocalDate end = LocalDate.parse("2024-08-07");
        List<Event> events = WebFixtures.sampleEvents(end.minusDays(120), end.minusDays(1), 42);
        Event evil = WebFixtures.visit("RUS", EVIL, "AZE", end.toString(), "evil", "He said: " + EVIL,
                "javascript:alert(3)");
        events = new java.util.ArrayList<>(events);
        events.add(evil);
        DashboardState state = new DashboardState();
        for (EngagementRow r : WebFixtures.rowsFor(events, List.of(7, 30, 90))) state.onRow(r);
        for (Event e : events) WebFixtures.report(state, e);

        try (DashboardServer server = new DashboardServer("127.0.0.1", 0, state).start();
             Cdp cdp = Cdp.launch(1400, 1000)) {
            cdp.call("Page.enable", Map.of());
            cdp.call("Runtime.enable", Map.of());
            cdp.call("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 1400, "height", 1000, "deviceScaleFactor", 1, "mobile", false));
            cdp.call("Page.navigate", Map.of("url", server.uri().toString()));
            cdp.await("document.querySelectorAll('#ranking tbody tr').length > 3", Duration.ofSeconds(15));
            cdp.await("document.getElementById('status').dataset.state === 'live'", Duration.ofSeconds(10));
            cdp.await("document.querySelectorAll('#chart path.total').length === 1", Duration.ofSeconds(10));
            cdp.eval("window.__noReload = 42");

            // the ranking shows what the API ranks
            JsonNode top = state.ranking(false, 30, null, null, 1).entries().isEmpty() ? null
                    : parley.json.Json.MAPPER.valueToTree(state.ranking(false, 30, null, null, 1).entries().get(0));
            assertThat(top).isNotNull();
            assertThat(cdp.eval("document.querySelector('#ranking tbody tr').dataset.key").asText())
                    .isEqualTo(top.get("country").asText());

            // live: a new leader and a new event arrive; the table and the list change without a reload
            state.onRow(WebFixtures.country("NZL", 30, end.toString(), 999, 500, 200, 200, 99));
            Event fresh = WebFixtures.call("NZL", "AUS", end.toString(), "fresh");
            WebFixtures.report(state, fresh);
            cdp.await("document.querySelector('#ranking tbody tr').dataset.key === 'NZL'", Duration.ofSeconds(5));
            cdp.await("document.querySelector('#events li').dataset.key === '" + fresh.eventKey() + "'",
                    Duration.ofSeconds(5));
            assertThat(cdp.eval("window.__noReload").asInt()).as("no page reload").isEqualTo(42);
            assertThat(cdp.eval("document.querySelector('#ranking tbody tr td.total').textContent").asText())
                    .isEqualTo("999");

            // hostile names and evidence are text: no element made from them, no script ran, no javascript: link
            assertThat(cdp.eval("[...document.querySelectorAll('#events li')].some(li => li.textContent.includes("
                    + "'He said: <script>alert(1)</script><img src=x onerror=\"alert(2)\"><b>bold</b>'))").asBoolean())
                    .as("evidence shown verbatim").isTrue();
            assertThat(cdp.eval("[...document.querySelectorAll('#events .ev-who')].some(e => e.textContent.includes("
                    + "'<script>alert(1)</script>'))").asBoolean()).as("name shown verbatim").isTrue();
            assertThat(cdp.eval("document.querySelectorAll('main script, main img, main b, aside script').length").asInt())
                    .isZero();
            assertThat(cdp.eval("document.querySelectorAll('a[href^=\"javascript\"]').length").asInt()).isZero();
            assertThat(cdp.eval("[...document.querySelectorAll('#events a')].every(a => /^https?:/.test(a.href))")
                    .asBoolean()).isTrue();
            assertThat(cdp.events("Page.javascriptDialogOpening")).as("no alert()").isEmpty();

            // the screenshot of the live page
            Path out = Path.of("target", "dashboard.png");
            Files.createDirectories(out.getParent());
            Thread.sleep(1500); // let the row flash fade
            JsonNode shot = cdp.call("Page.captureScreenshot", Map.of("format", "png"));
            Files.write(out, Base64.getDecoder().decode(shot.get("data").asText()));
            assertThat(Files.size(out)).isGreaterThan(10_000);

            // drill-down: clicking AZE's 30-day total lists exactly the events behind that count
            JsonNode aze = parley.json.Json.MAPPER.valueToTree(state.ranking(false, 30, null, null, 1000).entries()
                    .stream().filter(e -> "AZE".equals(e.country())).findFirst().orElseThrow());
            cdp.eval("document.querySelector('#ranking tbody tr[data-key=\"AZE\"] td.total button').click()");
            cdp.await("!document.getElementById('drill').hidden && document.querySelectorAll('#drill-events li').length > 0",
                    Duration.ofSeconds(5));
            assertThat(cdp.eval("document.querySelectorAll('#drill-events li').length").asInt())
                    .isEqualTo(aze.get("total").asInt());
            assertThat(cdp.eval("document.getElementById('drill-summary').textContent").asText())
                    .startsWith(aze.get("total").asInt() + " event");
            JsonNode drillShot = cdp.call("Page.captureScreenshot", Map.of("format", "png"));
            Files.write(Path.of("target", "dashboard-drilldown.png"), Base64.getDecoder().decode(drillShot.get("data").asText()));

            assertThat(cdp.events("Runtime.exceptionThrown")).as("no page errors").isEmpty();
            assertThat(cdp.events("Page.javascriptDialogOpening")).as("no alert()").isEmpty();
            assertThat(cdp.eval("window.__noReload").asInt()).isEqualTo(42);
        }
    }
}
