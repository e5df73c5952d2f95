package org.sitrep.app.server;

import org.sitrep.app.DateConverter;
import org.sitrep.app.Engine;
import org.sitrep.app.QueryChecks;
import org.sitrep.app.Runs;
import org.sitrep.app.StoreArgs;
import org.sitrep.app.UsageError;
import org.sitrep.app.export.GeoJson;
import org.sitrep.app.Spellings;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;
import org.sitrep.store.EventQuery;
import org.sitrep.store.Near;
import org.sitrep.store.EventStore;
import org.sitrep.store.EventStores;
import org.sitrep.store.StoreJson;

/**
 * The web map (static files under {@code /}, Leaflet under {@code /webjars}) and the read API over a store
 * (Javalin): events, one event with every mention, a place's timeline, control as of a
 * day (JSON or GeoJSON), contradictions, framing and article search, described at {@code /openapi.json}. Errors are
 * {@code {title, status, detail}} from one mapper; a bad parameter is a 400 that names it. Requests share a pool
 * of store connections (a connection is not thread-safe; each keeps its own control index).
 */
public final class ApiServer implements AutoCloseable {
    /** Store connections shared by the request threads. */
    public static final int CONNECTIONS = 4;
    /** Largest request body, in bytes. */
    public static final long MAX_BODY = 10L * 1024 * 1024;
    /**
     * Headers of the map's files. The page escapes every text it shows from articles; the policy is a second wall:
     * scripts and styles only from this server, no inline script, no plugin, no framing by other sites.
     */
    public static final Map<String, String> PAGE_HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                    + "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer");
    /** Most events one request lists. */
    public static final int MAX_LIMIT = 10_000;

    private final AlertStream alertStream;
    private final WebhookSender webhooks;
    private final BlockingQueue<EventStore> pool = new ArrayBlockingQueue<>(CONNECTIONS);
    private final Javalin app;
    /** Writes go through their own connection, one request at a time; null when writing is off. */
    private final EventStore writer;
    private final Engine engine;
    private final String token;

    /** A request parameter that cannot be used: answered 400 naming it. */
    public static final class BadParameter extends RuntimeException {
        public BadParameter(String name, String why) {
            super("parameter '" + name + "': " + why);
        }
    }

    /** A write without the server's bearer token: answered 401. */
    public static final class Unauthorized extends RuntimeException {
        public Unauthorized(String why) {
            super(why);
        }
    }

    /** A write to a server started without a token: answered 403. */
    public static final class Forbidden extends RuntimeException {
        public Forbidden(String why) {
            super(why);
        }
    }

    /**
     * {@code POST /api/articles}: JSON Lines articles (the format of {@code sitrep ingest}: {@code id} and
     * {@code text} required), each extracted and stored; then the store is refreshed. A bad line is reported with
     * its line number and the others are stored. The body is read by the document reader its Content-Type names, as
     * files are by their names ({@code text/plain}: one article; {@code text/html}: one page; {@code application/warc}:
     * an archive's pages; JSON Lines otherwise). Answers the counts and the diagnostics.
     */
    private void postArticles(Context ctx) {
        if (writer == null) {
            throw new Forbidden("writing is off: start the server with --token (or SITREP_TOKEN) to accept articles");
        }
        String auth = ctx.header("Authorization");
        if (auth == null || !auth.startsWith("Bearer ")) {
            throw new Unauthorized("send the server's token as 'Authorization: Bearer TOKEN'");
        }
        if (!java.security.MessageDigest.isEqual(auth.substring(7).strip().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                token.getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
            throw new Unauthorized("wrong token");
        }
        byte[] body = boundedBody(ctx);
        org.sitrep.core.ingest.DocumentReader reader = org.sitrep.core.ingest.DocumentReaders.forMediaType(ctx.header("Content-Type"))
                .orElse(org.sitrep.core.ingest.DocumentReaders.JSON_LINES);
        // invalid UTF-8 is named by its line, as for files
        List<org.sitrep.core.ingest.RawDocument> docs = reader.read(new org.sitrep.core.ingest.DocumentReader.Input("request", "request",
                new java.io.ByteArrayInputStream(body), MAX_BODY, org.sitrep.core.ingest.Metadata.NONE)).toList();
        if (docs.isEmpty()) {
            throw new BadParameter("body", "no articles (JSON Lines: one {\"id\", \"text\", ...} object a line)");
        }
        int[] n = new int[4]; // added, already stored, failed, of which the store refused
        int alerts;
        List<String> diagnostics = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        synchronized (writer) {
            // the request's articles are written in batches; the answer is given once all of them are committed
            org.sitrep.store.BatchWriter w = new org.sitrep.store.BatchWriter(writer, line -> diagnostics.add(line));
            try (w) {
                engine.run(docs.iterator(), 1, r -> {
                    r.diagnostics().forEach(d -> diagnostics.add(d.format()));
                    if (r.extraction() == null) {
                        n[2]++;
                    } else {
                        w.add(r.extraction());
                    }
                });
            }
            n[0] = w.added();
            n[1] = w.alreadyStored();
            n[3] = w.refused();
            n[2] += n[3];
            writer.refresh();
            // the watchlists' alerts (their webhooks are sent within seconds by the server's sender)
            alerts = new org.sitrep.store.alert.Alerter(writer, a -> { }).afterRefresh(writer.lastChanges(),
                    org.sitrep.store.alert.Alerter.watchlists(writer, diagnostics::add)).size();
            countries = null; // a new country's outlines show at once
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("added", n[0]);
        out.put("alreadyStored", n[1]);
        out.put("failed", n[2]);
        out.put("alerts", alerts);
        out.put("diagnostics", diagnostics);
        // nothing stored: the request's fault (400), unless the store refused what was read (500)
        ctx.status(n[0] + n[1] > 0 ? 200 : n[3] > 0 ? 500 : 400).json(out);
    }

    /** Something the request names that the store does not hold: answered 404. */
    public static final class NotFound extends RuntimeException {
        public NotFound(String what) {
            super(what);
        }
    }

    /** A read-only server. */
    public ApiServer(Path db) {
        this(db.toString(), null, null);
    }

    /** A read-only server over the store at a location (SQLite file or PostgreSQL URL). */
    public ApiServer(String db) {
        this(db, null, null);
    }

    /**
     * With a token (and the engine that extracts posted articles), {@code POST /api/articles} adds articles for
     * requests that carry it as a bearer token; without one, writing is off.
     */
    public ApiServer(Path db, Engine engine, String token) {
        this(db.toString(), engine, token);
    }

    /** As {@link #ApiServer(Path, Engine, String)}, over the store at a location (SQLite file or PostgreSQL URL). */
    public ApiServer(String db, Engine engine, String token) {
        this.token = token == null || token.isBlank() ? null : token;
        this.engine = engine;
        this.writer = this.token != null && engine != null ? EventStores.open(db) : null;
        this.alertStream = new AlertStream(db);
        this.webhooks = new WebhookSender(db);
        for (int i = 0; i < CONNECTIONS; i++) {
            pool.add(i == 0 ? StoreArgs.open(db) : EventStores.open(db));
        }
        app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(StoreJson.MAPPER, false));
            config.http.maxRequestSize = MAX_BODY;
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/org/sitrep/app/web";
                files.location = io.javalin.http.staticfiles.Location.CLASSPATH;
                files.headers = PAGE_HEADERS;
            });
            config.staticFiles.enableWebjars(); // Leaflet, from its Maven Central webjar
        });
        // every response, not only the map's files: the API, /openapi.json, the webjars and error answers
        app.before(ctx -> PAGE_HEADERS.forEach(ctx::header));
        app.before(ctx -> {
            String host = ctx.header("Host");
            if (allowedHosts != null && !allowedHost(host)) {
                // DNS rebinding: a page from another site whose name now points at this loopback server
                throw new BadHost(host);
            }
        });
        String openApi = openApi();
        Map<java.util.regex.Pattern, List<String>> queryParams = queryParams(openApi);
        app.before("/api/*", ctx -> {
            if (ctx.method() != io.javalin.http.HandlerType.GET) {
                return;
            }
            // a parameter the endpoint does not take is said, not ignored: a misspelt filter ("palce") or a page
            // offset would otherwise answer as if it were not there
            for (Map.Entry<java.util.regex.Pattern, List<String>> e : queryParams.entrySet()) {
                if (e.getKey().matcher(ctx.path()).matches()) {
                    for (String name : ctx.queryParamMap().keySet()) {
                        if (!e.getValue().contains(name)) {
                            throw new BadParameter(name, "not a parameter of " + ctx.path() + (name.equals("offset") || name.equals("page")
                                    ? (e.getValue().contains("cursor") ? "; pages follow by cursor: the Link header's next URL gives the next one"
                                        : "; this list is not paged") : "")
                                    + (e.getValue().isEmpty() ? " (it takes none)" : "; it takes: " + String.join(", ", e.getValue())));
                        }
                    }
                    return;
                }
            }
        });
        app.get("/openapi.json", ctx -> ctx.contentType("application/json; charset=utf-8").result(openApi));
        app.get("/api/events", this::events);
        app.get("/api/events/{id}", ctx -> ctx.json(with(s -> s.event(ctx.pathParam("id"))
                .orElseThrow(() -> new NotFound("no event " + ctx.pathParam("id"))))));
        app.get("/api/articles/{id}", ctx -> ctx.json(with(s -> s.article(ctx.pathParam("id"))
                .orElseThrow(() -> new NotFound("no article " + ctx.pathParam("id"))))));
        app.get("/api/timeline/{place}", ctx -> ctx.json(with(s -> {
            List<org.sitrep.core.model.ControlPeriod> periods = s.timeline(ctx.pathParam("place"));
            if (periods.isEmpty()) {
                throw new NotFound(Spellings.noSuchPlace(ctx.pathParam("place"), s, false)); // the server's path is not the caller's business
            }
            return periods;
        })));
        app.get("/api/control", ctx -> ctx.json(with(s -> s.control(day(ctx::queryParam, "asOf", true), near(ctx::queryParam)))));
        app.get("/api/control.geojson", ctx -> {
            LocalDate day = day(ctx::queryParam, "asOf", true);
            ctx.contentType(GEOJSON).result(StoreJson.write(
                    GeoJson.controlGeoJson(with(s -> s.control(day, near(ctx::queryParam))), day)));
        });
        // the map's offline context, cut to the countries the store covers
        app.get("/api/areas.geojson", ctx -> ctx.contentType(GEOJSON).result(MapLayers.admin1(countries())));
        app.get("/api/towns.geojson", ctx -> ctx.contentType(GEOJSON).result(MapLayers.towns(countries())));
        app.get("/api/contradictions", ctx -> ctx.json(with(s -> s.contradictions(flag(ctx::queryParam, "all")))));
        app.get("/api/framing", ctx -> ctx.json(with(EventStore::framing)));
        app.get("/api/summary", ctx -> ctx.json(with(ApiServer::summary)));
        app.get("/api/search", ctx -> {
            String q = ctx.queryParam("q");
            if (q == null || q.isBlank()) {
                throw new BadParameter("q", "required");
            }
            int limit = integer(ctx::queryParam, "limit", 20);
            ctx.json(with(s -> s.search(q, limit)));
        });
        app.post("/api/articles", this::postArticles);
        app.get("/api/alerts", ctx -> {
            java.time.Instant from = since(ctx::queryParam, null);
            long after = 0;
            if (ctx.queryParam("after") != null) {
                String v = ctx.queryParam("after").strip();
                if (!v.matches("\\d{1,18}")) {
                    throw new BadParameter("after", "'" + shown(v) + "' is not an alert id (a whole number)");
                }
                after = Long.parseLong(v);
            }
            long afterId = after;
            int limit = integer(ctx::queryParam, "limit", 100);
            String watchlist = ctx.queryParam("watchlist");
            List<com.fasterxml.jackson.databind.JsonNode> out = new java.util.ArrayList<>();
            for (org.sitrep.store.Monitor.Alert a : with(s -> s.monitor().alerts(from, afterId, Math.min(limit, 1000)))) {
                if (watchlist == null || watchlist.equals(a.watchlist())) {
                    out.add(StoreJson.MAPPER.readTree(org.sitrep.store.alert.AlertJson.record(a)));
                }
            }
            ctx.json(out);
        });
        app.sse("/api/alerts/stream", alertStream::connect);
        app.get("/api/digest", ctx -> {
            java.time.Instant since = since(ctx::queryParam, "24h");
            ctx.contentType("application/json; charset=utf-8").result(with(s -> org.sitrep.app.watch.Digest.of(s, since)).json().toString());
        });
        app.get("/api/watchlists", ctx -> {
            List<com.fasterxml.jackson.databind.JsonNode> out = new java.util.ArrayList<>();
            for (String json : with(s -> s.monitor().watchlists()).values()) {
                out.add(StoreJson.MAPPER.readTree(json));
            }
            ctx.json(out);
        });
        app.exception(io.javalin.http.HttpResponseException.class, (e, ctx) -> {
            io.javalin.http.HttpStatus status = io.javalin.http.HttpStatus.forStatus(e.getStatus());
            String detail = switch (e.getStatus()) {
                case 413 -> "request bodies are limited to " + MAX_BODY + " bytes";
                case 404 -> "no such path: " + ctx.path();
                default -> String.valueOf(e.getMessage());
            };
            problem(ctx, e.getStatus(), status.getMessage(), detail);
        });
        app.exception(Unauthorized.class, (e, ctx) -> {
            ctx.header("WWW-Authenticate", "Bearer");
            problem(ctx, 401, "Unauthorized", e.getMessage());
        });
        app.exception(Forbidden.class, (e, ctx) -> problem(ctx, 403, "Forbidden", e.getMessage()));
        app.exception(BadHost.class, (e, ctx) -> problem(ctx, 421, "Misdirected Request", e.getMessage()));
        app.exception(BadParameter.class, (e, ctx) -> problem(ctx, 400, "Bad Request", e.getMessage()));
        app.exception(NotFound.class, (e, ctx) -> problem(ctx, 404, "Not Found", e.getMessage()));
        app.exception(org.sitrep.store.StoreException.class, (e, ctx) -> {
            if (e.badQuery()) { // an FTS5 syntax error is the caller's
                problem(ctx, 400, "Bad Request", "parameter '" + (ctx.path().startsWith("/api/search") ? "q" : "text") + "': " + e.getMessage());
            } else if (e.transientFailure()) { // another writer held the store past the busy timeout: try again
                ctx.header("Retry-After", "5");
                problem(ctx, 503, "Service Unavailable", "the store is busy with another writer; try again in a few seconds "
                        + "(articles already stored are reported as alreadyStored)");
            } else {
                internalError(ctx, e);
            }
        });
        app.exception(Exception.class, (e, ctx) -> internalError(ctx, e));
    }

    /** A failure of the server's own: logged whole on stderr, answered without its message (no SQL or driver text). */
    private static void internalError(Context ctx, Exception e) {
        String ref = Long.toHexString(System.nanoTime());
        System.err.println("sitrep serve: internal error " + ref + " on " + ctx.method() + " " + ctx.path() + ": " + e);
        problem(ctx, 500, "Internal Server Error", "the server failed to answer (reference " + ref + " in its log)");
    }

    /**
     * The request body, counted as it arrives: over {@link #MAX_BODY} bytes is a 413 whether the client declared its
     * length or sent it in chunks (a declared length over the limit is refused before anything is read).
     */
    private static byte[] boundedBody(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > MAX_BODY) {
            throw new io.javalin.http.ContentTooLargeResponse();
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        try (java.io.InputStream in = ctx.req().getInputStream()) {
            long total = 0;
            int n;
            while ((n = in.read(buf)) > 0) {
                total += n;
                if (total > MAX_BODY) {
                    throw new io.javalin.http.ContentTooLargeResponse();
                }
                out.write(buf, 0, n);
            }
        } catch (java.io.IOException e) {
            throw new BadParameter("body", "could not be read: " + e.getMessage());
        }
        return out.toByteArray();
    }

    /** What the store holds: counts, the days its events span, the event types one can filter by and their glyphs. */
    public static Map<String, Object> summary(EventStore s) {
        org.sitrep.store.EventStore.Counts n = s.counts();
        org.sitrep.store.EventStore.EventDays days = s.eventDays();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("articles", n.articles());
        out.put("events", n.events());
        out.put("controlPeriods", n.periods());
        out.put("contradictions", n.contradictions());
        out.put("firstDay", days.first() == null ? null : days.first().toString());
        out.put("lastDay", days.last() == null ? null : days.last().toString());
        out.put("eventTypes", java.util.Arrays.stream(org.sitrep.core.model.EventType.values()).map(Enum::name).toList());
        Map<String, String> glyphs = new LinkedHashMap<>(); // the map's markers, from event-types.tsv
        for (org.sitrep.core.model.EventType t : org.sitrep.core.model.EventType.values()) {
            glyphs.put(t.name(), t.glyph());
        }
        out.put("eventGlyphs", glyphs);
        return out;
    }

    /** Each GET path of the OpenAPI document (as a pattern) with the query parameters it documents. */
    public static Map<java.util.regex.Pattern, List<String>> queryParams(String openApi) {
        Map<java.util.regex.Pattern, List<String>> out = new LinkedHashMap<>();
        try {
            com.fasterxml.jackson.databind.JsonNode paths = StoreJson.MAPPER.readTree(openApi).path("paths");
            paths.fieldNames().forEachRemaining(path -> {
                com.fasterxml.jackson.databind.JsonNode get = paths.path(path).path("get");
                if (get.isMissingNode()) {
                    return;
                }
                List<String> names = new java.util.ArrayList<>();
                get.path("parameters").forEach(p -> {
                    if ("query".equals(p.path("in").asText())) {
                        names.add(p.path("name").asText());
                    }
                });
                String regex = java.util.Arrays.stream(path.split("/", -1))
                        .map(part -> part.startsWith("{") ? "[^/]+" : java.util.regex.Pattern.quote(part))
                        .collect(java.util.stream.Collectors.joining("/"));
                out.put(java.util.regex.Pattern.compile(regex), List.copyOf(names));
            });
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the bundled OpenAPI document is not JSON", e);
        }
        return out;
    }

    /** The OpenAPI document bundled with the server. */
    public static String openApi() {
        try (java.io.InputStream in = ApiServer.class.getResourceAsStream("/org/sitrep/app/openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("Missing bundled resource: /org/sitrep/app/openapi.json");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Host names (without port) a request may address; null: any (the server listens on every interface). */
    private volatile java.util.Set<String> allowedHosts;

    /** A request whose Host header names another server: answered 421. */
    public static final class BadHost extends RuntimeException {
        public BadHost(String host) {
            super("this server does not answer for host '" + (host == null ? "" : host.length() > 100 ? host.substring(0, 100) + "…" : host)
                    + "' (start it with --allow-host to add a name)");
        }
    }

    private boolean allowedHost(String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        String h = host.strip().toLowerCase(java.util.Locale.ROOT);
        if (h.startsWith("[")) { // [::1]:8080
            int close = h.indexOf(']');
            h = close < 0 ? h : h.substring(1, close);
        } else if (h.indexOf(':') == h.lastIndexOf(':') && h.indexOf(':') >= 0) {
            h = h.substring(0, h.indexOf(':'));
        }
        return allowedHosts.contains(h);
    }

    /** Listens on {@code bind}; requests must name this server (its address, localhost or a loopback address). */
    public ApiServer start(String bind, int port) {
        return start(bind, port, java.util.List.of());
    }

    /**
     * Listens on {@code bind}. A request's Host must be the bind address, "localhost", a loopback address or one of
     * {@code extraHosts}; on a wildcard bind (0.0.0.0, ::) without extra hosts, any Host is answered.
     */
    public ApiServer start(String bind, int port, java.util.List<String> extraHosts) {
        boolean wildcard = bind.equals("0.0.0.0") || bind.equals("::") || bind.equals("[::]");
        if (wildcard && extraHosts.isEmpty()) {
            allowedHosts = null;
        } else {
            java.util.Set<String> hosts = new java.util.HashSet<>(java.util.List.of("localhost", "127.0.0.1", "::1"));
            hosts.add(bind.toLowerCase(java.util.Locale.ROOT).replace("[", "").replace("]", ""));
            extraHosts.forEach(x -> hosts.add(x.strip().toLowerCase(java.util.Locale.ROOT)));
            allowedHosts = java.util.Set.copyOf(hosts);
        }
        app.start(bind, port);
        return this;
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
        alertStream.close();
        webhooks.close();
        if (writer != null) {
            writer.close();
        }
        for (EventStore s : pool) {
            s.close();
        }
    }

    private static void problem(Context ctx, int status, String title, String detail) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("title", title);
        p.put("status", status);
        p.put("detail", detail);
        ctx.status(status).contentType("application/problem+json; charset=utf-8").result(StoreJson.write(p));
    }

    /** Runs the work on a pooled store connection. */
    /** GeoJSON's media type (RFC 7946), with the charset said: without it Jetty writes a string as ISO-8859-1. */
    public static final String GEOJSON = "application/geo+json; charset=utf-8";

    private volatile java.util.SortedSet<String> countries;
    private volatile long countriesAt;

    /** The countries the store covers, asked again at most once a minute (a scan of the events). */
    private java.util.SortedSet<String> countries() throws InterruptedException {
        java.util.SortedSet<String> c = countries;
        if (c == null || System.nanoTime() - countriesAt > 60_000_000_000L) {
            countries = c = with(EventStore::countries);
            countriesAt = System.nanoTime();
        }
        return c;
    }

    private <T> T with(Function<EventStore, T> work) throws InterruptedException {
        EventStore s = pool.take();
        try {
            return work.apply(s);
        } finally {
            pool.add(s);
        }
    }

    /** The event query of request parameters ({@code ctx::queryParam}), the filters of {@code sitrep events}. */
    /**
     * A page of events: one more than asked is read, and when it exists a {@code Link: <…>; rel="next"} header
     * gives the same query from the cursor after the page's last event; on a first page, {@code X-Total-Count} counts
     * every event when no filter narrows them (a count of a filtered list would read all of it).
     */
    private void events(io.javalin.http.Context ctx) throws InterruptedException {
        EventQuery q = query(ctx::queryParam);
        String cursor = ctx.queryParam("cursor");
        EventQuery.After after = null;
        if (cursor != null) {
            try {
                after = EventQuery.After.decode(cursor);
            } catch (IllegalArgumentException e) {
                throw new BadParameter("cursor", e.getMessage() + " (give the cursor of a next link as it is)");
            }
        }
        EventQuery asked = q.page(after, q.limit() + 1);
        boolean unfiltered = q.place() == null && q.actor() == null && q.type() == null && q.from() == null && q.to() == null
                && q.near() == null && q.text() == null;
        EventPage read = with(s -> new EventPage(s.events(asked), unfiltered && asked.after() == null ? s.eventCount() : null));
        List<org.sitrep.core.model.Event> page = read.events();
        if (page.size() > q.limit()) {
            page = page.subList(0, q.limit());
            String next = EventQuery.After.of(page.get(page.size() - 1)).encode();
            StringBuilder url = new StringBuilder("/api/events?");
            for (Map.Entry<String, List<String>> e : ctx.queryParamMap().entrySet()) {
                if (!e.getKey().equals("cursor")) {
                    for (String v : e.getValue()) {
                        url.append(enc(e.getKey())).append('=').append(enc(v)).append('&');
                    }
                }
            }
            url.append("cursor=").append(next);
            ctx.header("Link", "<" + url + ">; rel=\"next\"");
        }
        if (read.total() != null) {
            ctx.header("X-Total-Count", read.total().toString());
        }
        ctx.json(page);
    }

    /** Events read for a page (one more than asked, when there are) and the store's total when it was counted. */
    private record EventPage(List<org.sitrep.core.model.Event> events, Long total) {
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    public static EventQuery query(Function<String, String> param) {
        return QueryChecks.check(new EventQuery(param.apply("place"), param.apply("actor"), param.apply("type"), day(param, "from", false),
                day(param, "to", false), near(param), param.apply("text"), integer(param, "limit", EventQuery.DEFAULT_LIMIT)), "",
                BadParameter::new);
    }

    public static LocalDate day(Function<String, String> param, String name, boolean required) {
        String v = param.apply(name);
        if (v == null || v.isBlank()) {
            if (required) {
                throw new BadParameter(name, "required (YYYY-MM-DD)");
            }
            return null;
        }
        try {
            return DateConverter.parse(v);
        } catch (IllegalArgumentException e) {
            throw new BadParameter(name, e.getMessage());
        }
    }

    /** A parameter value as quoted back in an error: at most 100 characters. */
    public static String shown(String v) {
        return UsageError.shown(v);
    }

    public static Near near(Function<String, String> param) {
        String v = param.apply("near");
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Near.parse(v);
        } catch (IllegalArgumentException e) {
            throw new BadParameter("near", e.getMessage());
        }
    }

    /** The {@code since} parameter (a span back from now, a day or an instant), or {@code dflt}'s when absent (null: none). */
    public static java.time.Instant since(Function<String, String> param, String dflt) {
        String v = param.apply("since") == null ? dflt : param.apply("since");
        try {
            return v == null ? null : org.sitrep.app.DurationConverter.since(v, java.time.Instant.now());
        } catch (IllegalArgumentException e) {
            throw new BadParameter("since", e.getMessage() + " (or a day, 2026-12-01, or an instant)");
        }
    }

    public static int integer(Function<String, String> param, String name, int dflt) {
        String v = param.apply(name);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n < 1 || n > MAX_LIMIT) {
                throw new BadParameter(name, "must be between 1 and " + MAX_LIMIT);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new BadParameter(name, "'" + v + "' is not a number");
        }
    }

    public static boolean flag(Function<String, String> param, String name) {
        String v = param.apply(name);
        if (v == null || v.isBlank()) {
            return false;
        }
        if (v.equals("true") || v.equals("false")) {
            return v.equals("true");
        }
        throw new BadParameter(name, "'" + v + "' is not true or false");
    }
}
