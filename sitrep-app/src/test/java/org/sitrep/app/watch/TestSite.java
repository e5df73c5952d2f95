package org.sitrep.app.watch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A web site on this machine for the watcher's tests: pages by path, answers that can change, every request counted. */
public final class TestSite implements AutoCloseable {
    /** What a path answers: a status, a media type, a body; {@code etag} makes it answer 304 to a matching If-None-Match. */
    public record Page(int status, String type, String body, String etag, long delayMillis) {
        public static Page ok(String type, String body) {
            return new Page(200, type, body, null, 0);
        }
    }

    /** Decides the answer for a request, given how many times its path was asked before. */
    public interface Handler {
        Page answer(int count, HttpExchange x);
    }

    private final HttpServer server;
    private final Map<String, Handler> pages = new ConcurrentHashMap<>();
    final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    final List<String> log = new CopyOnWriteArrayList<>();
    final Map<String, String> lastHeaders = new ConcurrentHashMap<>();

    public TestSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    public void page(String path, Page p) {
        pages.put(path, (n, x) -> p);
    }

    public void page(String path, Handler h) {
        pages.put(path, h);
    }

    public int hits(String path) {
        AtomicInteger n = hits.get(path);
        return n == null ? 0 : n.get();
    }

    private void handle(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getPath();
        int n = hits.computeIfAbsent(path, p -> new AtomicInteger()).getAndIncrement();
        log.add(x.getRequestMethod() + " " + path);
        x.getRequestHeaders().forEach((k, v) -> lastHeaders.put(path + " " + k.toLowerCase(java.util.Locale.ROOT), String.join(",", v)));
        Handler h = pages.get(path);
        Page p = h == null ? new Page(404, "text/plain", "not here", null, 0) : h.answer(n, x);
        try {
            if (p.delayMillis() > 0) {
                Thread.sleep(p.delayMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String inm = x.getRequestHeaders().getFirst("If-None-Match");
        if (p.etag() != null) {
            x.getResponseHeaders().add("ETag", p.etag());
            if (p.etag().equals(inm)) {
                x.sendResponseHeaders(304, -1);
                x.close();
                return;
            }
        }
        byte[] body = p.body().getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", p.type());
        try {
            x.sendResponseHeaders(p.status(), body.length == 0 ? -1 : body.length);
            try (OutputStream out = x.getResponseBody()) {
                out.write(body);
            }
        } catch (IOException e) {
            // the client gave up (a timeout test)
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    public static String resource(String name) {
        try (var in = TestSite.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String rss(String title, String... items) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>" + title
                + "</title><link>http://example.org/</link><description>test</description>\n");
        for (int i = 0; i + 2 < items.length + 1; i += 3) {
            sb.append("<item><title>").append(items[i]).append("</title><link>").append(items[i + 1]).append("</link><guid>")
                    .append(items[i + 2]).append("</guid><pubDate>Tue, 03 Dec 2024 12:00:00 GMT</pubDate></item>\n");
        }
        return sb.append("</channel></rss>\n").toString();
    }

    public static String atom(String title, String... entries) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>"
                + title + "</title><id>urn:test:" + title + "</id><updated>2024-12-06T10:00:00Z</updated>\n");
        for (int i = 0; i + 2 < entries.length + 1; i += 3) {
            sb.append("<entry><title>").append(entries[i]).append("</title><link href=\"").append(entries[i + 1]).append("\"/><id>")
                    .append(entries[i + 2]).append("</id><updated>2024-12-06T09:00:00Z</updated></entry>\n");
        }
        return sb.append("</feed>\n").toString();
    }
}
