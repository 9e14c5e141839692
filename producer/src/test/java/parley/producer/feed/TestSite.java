package parley.producer.feed;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** A local web site on 127.0.0.1 for poller tests: routes, and a log of every request with its headers and time. */
final class TestSite implements AutoCloseable {
    record Req(String path, Headers headers, Instant at) { }

    record Resp(int status, String contentType, String body, Map<String, String> headers) {
        static Resp ok(String type, String body) { return new Resp(200, type, body, Map.of()); }

        static Resp status(int s) { return new Resp(s, "text/plain", "", Map.of()); }
    }

    private final HttpServer server;
    private final Map<String, Function<Req, Resp>> routes = new ConcurrentHashMap<>();
    private final List<Req> log = new ArrayList<>();
    private final Clock clock;

    TestSite(Clock clock) throws IOException {
        this.clock = clock;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            String path = ex.getRequestURI().getRawPath() + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery());
            Req req = new Req(path, ex.getRequestHeaders(), clock.instant());
            synchronized (log) { log.add(req); }
            Function<Req, Resp> h = routes.get(ex.getRequestURI().getRawPath());
            Resp r = h == null ? Resp.status(404) : h.apply(req);
            byte[] body = r.body().getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", r.contentType());
            r.headers().forEach((k, v) -> ex.getResponseHeaders().set(k, v));
            if (r.status() == 304 || body.length == 0) {
                ex.sendResponseHeaders(r.status(), -1);
            } else {
                ex.sendResponseHeaders(r.status(), body.length);
                ex.getResponseBody().write(body);
            }
            ex.close();
        });
        server.start();
    }

    TestSite route(String path, Function<Req, Resp> h) { routes.put(path, h); return this; }

    TestSite page(String path, String html) { return route(path, r -> Resp.ok("text/html; charset=utf-8", html)); }

    TestSite robots(String text) { return route("/robots.txt", r -> Resp.ok("text/plain", text)); }

    /** A feed with an ETag, answering 304 to a matching If-None-Match. */
    TestSite etagFeed(String path, String etag, java.util.function.Supplier<String> xml) {
        return route(path, r -> etag.equals(r.headers().getFirst("If-None-Match"))
                ? new Resp(304, "application/rss+xml", "", Map.of("ETag", etag))
                : new Resp(200, "application/rss+xml", xml.get(), Map.of("ETag", etag)));
    }

    /** The site as an HTTP proxy: requests for any host arrive here (tests that must not leave loopback). */
    java.net.ProxySelector asProxy() { return java.net.ProxySelector.of(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getAddress().getPort())); }

    int port() { return server.getAddress().getPort(); }

    String url(String path) { return "http://127.0.0.1:" + server.getAddress().getPort() + path; }

    List<Req> requests() { synchronized (log) { return List.copyOf(log); } }

    List<Req> requests(String path) { return requests().stream().filter(r -> r.path().equals(path)).toList(); }

    int count(String path) { return requests(path).size(); }

    @Override
    public void close() { server.stop(0); }

    /** An RSS 2.0 document; items are {title, link, pubDate, description} (null to omit). */
    static String rss(String[]... items) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
                + "<title>Test wire</title><link>http://127.0.0.1/</link><description>test</description>\n");
        for (String[] i : items) {
            b.append("<item>");
            if (i[0] != null) b.append("<title>").append(i[0]).append("</title>");
            if (i[1] != null) b.append("<link>").append(i[1]).append("</link>");
            if (i[2] != null) b.append("<pubDate>").append(i[2]).append("</pubDate>");
            if (i[3] != null) b.append("<description>").append(i[3]).append("</description>");
            b.append("</item>\n");
        }
        return b.append("</channel></rss>\n").toString();
    }
}
