package parley.consumer.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import parley.json.Json;
import parley.model.Text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The dashboard's listening socket, in front of the JDK's HTTP server (which listens on a loopback port of its own).
 * The JDK server answers what it cannot parse itself, outside parley's code: a request target with a character
 * {@link URI} refuses ({@code ?pair=RUS|TUR}, as curl sends it) got an HTML 400, and a very long request line (a
 * 1 MB query) a reset connection. The gate reads each request's head first: it percent-encodes such characters
 * (so {@code pair=RUS|TUR} simply works), answers an over-long request line with a JSON 414 and an over-long or
 * broken head with a JSON 400, like every other parley error; everything else is passed through unchanged, one
 * request per connection ({@code Connection: close}).
 */
final class RequestGate implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(RequestGate.class);
    static final int MAX_REQUEST_LINE = 8 * 1024;
    static final int MAX_HEAD = 32 * 1024;
    private static final int HEAD_TIMEOUT_MS = 10_000;

    private final ServerSocket socket;
    private final int backendPort;
    private final ThreadPoolExecutor pool;
    private volatile boolean open = true;

    RequestGate(String host, int port, int backendPort, int maxConnections) throws IOException {
        this.backendPort = backendPort;
        this.socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(host, port), 64);
        AtomicInteger n = new AtomicInteger();
        // two threads per connection (one each way); beyond the limit a connection gets a 503
        this.pool = new ThreadPoolExecutor(0, 2 * maxConnections, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread t = new Thread(r, "parley-web-gate-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        Thread acceptor = new Thread(this::accept, "parley-web-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() { return socket.getLocalPort(); }

    private void accept() {
        while (open) {
            Socket client;
            try {
                client = socket.accept();
            } catch (IOException e) {
                if (open) log.debug("dashboard: accept failed: {}", e.toString());
                continue;
            }
            try {
                pool.execute(() -> serve(client));
            } catch (RejectedExecutionException e) {
                refuse(client, 503, "too many connections");
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            client.setSoTimeout(HEAD_TIMEOUT_MS);
            Head head = readHead(client.getInputStream());
            if (head.problem != null) {
                refuse(client, head.status, head.problem);
                return;
            }
            client.setSoTimeout(0);
            try (Socket backend = new Socket()) {
                backend.connect(new InetSocketAddress("127.0.0.1", backendPort), 5_000);
                OutputStream toBackend = backend.getOutputStream();
                toBackend.write(head.bytes);
                toBackend.write(head.rest, 0, head.restLength);
                toBackend.flush();
                Future up = new Future(client.getInputStream(), toBackend, backend);
                try {
                    pool.execute(up);
                } catch (RejectedExecutionException e) {
                    up.run(); // cannot happen with two threads per connection reserved; stay correct anyway
                }
                InputStream fromBackend = backend.getInputStream();
                OutputStream toClient = client.getOutputStream();
                toClient.write(closingResponseHead(fromBackend));
                toClient.flush();
                copy(fromBackend, toClient);
            }
        } catch (IOException e) {
            log.debug("dashboard: connection ended: {}", e.toString());
        }
    }

    /**
     * The response head, saying {@code Connection: close}: the connection ends with this response (the gate checks
     * one request per connection), and a client that is not told so keeps it for its next request and finds it
     * closed. The JDK server does not echo the request's Connection: close. Any body bytes read with the head follow.
     */
    static byte[] closingResponseHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream(512);
        byte[] buf = new byte[4096];
        byte[] end = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        while (true) {
            int n = in.read(buf);
            if (n < 0) return head.toByteArray(); // the backend closed early: pass on what there is
            int before = head.size();
            head.write(buf, 0, n);
            byte[] all = head.toByteArray();
            int at = indexOf(all, end, Math.max(0, before - 3));
            if (at < 0) {
                if (all.length > MAX_HEAD) return all; // not a head we understand: pass it on unchanged
                continue;
            }
            String h = new String(all, 0, at, StandardCharsets.ISO_8859_1);
            StringBuilder b = new StringBuilder(h.length() + 32);
            for (String line : h.split("\r\n", -1)) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase("Connection")) continue;
                b.append(line).append("\r\n");
            }
            b.append("Connection: close\r\n\r\n");
            ByteArrayOutputStream out = new ByteArrayOutputStream(all.length + 32);
            out.write(b.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(all, at + 4, all.length - at - 4);
            return out.toByteArray();
        }
    }

    /** Client → backend, on its own thread (request bodies; normally nothing after the head). */
    private static final class Future implements Runnable {
        private final InputStream in;
        private final OutputStream out;
        private final Socket backend;

        Future(InputStream in, OutputStream out, Socket backend) {
            this.in = in;
            this.out = out;
            this.backend = backend;
        }

        @Override
        public void run() {
            try {
                copy(in, out);
                backend.shutdownOutput();
            } catch (IOException e) {
                try {
                    backend.close(); // the client went away: so does the request
                } catch (IOException ignored) { }
            }
        }
    }

    private static void copy(InputStream in, OutputStream out) throws IOException {
        byte[] buf = new byte[16 * 1024];
        int n;
        while ((n = in.read(buf)) >= 0) {
            out.write(buf, 0, n);
            out.flush(); // server-sent events must not wait in a buffer
        }
    }

    /** A request head as forwarded (target repaired, Connection: close), or the problem to answer. */
    static final class Head {
        byte[] bytes;
        byte[] rest = new byte[0];
        int restLength;
        int status;
        String problem;

        static Head problem(int status, String problem) {
            Head h = new Head();
            h.status = status;
            h.problem = problem;
            return h;
        }
    }

    static Head readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream(1024);
        byte[] buf = new byte[8192];
        int lineEnd = -1;
        while (true) {
            int n = in.read(buf);
            if (n < 0) return Head.problem(400, "incomplete request");
            int before = head.size();
            head.write(buf, 0, n);
            byte[] all = head.toByteArray();
            if (lineEnd < 0) lineEnd = indexOf(all, "\r\n".getBytes(StandardCharsets.US_ASCII), 0);
            if (lineEnd < 0 && all.length > MAX_REQUEST_LINE || lineEnd > MAX_REQUEST_LINE)
                return Head.problem(414, "request line too long: more than " + MAX_REQUEST_LINE + " bytes (shorten the query)");
            int end = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), Math.max(0, before - 3));
            if (end < 0) {
                if (all.length > MAX_HEAD) return Head.problem(431, "request headers too large: more than " + MAX_HEAD + " bytes");
                continue;
            }
            Head h = rewrite(new String(all, 0, end, StandardCharsets.ISO_8859_1));
            if (h.problem == null) {
                h.rest = java.util.Arrays.copyOfRange(all, end + 4, all.length);
                h.restLength = h.rest.length;
            }
            return h;
        }
    }

    /** The head with its request target made acceptable to {@link URI} and Connection: close; or a 400. */
    static Head rewrite(String head) {
        String[] lines = head.split("\r\n", -1);
        String[] parts = lines[0].split(" ", -1);
        if (parts.length != 3 || !parts[2].startsWith("HTTP/")) return Head.problem(400, "malformed request line");
        String target = encodeTarget(parts[1]);
        try {
            new URI(target);
        } catch (URISyntaxException e) {
            return Head.problem(400, "malformed request target");
        }
        StringBuilder b = new StringBuilder(head.length() + 32);
        b.append(parts[0]).append(' ').append(target).append(' ').append(parts[2]).append("\r\n");
        for (int i = 1; i < lines.length; i++) {
            String l = lines[i];
            int colon = l.indexOf(':');
            String name = colon < 0 ? l : l.substring(0, colon).trim();
            if (name.equalsIgnoreCase("Connection") || name.equalsIgnoreCase("Keep-Alive")) continue;
            b.append(l).append("\r\n");
        }
        b.append("Connection: close\r\n\r\n");
        Head h = new Head();
        h.bytes = b.toString().getBytes(StandardCharsets.ISO_8859_1);
        return h;
    }

    /**
     * Percent-encodes what {@link URI} refuses in a request target: characters outside RFC 3986 (|, ", <, >, \, ^,
     * `, {, }, spaces, controls, non-ASCII bytes) and a % not followed by two hex digits. Everything else is kept.
     */
    static String encodeTarget(String t) {
        StringBuilder b = new StringBuilder(t.length() + 16);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i); // ISO-8859-1: one char per byte
            boolean ok = c > 32 && c < 127 && "|\"<>\\^`{}".indexOf(c) < 0;
            if (c == '%') ok = i + 2 < t.length() && hex(t.charAt(i + 1)) && hex(t.charAt(i + 2));
            if (ok) b.append(c);
            else b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4 & 0xF, 16)))
                    .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
        }
        return b.toString();
    }

    private static boolean hex(char c) { return Character.digit(c, 16) >= 0; }

    private static int indexOf(byte[] a, byte[] what, int from) {
        outer:
        for (int i = Math.max(0, from); i <= a.length - what.length; i++) {
            for (int j = 0; j < what.length; j++) if (a[i + j] != what[j]) continue outer;
            return i;
        }
        return -1;
    }

    /** A JSON error like the API's, then the connection is closed without a reset (what the client sent is drained). */
    static void refuse(Socket client, int status, String message) {
        try (client) {
            byte[] body = Json.bytes(new Views.Error(Text.escapeControls(message), status));
            String reason = switch (status) {
                case 400 -> "Bad Request";
                case 414 -> "URI Too Long";
                case 431 -> "Request Header Fields Too Large";
                case 503 -> "Service Unavailable";
                default -> "Error";
            };
            OutputStream out = client.getOutputStream();
            out.write(("HTTP/1.1 " + status + " " + reason + "\r\nContent-Type: application/json; charset=utf-8\r\n"
                    + "Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nContent-Length: " + body.length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            client.shutdownOutput();
            // read what is still coming (at most 8 MB or 2 s): closing with unread input would reset the connection
            client.setSoTimeout(2_000);
            InputStream in = client.getInputStream();
            byte[] sink = new byte[64 * 1024];
            long total = 0, until = System.nanoTime() + 2_000_000_000L;
            int n;
            while (total < 8 << 20 && System.nanoTime() < until && (n = in.read(sink)) >= 0) total += n;
        } catch (SocketException e) {
            log.debug("dashboard: refused client went away: {}", e.toString());
        } catch (IOException e) {
            log.debug("dashboard: refusing a request failed: {}", e.toString());
        }
    }

    @Override
    public void close() {
        open = false;
        try {
            socket.close();
        } catch (IOException ignored) { }
        pool.shutdownNow();
    }
}
