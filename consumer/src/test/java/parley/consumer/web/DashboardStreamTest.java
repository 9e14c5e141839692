package parley.consumer.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import parley.json.Json;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.consumer.web.WebFixtures.country;
import static parley.consumer.web.WebFixtures.visit;

/** /api/stream over real HTTP: live delivery, resume with Last-Event-ID, reset, disconnects. */
@Timeout(30)
class DashboardStreamTest {
    private DashboardState state;
    private DashboardServer server;

    @BeforeEach
    void start() throws Exception {
        state = new DashboardState(DashboardState.Options.defaults().withReplayBuffer(20));
        server = new DashboardServer("127.0.0.1", 0, state).heartbeatMillis(200).start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    URI stream() { return server.uri().resolve("/api/stream"); }

    @Test
    void aNewRowReachesAConnectedBrowserWithinASecond() throws Exception {
        try (SseClient c = new SseClient(stream(), null)) {
            assertThat(c.response.statusCode()).isEqualTo(200);
            assertThat(c.response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
            awaitClients(1);
            long sent = System.nanoTime();
            state.onRow(country("AZE", 30, "2024-08-07", 12));
            SseClient.Msg m = c.next(Duration.ofSeconds(1));
            assertThat(m).as("row message within 1 s").isNotNull();
            assertThat((System.nanoTime() - sent) / 1_000_000).isLessThan(1000);
            assertThat(m.event()).isEqualTo("row");
            assertThat(Long.parseLong(m.id())).isEqualTo(state.feed().lastId());
            JsonNode row = Json.MAPPER.readTree(m.data());
            assertThat(row.get("country").asText()).isEqualTo("AZE");
            assertThat(row.get("total").asLong()).isEqualTo(12);

            WebFixtures.report(state, visit("RUS", "AZE", "2024-08-06", "s1"));
            SseClient.Msg e = c.next(Duration.ofSeconds(1));
            assertThat(e.event()).isEqualTo("event");
            assertThat(Long.parseLong(e.id())).isEqualTo(Long.parseLong(m.id()) + 1);
            assertThat(Json.MAPPER.readTree(e.data()).get("event_key").asText()).isEqualTo("VISIT|RUS|AZE|2024-08-06");

            state.onRow(country("AZE", 30, "2024-08-07", 12));
            assertThat(c.next(Duration.ofMillis(400))).as("an unchanged row is not a change").isNull();
            assertThat(c.comments).as("heartbeats while idle").contains("heartbeat");
        }
    }

    @Test
    void reconnectingWithLastEventIdGetsExactlyTheMissedMessages() throws Exception {
        List<String> seen = new ArrayList<>();
        String last;
        try (SseClient c = new SseClient(stream(), null)) {
            awaitClients(1);
            for (int i = 1; i <= 3; i++) state.onRow(country("AZE", 30, "2024-08-0" + i, i));
            for (int i = 0; i < 3; i++) {
                SseClient.Msg m = c.next(Duration.ofSeconds(2));
                assertThat(m).isNotNull();
                seen.add(m.id());
            }
            last = seen.get(2);
        }
        awaitClients(0);
        for (int i = 4; i <= 7; i++) state.onRow(country("AZE", 30, "2024-08-0" + i, i)); // while away

        try (SseClient c = new SseClient(stream(), last)) {
            List<SseClient.Msg> got = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                SseClient.Msg m = c.next(Duration.ofSeconds(2));
                assertThat(m).as("missed message " + i).isNotNull();
                got.add(m);
            }
            assertThat(c.next(Duration.ofMillis(300))).as("nothing more: no duplicates").isNull();
            long l = Long.parseLong(last);
            assertThat(got).extracting(m -> Long.parseLong(m.id())).containsExactly(l + 1, l + 2, l + 3, l + 4);
            assertThat(got).extracting(m -> Json.MAPPER.readTree(m.data()).get("total").asLong())
                    .containsExactly(4L, 5L, 6L, 7L);
            // and live again after the replay
            state.onRow(country("AZE", 30, "2024-08-08", 8));
            assertThat(Long.parseLong(c.next(Duration.ofSeconds(1)).id())).isEqualTo(l + 5);
        }
    }

    @Test
    void sinceParameterResumesTheFirstConnection() throws Exception {
        long seq = state.feed().lastId(); // e.g. from a snapshot's "seq"
        state.onRow(country("AZE", 30, "2024-08-01", 1));
        try (SseClient c = new SseClient(URI.create(stream() + "?since=" + seq), null)) {
            SseClient.Msg m = c.next(Duration.ofSeconds(1));
            assertThat(Long.parseLong(m.id())).isEqualTo(seq + 1);
        }
    }

    @Test
    void anIdOlderThanTheReplayBufferGetsAReset() throws Exception {
        long first = state.feed().lastId();
        for (int i = 0; i < 30; i++) state.onRow(country("AZE", 30, "2024-08-01", i + 1)); // buffer holds 20
        for (String stale : List.of(Long.toString(first + 1), "garbage", Long.toString(first + 1000))) {
            try (SseClient c = new SseClient(stream(), stale)) {
                SseClient.Msg m = c.next(Duration.ofSeconds(1));
                assertThat(m.event()).as(stale).isEqualTo("reset");
                assertThat(m.id()).isEqualTo(Long.toString(state.feed().lastId()));
                state.onRow(country("AZE", 30, "2024-08-02", 100 + Long.parseLong(m.id()) % 1000));
                assertThat(c.next(Duration.ofSeconds(1)).event()).isEqualTo("row");
            }
        }
        // the oldest id still in the buffer can resume: its successors are all there
        long oldest = state.feed().oldestId();
        try (SseClient c = new SseClient(stream(), Long.toString(oldest - 1))) {
            assertThat(c.next(Duration.ofSeconds(1)).id()).isEqualTo(Long.toString(oldest));
        }
    }

    @Test
    void disconnectedClientsFreeTheirThreads() throws Exception {
        List<SseClient> clients = new ArrayList<>();
        for (int i = 0; i < 5; i++) clients.add(new SseClient(stream(), null));
        awaitClients(5);
        clients.forEach(SseClient::close);
        awaitClients(0); // noticed at the next heartbeat write
    }

    @Test
    void closingTheServerEndsOpenStreams() throws Exception {
        SseClient c = new SseClient(stream(), null);
        awaitClients(1);
        long t = System.nanoTime();
        server.close();
        assertThat((System.nanoTime() - t) / 1_000_000).isLessThan(3000);
        assertThat(server.streamClients()).isZero();
        c.close();
    }

    private void awaitClients(int n) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (server.streamClients() != n) {
            assertThat(System.nanoTime()).as("waiting for " + n + " stream clients, have " + server.streamClients())
                    .isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
