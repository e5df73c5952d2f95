package org.sitrep.app.watch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A polite HTTP client for the watcher (the JDK's client): it says who it is ({@link #USER_AGENT}), asks each host's
 * {@code robots.txt} once and keeps out of what it disallows, waits {@code delay} between two requests to the same
 * host (longer when robots.txt asks for a crawl delay, up to a minute), gives up on a request after its timeout, and
 * retries what may pass later (a connection failure, a timeout, 429, 5xx) with a doubling backoff. Bodies are read up
 * to a limit. Thread-safe.
 */
public final class Fetcher {
    public static final String USER_AGENT = "sitrep-watch/0.1 (conflict-monitoring reader; respects robots.txt)";
    /** The product token robots.txt groups are matched against. */
    static final String ROBOT_NAME = "sitrep-watch";
    /** The largest body read (a feed, a page). */
    public static final int MAX_BYTES = 8 << 20;

    /** How the fetcher behaves; {@link #DEFAULT} is what {@code sitrep watch} uses. */
    public record Settings(Duration delay, Duration timeout, int attempts, Duration backoff) {
        public static final Settings DEFAULT = new Settings(Duration.ofSeconds(2), Duration.ofSeconds(20), 3, Duration.ofSeconds(2));
    }

    /** What a fetch returned: the final status, the body (null on 304 or when refused), headers and the URL that answered. */
    public record Response(int status, byte[] body, Map<String, List<String>> headers, URI uri) {
        public Optional<String> header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).flatMap(e -> e.getValue().stream()).findFirst();
        }

        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /** A fetch that did not get an answer worth keeping: robots.txt forbids it, or every attempt failed. */
    public static final class FetchException extends IOException {
        private final boolean retryLater;

        FetchException(String message, boolean retryLater) {
            super(message);
            this.retryLater = retryLater;
        }

        /** False when trying again cannot help (robots.txt disallows the URL, a 404). */
        public boolean retryLater() {
            return retryLater;
        }
    }

    private final HttpClient http;
    private final Settings settings;
    private final Map<String, Robots> robots = new ConcurrentHashMap<>();

    /** A host's rules and until when they hold (a day when read, ten minutes when the host failed to answer). */
    private record Robots(BaseRobotRules rules, long until) {
    }
    private final Map<String, Object> hostLocks = new ConcurrentHashMap<>();
    private final Map<String, Long> nextAllowed = new ConcurrentHashMap<>();

    public Fetcher(Settings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /**
     * Whether a URL's host is this machine or a private network (loopback, link-local, site-local, unique local
     * IPv6): a public feed's item that points there is not fetched, so a feed cannot make the watcher read what only
     * this machine can reach. A name that does not resolve is not private (its fetch fails with its own reason).
     */
    public static boolean privateHost(URI uri) {
        String host = uri.getHost();
        if (host == null) {
            return true;
        }
        try {
            for (java.net.InetAddress a : java.net.InetAddress.getAllByName(host.replace("[", "").replace("]", ""))) {
                if (a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress() || a.isAnyLocalAddress()
                        || (a instanceof java.net.Inet6Address && (a.getAddress()[0] & 0xFE) == 0xFC)) {
                    return true;
                }
            }
            return false;
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    /** GETs a URL the host's robots.txt allows; {@code headers} are sent too (If-None-Match …). 304 and 2xx return. */
    public Response get(URI uri, Map<String, String> headers) throws FetchException, InterruptedException {
        if (uri.getScheme() == null || !uri.getScheme().matches("(?i)https?") || uri.getHost() == null) {
            throw new FetchException("not an http(s) URL: " + uri, false);
        }
        BaseRobotRules rules = robots(uri);
        if (!rules.isAllowed(uri.toString())) {
            throw new FetchException("robots.txt of " + uri.getHost() + " disallows " + uri.getPath(), false);
        }
        FetchException last = null;
        for (int attempt = 1; attempt <= settings.attempts(); attempt++) {
            if (attempt > 1) {
                Thread.sleep(settings.backoff().toMillis() << (attempt - 2));
            }
            try {
                Response r = once(uri, headers);
                if (r.ok() || r.status() == 304) {
                    return r;
                }
                boolean transientStatus = r.status() == 429 || r.status() >= 500;
                last = new FetchException("HTTP " + r.status() + " from " + uri, transientStatus || r.status() == 408);
                if (!transientStatus) {
                    throw last;
                }
            } catch (FetchException e) {
                throw e; // an answer that no retry changes (a 404, a 410)
            } catch (HttpTimeoutException e) {
                last = new FetchException("no answer from " + uri.getHost() + " within " + settings.timeout().toSeconds() + " s", true);
            } catch (IOException e) {
                last = new FetchException("cannot fetch " + uri + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), true);
            }
        }
        throw new FetchException(last.getMessage() + " (after " + settings.attempts() + " attempts)", last.retryLater());
    }

    private Response once(URI uri, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(settings.timeout()).header("User-Agent", USER_AGENT)
                .header("Accept-Encoding", "identity");
        headers.forEach(b::header);
        waitTurn(uri.getHost().toLowerCase(java.util.Locale.ROOT) + ":" + uri.getPort());
        HttpResponse<InputStream> r = http.send(b.GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        byte[] body;
        try (InputStream in = r.body()) {
            body = in.readNBytes(MAX_BYTES + 1);
        }
        if (body.length > MAX_BYTES) {
            throw new IOException("body larger than " + (MAX_BYTES >> 20) + " MiB");
        }
        return new Response(r.statusCode(), r.statusCode() == 304 ? null : body, r.headers().map(), r.uri());
    }

    /** Waits until the host may be asked again, then books the next turn. */
    private void waitTurn(String host) throws InterruptedException {
        Object lock = hostLocks.computeIfAbsent(host, h -> new Object());
        synchronized (lock) {
            long now = System.nanoTime();
            long at = nextAllowed.getOrDefault(host, now);
            if (at > now) {
                Thread.sleep((at - now) / 1_000_000, (int) ((at - now) % 1_000_000));
            }
            long delay = settings.delay().toNanos();
            Robots rules = robots.get(host);
            if (rules != null && rules.rules().getCrawlDelay() > 0) {
                delay = Math.max(delay, Math.min(Duration.ofMinutes(1).toNanos(), rules.rules().getCrawlDelay() * 1_000_000));
            }
            nextAllowed.put(host, System.nanoTime() + delay);
        }
    }

    /**
     * The host's robots.txt rules, read once a day: a 4xx allows everything; a 5xx or no answer disallows everything
     * for ten minutes (RFC 9309 asks a crawler to assume the worst while the file cannot be read).
     */
    private BaseRobotRules robots(URI uri) throws InterruptedException {
        String host = uri.getHost().toLowerCase(java.util.Locale.ROOT) + ":" + uri.getPort();
        Robots known = robots.get(host);
        if (known != null && known.until() - System.nanoTime() > 0) {
            return known.rules();
        }
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
        URI at = uri.resolve("/robots.txt");
        BaseRobotRules rules;
        boolean read;
        try {
            Response r = once(at, Map.of());
            rules = r.ok() ? parser.parseContent(at.toString(), r.body(), r.header("Content-Type").orElse("text/plain"), List.of(ROBOT_NAME))
                    : parser.failedFetch(r.status());
            read = r.status() < 500;
        } catch (IOException e) {
            rules = parser.failedFetch(503);
            read = false;
        }
        robots.put(host, new Robots(rules, System.nanoTime() + (read ? Duration.ofDays(1) : Duration.ofMinutes(10)).toNanos()));
        return rules;
    }
}
