package parley.consumer.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import parley.json.Json;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Headless Debian Chromium driven over the Chrome DevTools Protocol with java.net.http.WebSocket: no browser
 * download, no driver. Everything has a timeout; {@link #close()} kills the browser and its children.
 */
final class Cdp implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private final Process process;
    private final Path profile;
    private final WebSocket ws;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    final List<JsonNode> events = new CopyOnWriteArrayList<>();

    private Cdp(Process process, Path profile, WebSocket ws) {
        this.process = process;
        this.profile = profile;
        this.ws = ws;
    }

    /** Starts Chromium with a fresh profile and attaches to its first page. */
    static Cdp launch(int width, int height) throws Exception {
        Path profile = Files.createTempDirectory("parley-chromium-");
        Path log = profile.resolve("chromium.log");
        List<String> cmd = List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions", "--disable-dev-shm-usage",
                "--no-proxy-server", "--hide-scrollbars", "--mute-audio", "--window-size=" + width + "," + height,
                "--user-data-dir=" + profile, "--remote-debugging-port=0", "about:blank");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            Path portFile = profile.resolve("DevToolsActivePort");
            String port = waitFor(() -> {
                try {
                    List<String> lines = Files.exists(portFile) ? Files.readAllLines(portFile) : List.of();
                    return lines.size() >= 2 && !lines.get(0).isBlank() ? lines.get(0).trim() : null;
                } catch (IOException e) {
                    return null;
                }
            }, Duration.ofSeconds(20), () -> "Chromium did not start: " + tail(log));
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String wsUrl = waitFor(() -> {
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                    for (JsonNode t : Json.MAPPER.readTree(r.body()))
                        if (t.path("type").asText().equals("page")) return t.get("webSocketDebuggerUrl").asText();
                    return null;
                } catch (IOException e) {
                    return null;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return null;
                }
            }, Duration.ofSeconds(10), () -> "no page target: " + tail(log));
            Cdp[] self = new Cdp[1];
            StringBuilder buf = new StringBuilder();
            WebSocket ws = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5))
                    .buildAsync(URI.create(wsUrl), new WebSocket.Listener() {
                        @Override
                        public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                            buf.append(data);
                            if (last) {
                                String text = buf.toString();
                                buf.setLength(0);
                                self[0].onMessage(text);
                            }
                            w.request(1);
                            return null;
                        }
                    }).get(10, TimeUnit.SECONDS);
            Cdp cdp = new Cdp(p, profile, ws);
            self[0] = cdp;
            return cdp;
        } catch (Exception | Error e) {
            kill(p);
            deleteTree(profile);
            throw e;
        }
    }

    private void onMessage(String text) {
        try {
            JsonNode m = Json.MAPPER.readTree(text);
            if (m.has("id")) {
                CompletableFuture<JsonNode> f = pending.remove(m.get("id").asInt());
                if (f != null) {
                    if (m.has("error")) f.completeExceptionally(new IllegalStateException("CDP error: " + m.get("error")));
                    else f.complete(m.get("result"));
                }
            } else {
                events.add(m);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Calls a CDP method and waits (10 s at most) for its result. */
    JsonNode call(String method, Map<String, ?> params) throws Exception {
        int id = ids.incrementAndGet();
        ObjectNode msg = Json.MAPPER.createObjectNode();
        msg.put("id", id);
        msg.put("method", method);
        msg.set("params", Json.MAPPER.valueToTree(params));
        CompletableFuture<JsonNode> f = new CompletableFuture<>();
        pending.put(id, f);
        ws.sendText(Json.string(msg), true).get(5, TimeUnit.SECONDS);
        return f.get(10, TimeUnit.SECONDS);
    }

    /** Evaluates a JavaScript expression in the page and returns its JSON value. */
    JsonNode eval(String expression) throws Exception {
        JsonNode r = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
        if (r.has("exceptionDetails")) throw new IllegalStateException("page threw: " + r.get("exceptionDetails"));
        return r.path("result").path("value");
    }

    /** Polls {@code expression} until it is true. */
    void await(String expression, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (eval(expression).asBoolean(false)) return;
            if (System.nanoTime() > deadline) throw new AssertionError("timed out waiting for: " + expression);
            Thread.sleep(50);
        }
    }

    List<JsonNode> events(String method) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode e : events) if (e.path("method").asText().equals(method)) out.add(e);
        return out;
    }

    @Override
    public void close() {
        try {
            ws.abort();
        } finally {
            kill(process);
            deleteTree(profile);
        }
    }

    private static void kill(Process p) {
        List<ProcessHandle> children = p.descendants().toList();
        p.destroy();
        try {
            if (!p.waitFor(3, TimeUnit.SECONDS)) p.destroyForcibly().waitFor(3, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        children.forEach(ProcessHandle::destroyForcibly);
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // best effort
        }
    }

    private static String tail(Path log) {
        try {
            String s = Files.readString(log);
            return s.length() > 2000 ? s.substring(s.length() - 2000) : s;
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private static <T> T waitFor(Supplier<T> probe, Duration timeout, Supplier<String> failure) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            T v = probe.get();
            if (v != null) return v;
            Thread.sleep(50);
        }
        throw new IllegalStateException(failure.get());
    }
}
