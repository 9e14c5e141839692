package parley.consumer.web;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import parley.config.ParleyConfig;
import parley.json.Json;
import parley.model.Codes;
import parley.model.Kind;
import parley.model.Text;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The live dashboard: the page, its JSON API and the server-sent event stream, on the JDK's HTTP server.
 * Binds to {@code dashboard.host}:{@code dashboard.port} (127.0.0.1:8080 by default; port 0 picks a free port, see
 * {@link #port()}). Endpoints are documented in docs/dashboard-api.md.
 *
 * <pre>{@code
 * DashboardState state = new DashboardState(DashboardState.Options.defaults());
 * try (DashboardServer server = new DashboardServer(config, state).start()) {
 *     // consumer threads: state.onRow(row) for live result rows, state.onAccepted(event) for accepted events
 * }
 * }</pre>
 */
public final class DashboardServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DashboardServer.class);

    static final String CSP = "default-src 'self'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";
    private static final Pattern CODE = Pattern.compile("[A-Za-z]{2,5}");
    private static final Pattern HISTORY = Pattern.compile("/api/country/([^/]+)/history/?");
    private static final Pattern ASSET = Pattern.compile("/([a-z0-9-]+\\.(html|js|css|svg|json))");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml",
            "json", "application/json; charset=utf-8");
    private static final List<String> ASSETS = List.of("index.html", "app.js", "app.css", "favicon.svg", "world.json");

    private final String host;
    private final int requestedPort;
    private final DashboardState state;
    private final AtomicInteger sseClients = new AtomicInteger();
    private final Map<String, byte[]> assets = new HashMap<>();
    private volatile long heartbeatMillis = 15_000;
    private volatile int maxSseClients = 32;
    private volatile boolean running;
    private volatile AlertBoard alerts = new AlertBoard(0);
    private volatile List<Integer> windows = ParleyConfig.defaults().windows();
    private HttpServer server;
    private RequestGate gate;
    private ThreadPoolExecutor executor;

    public DashboardServer(ParleyConfig config, DashboardState state) {
        this(config.get("dashboard.host"), config.getInt("dashboard.port"), state);
        this.windows = List.copyOf(config.windows());
    }

    /** The window sizes the Streams application computes ({@code windows}); others are refused with 400. */
    public DashboardServer windows(List<Integer> w) {
        this.windows = List.copyOf(w);
        return this;
    }

    public DashboardServer(String host, int port, DashboardState state) {
        this.host = host;
        this.requestedPort = port;
        this.state = state;
    }

    /** Heartbeat comment interval on idle streams (default 15 s); also how soon a silent disconnect is noticed. */
    public DashboardServer heartbeatMillis(long ms) {
        this.heartbeatMillis = ms;
        return this;
    }

    /** The alerts {@code GET /api/alerts} serves (docs/alerts.md); none by default. */
    public DashboardServer alerts(AlertBoard board) {
        this.alerts = board;
        return this;
    }

    /** Concurrent /api/stream clients allowed (default 32); more get 503 so the API keeps threads to answer. */
    public DashboardServer maxStreamClients(int n) {
        this.maxSseClients = n;
        return this;
    }

    public synchronized DashboardServer start() throws IOException {
        if (server != null) throw new IllegalStateException("already started");
        for (String a : ASSETS) assets.put(a, resource("parley/web/" + a));
        int threads = maxSseClients + 8;
        AtomicInteger n = new AtomicInteger();
        executor = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "parley-web-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        executor.allowCoreThreadTimeOut(true);
        // the JDK server listens on loopback only; clients talk to the gate in front of it (see RequestGate)
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        running = true;
        server.start();
        try {
            gate = new RequestGate(host, requestedPort, server.getAddress().getPort(), threads + 8);
        } catch (IOException e) {
            server.stop(0);
            executor.shutdownNow();
            running = false;
            throw e;
        }
        log.info("dashboard on {}", uri());
        return this;
    }

    /** The bound port (the ephemeral one when configured with port 0). */
    public int port() {
        if (gate == null) throw new IllegalStateException("not started");
        return gate.port();
    }

    /** {@code http://host:port/}. */
    public URI uri() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + h + ":" + port() + "/");
    }

    /** Open /api/stream connections. */
    public int streamClients() { return sseClients.get(); }

    @Override
    public synchronized void close() {
        if (server == null || !running) return;
        running = false;
        state.feed().wakeAll();
        gate.close();
        server.stop(0);
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(3, TimeUnit.SECONDS)) log.warn("dashboard threads still running after stop");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = DashboardServer.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) throw new IOException("missing dashboard resource " + path);
            return in.readAllBytes();
        }
    }

    // ---- routing ------------------------------------------------------------------------------------------------

    /** A bad request parameter: answered with 400 and the message. */
    static final class BadRequest extends RuntimeException {
        BadRequest(String message) { super(message); }
    }

    private void handle(HttpExchange ex) {
        try {
            Headers h = ex.getResponseHeaders();
            h.set("Content-Security-Policy", CSP);
            h.set("X-Content-Type-Options", "nosniff");
            h.set("Referrer-Policy", "no-referrer");
            h.set("X-Frame-Options", "DENY");
            String method = ex.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                h.set("Allow", "GET, HEAD");
                json(ex, 405, new Views.Error("method not allowed: " + shown(method), 405));
                return;
            }
            String path = ex.getRequestURI().getPath();
            Map<String, String> q = query(ex.getRequestURI().getRawQuery());
            Matcher m;
            if (path.equals("/api/stream")) {
                stream(ex, q);
            } else if (path.equals("/api/health")) {
                json(ex, 200, state.health(sseClients.get()));
            } else if (path.equals("/api/ranking")) {
                json(ex, 200, state.ranking(false, window(q), date(q, "date"), null, limit(q, 1000, 1000)));
            } else if (path.equals("/api/pairs")) {
                json(ex, 200, state.ranking(true, window(q), date(q, "date"), code(q.get("country"), "country"),
                        limit(q, 20, 1000)));
            } else if ((m = HISTORY.matcher(path)).matches()) {
                String code = code(m.group(1), "country code");
                json(ex, 200, state.history(code, null, window(q), date(q, "from"), date(q, "to")));
            } else if (path.equals("/api/pair/history")) {
                List<String> pair = pair(q.get("pair"));
                if (pair == null) throw new BadRequest("pair is required, like pair=AZE|RUS");
                json(ex, 200, state.history(null, pair, window(q), date(q, "from"), date(q, "to")));
            } else if (path.equals("/api/events")) {
                events(ex, q);
            } else if (path.equals("/api/alerts")) {
                json(ex, 200, alerts.view(AlertBoard.rule(q.get("rule")), limit(q, 50, 1000)));
            } else if (path.equals("/") || path.equals("/index.html")) {
                asset(ex, "index.html");
            } else if ((m = ASSET.matcher(path)).matches() && assets.containsKey(m.group(1))) {
                asset(ex, m.group(1));
            } else {
                json(ex, 404, new Views.Error("not found: " + shown(path), 404));
            }
        } catch (BadRequest e) {
            json(ex, 400, new Views.Error(e.getMessage(), 400));
        } catch (RuntimeException e) {
            log.warn("dashboard: {} {} failed", ex.getRequestMethod(), ex.getRequestURI(), e);
            json(ex, 500, new Views.Error("internal error", 500));
        } finally {
            ex.close();
        }
    }

    private void events(HttpExchange ex, Map<String, String> q) {
        String country = code(q.get("country"), "country");
        List<String> pair = pair(q.get("pair"));
        if (country != null && pair != null) throw new BadRequest("give country or pair, not both");
        LocalDate from = date(q, "from");
        LocalDate to = date(q, "to");
        if (from != null && to != null && from.isAfter(to)) throw new BadRequest("from is after to");
        String kind = q.get("kind");
        if (kind != null) {
            kind = kind.toUpperCase(Locale.ROOT);
            try {
                Kind.valueOf(kind);
            } catch (IllegalArgumentException e) {
                throw new BadRequest("kind must be one of VISIT, MEETING, CALL, STATEMENT, got '" + shown(q.get("kind")) + "'");
            }
        }
        String o = q.getOrDefault("order", "date");
        DashboardState.Order order = switch (o) {
            case "date" -> DashboardState.Order.DATE;
            case "arrival" -> DashboardState.Order.ARRIVAL;
            default -> throw new BadRequest("order must be date or arrival, got '" + shown(o) + "'");
        };
        json(ex, 200, state.events(country, pair, kind, from, to, limit(q, 50, 1000), order));
    }

    // ---- parameters ---------------------------------------------------------------------------------------------

    private static Map<String, String> query(String raw) {
        Map<String, String> q = new HashMap<>();
        if (raw == null || raw.isEmpty()) return q;
        for (String part : raw.split("&")) {
            if (part.isEmpty()) continue;
            int eq = part.indexOf('=');
            try {
                String k = URLDecoder.decode(eq < 0 ? part : part.substring(0, eq), StandardCharsets.UTF_8);
                String v = eq < 0 ? "" : URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8);
                q.put(k, v);
            } catch (IllegalArgumentException e) {
                throw new BadRequest("malformed query string");
            }
        }
        return q;
    }

    /** The window size asked for (default 30, else the first configured one); only configured sizes have rows. */
    private int window(Map<String, String> q) {
        List<Integer> known = windows;
        String w = q.get("window");
        if (w == null || w.isEmpty()) return known.contains(30) ? 30 : known.get(0);
        try {
            int n = Integer.parseInt(w);
            if (known.contains(n)) return n;
        } catch (NumberFormatException ignored) {
            // fall through
        }
        throw new BadRequest("window must be one of the configured window sizes " + known + " (days), got '" + shown(w) + "'");
    }

    private static int limit(Map<String, String> q, int dflt, int max) {
        String l = q.get("limit");
        if (l == null || l.isEmpty()) return dflt;
        try {
            int n = Integer.parseInt(l);
            if (n >= 1 && n <= max) return n;
        } catch (NumberFormatException ignored) {
            // fall through
        }
        throw new BadRequest("limit must be a number from 1 to " + max + ", got '" + shown(l) + "'");
    }

    private static LocalDate date(Map<String, String> q, String name) {
        String d = q.get(name);
        if (d == null || d.isEmpty()) return null;
        try {
            return LocalDate.parse(d);
        } catch (DateTimeParseException e) {
            throw new BadRequest(name + " must be a day like 2024-08-07, got '" + shown(d) + "'");
        }
    }

    private static String code(String c, String what) {
        if (c == null || c.isEmpty()) return null;
        if (!CODE.matcher(c).matches()) throw new BadRequest(what + " must be a code like AZE or EU, got '" + shown(c) + "'");
        String code = c.toUpperCase(Locale.ROOT);
        if (!Codes.isValid(code))
            throw new BadRequest(what + " '" + code + "' is not a known code: use ISO 3166-1 alpha-3 (GBR, DEU, RUS…) or one of "
                    + new java.util.TreeSet<>(Codes.ORGANIZATIONS));
        return code;
    }

    /** Input echoed in an error message: at most 64 characters, control and bidi characters escaped. */
    static String shown(String s) {
        if (s == null) return "";
        String cut = s.length() <= 64 ? s : s.substring(0, Character.isHighSurrogate(s.charAt(63)) ? 63 : 64) + "…(" + s.length() + " chars)";
        return Text.escapeControls(cut);
    }

    private static List<String> pair(String p) {
        if (p == null || p.isEmpty()) return null;
        String[] parts = p.split("[|,]", -1);
        if (parts.length != 2) throw new BadRequest("pair must be two codes like AZE|RUS, got '" + shown(p) + "'");
        String a = code(parts[0], "pair code");
        String b = code(parts[1], "pair code");
        if (a == null || b == null || a.equals(b))
            throw new BadRequest("pair must be two different codes like AZE|RUS, got '" + shown(p) + "'");
        return a.compareTo(b) < 0 ? List.of(a, b) : List.of(b, a);
    }

    // ---- responses ----------------------------------------------------------------------------------------------

    private static void json(HttpExchange ex, int status, Object body) {
        ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        send(ex, status, Json.bytes(body));
    }

    private void asset(HttpExchange ex, String name) {
        ex.getResponseHeaders().set("Content-Type", TYPES.get(name.substring(name.lastIndexOf('.') + 1)));
        ex.getResponseHeaders().set("Cache-Control", "no-cache");
        send(ex, 200, assets.get(name));
    }

    private static void send(HttpExchange ex, int status, byte[] body) {
        try {
            boolean head = ex.getRequestMethod().equals("HEAD");
            ex.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
            if (!head && body.length > 0) {
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(body);
                }
            }
        } catch (IOException e) {
            log.debug("dashboard: client went away: {}", e.toString());
        } catch (IllegalStateException e) {
            log.debug("dashboard: response already started: {}", e.toString()); // e.g. an error after headers went out
        }
    }

    // ---- server-sent events -------------------------------------------------------------------------------------

    private void stream(HttpExchange ex, Map<String, String> q) {
        if (ex.getRequestMethod().equals("HEAD")) {
            ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            send(ex, 200, new byte[0]);
            return;
        }
        String resume = ex.getRequestHeaders().getFirst("Last-Event-ID");
        if (resume == null || resume.isBlank()) resume = q.get("since");
        long cursor;
        if (resume == null || resume.isBlank()) {
            cursor = state.feed().lastId();
        } else {
            try {
                cursor = Long.parseLong(resume.trim());
            } catch (NumberFormatException e) {
                cursor = Long.MIN_VALUE; // unknown position: the client gets a reset
            }
        }
        if (sseClients.incrementAndGet() > maxSseClients) {
            sseClients.decrementAndGet();
            ex.getResponseHeaders().set("Retry-After", "5");
            json(ex, 503, new Views.Error("too many live connections", 503));
            return;
        }
        try {
            Headers h = ex.getResponseHeaders();
            h.set("Content-Type", "text/event-stream; charset=utf-8");
            h.set("Cache-Control", "no-store");
            h.set("X-Accel-Buffering", "no");
            ex.sendResponseHeaders(200, 0);
            OutputStream out = ex.getResponseBody();
            out.write("retry: 2000\n: connected\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            ChangeFeed feed = state.feed();
            while (running) {
                ChangeFeed.Batch b = feed.after(cursor, heartbeatMillis, 500);
                if (!running) break;
                if (b.reset()) {
                    out.write(("id: " + b.lastId() + "\nevent: reset\ndata: {\"last_id\":" + b.lastId() + "}\n\n")
                            .getBytes(StandardCharsets.UTF_8));
                    cursor = b.lastId();
                } else if (b.messages().isEmpty()) {
                    out.write(": heartbeat\n\n".getBytes(StandardCharsets.UTF_8));
                } else {
                    for (ChangeFeed.Message msg : b.messages()) out.write(msg.frame());
                    cursor = b.lastId();
                }
                out.flush();
            }
        } catch (IOException | UncheckedIOException e) {
            log.debug("dashboard: stream client left: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            sseClients.decrementAndGet();
        }
    }
}
