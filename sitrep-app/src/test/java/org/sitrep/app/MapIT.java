package org.sitrep.app;

import org.sitrep.app.cli.DemoCommand;
import org.sitrep.app.server.ApiServer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sitrep.store.StoreJson;

/**
 * The demo map end to end, in real headless Chromium driven through chromium-driver (Debian's {@code chromium} and
 * {@code chromium-driver}; {@code .ci/run} installs them and sets {@code SITREP_E2E=required}, without which the
 * tests are skipped when the browser is missing). The server is the demo's: the bundled example ingested into a
 * fresh store, plus one hostile article posted through the API. Screenshots go to
 * {@code target/e2e-screenshots/}. Every test ends by reading the browser's console: no error may be logged.
 */
class MapIT {
    static final Path CHROMIUM = Path.of(System.getProperty("sitrep.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("sitrep.chromedriver", "/usr/bin/chromedriver"));
    static final Path SHOTS = Path.of("target", "e2e-screenshots");
    static final String TOKEN = "e2e-token";
    /** GeoNames id of the city of Hama. */
    static final String HAMA = "gn:170017";
    /** An article that tries to run script from its title, outlet and text. */
    static final String HOSTILE = "{\"id\":\"hostile\",\"title\":\"<img src=x onerror=\\\"window.__pwned='title'\\\">Breaking\","
            + "\"outlet\":\"<script>window.__pwned='outlet'</script>Hostile Wire\",\"published\":\"2024-12-03\","
            + "\"text\":\"Rebels captured the town of Kafr Nabudah on Monday <script>window.__pwned='text'</script> after heavy clashes.\\n"
            + "The army shelled the town of Kafr Zita on Tuesday <img src=x onerror=\\\"window.__pwned='img'\\\"> according to a monitor.\"}";

    /** Two articles whose outlet is unknown: one with a URL (named by its site), one with a title only. */
    static final String UNNAMED = "{\"id\":\"unnamed-site\",\"url\":\"https://www.example-monitor.org/reports/1\",\"published\":\"2024-12-04\","
            + "\"text\":\"Government forces shelled the town of Kupiansk on Tuesday, killing two civilians.\"}\n"
            + "{\"id\":\"unnamed-title\",\"title\":\"Night of shelling in the east\",\"published\":\"2024-12-04\","
            + "\"text\":\"Government forces shelled the town of Vovchansk on Tuesday, killing one civilian.\"}";

    @TempDir
    static Path dir;
    static ApiServer server;
    static ChromeDriver browser;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if ("required".equals(System.getenv("SITREP_E2E"))) {
            assertTrue(present, "SITREP_E2E=required but " + CHROMIUM + " or " + DRIVER + " is missing (apt-get install chromium chromium-driver)");
        } else {
            Assumptions.assumeTrue(present, "no " + CHROMIUM + " / " + DRIVER + ": end-to-end map tests skipped (.ci/run installs them)");
        }
        Path db = dir.resolve("demo.db");
        Common common = new Common();
        common.quiet = true;
        common.home = dir.resolve("home"); // no gazetteer imported by the user
        assertEquals(0, DemoCommand.ingestExample(db, common));
        Engine engine = new Engine(Engine.gazetteer(common.home(), d -> { }), common.timeLimit());
        server = new ApiServer(db, engine, TOKEN).start("127.0.0.1", 0);
        HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/articles"))
                .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.ofString(HOSTILE)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, posted.statusCode(), posted.body());
        posted = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/articles"))
                .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.ofString(UNNAMED)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, posted.statusCode(), posted.body());

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + dir.resolve("chromium-profile"), "--window-size=1400,900");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    /** Whatever a test did, the console holds no error (a blocked script, a failed request, an exception). */
    @AfterEach
    void consoleHasNoErrors(TestInfo test) throws Exception {
        Files.write(SHOTS.resolve(test.getTestMethod().orElseThrow().getName() + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    static String base() {
        return "http://127.0.0.1:" + server.port();
    }

    static JsonNode api(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base() + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return StoreJson.MAPPER.readTree(r.body());
    }

    /** Opens the map at a path and waits until it has drawn the day it shows. */
    static void open(String path) {
        browser.get("about:blank"); // a new load even when only the address's #fragment differs
        browser.get(base() + path);
        waitFor(() -> "ready".equals(body().getAttribute("data-state")));
    }

    static WebElement body() {
        return browser.findElement(By.tagName("body"));
    }

    static void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> {
            if ("error".equals(body().getAttribute("data-state"))) {
                throw new AssertionError("the page reports an error: " + browser.findElement(By.id("status")).getText());
            }
            return condition.getAsBoolean();
        });
    }

    static WebElement place(String key) {
        return browser.findElement(By.cssSelector("path.place[data-key='" + key + "']"));
    }

    /** A CSS colour ("rgb(198, 40, 40)", "rgba(198, 40, 40, 1)") as "r,g,b". */
    static String rgb(String css) {
        Matcher m = Pattern.compile("(\\d+),\\s*(\\d+),\\s*(\\d+)").matcher(css);
        assertTrue(m.find(), "not a colour: " + css);
        return m.group(1) + "," + m.group(2) + "," + m.group(3);
    }

    /** The colour the legend gives a side. */
    static String legendColour(String side) {
        return rgb(browser.findElement(By.cssSelector(".legend [data-side='" + side + "'] .swatch")).getCssValue("background-color"));
    }

    @Test
    void theDemoMapLoadsItsOutlinesPlacesAndEventsWithNoConsoleErrors() {
        open("/");
        assertTrue(browser.findElements(By.cssSelector(".leaflet-outlines-pane path")).size() > 150, "country and governorate outlines");
        assertTrue(browser.findElements(By.cssSelector("path.place")).size() > 10, "places coloured by who held them");
        assertTrue(Integer.parseInt(body().getAttribute("data-events")) > 20, "event markers");
        assertTrue(browser.findElements(By.cssSelector(".ev")).size() > 0, "event markers, some outside clusters");
        // each marker shows its type's glyph from the server's event-types table, none the fallback dot
        assertTrue(browser.findElements(By.cssSelector(".ev span")).stream().map(WebElement::getText)
                .anyMatch(g -> g.equals(org.sitrep.core.model.EventType.CAPTURE.glyph())), "a capture's glyph");
        assertTrue(browser.findElements(By.cssSelector(".ev span")).stream().map(WebElement::getText)
                .noneMatch(g -> g.equals("•")), "no marker without its type's glyph");
        assertTrue(browser.findElements(By.cssSelector("#tab-events tr.event-row")).size() > 40, "the event list");
        assertEquals(body().getAttribute("data-day"), browser.findElement(By.id("day-label")).getText());
        assertTrue(browser.findElement(By.id("status")).getText().contains("places"));
    }

    @Test
    void swaggerUiListsEveryEndpointOfTheOpenApiDocumentUnderThePagePolicy() throws Exception {
        browser.get(base() + "/docs/");
        JsonNode doc = api("/openapi.json");
        int operations = 0;
        for (java.util.Iterator<String> it = doc.path("paths").fieldNames(); it.hasNext(); ) {
            operations += doc.path("paths").path(it.next()).size();
        }
        int expected = operations;
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.findElements(By.cssSelector(".opblock")).size() == expected);
        assertTrue(browser.findElement(By.cssSelector(".swagger-ui .info .title")).getText().startsWith(doc.path("info").path("title").asText()));
        // the console check after each test fails on anything the Content-Security-Policy blocked
    }

    @Test
    void anAlertRaisedWhileTheMapIsOpenAppearsWithoutAReload() throws Exception {
        Path db = dir.resolve("alerts.db");
        try (org.sitrep.store.EventStore s = org.sitrep.store.EventStores.open(db)) {
            s.monitor().saveWatchlist("hama-north", "{\"name\": \"hama-north\", \"area\": {\"circle\": \"35.30,36.70,40\"}}");
        }
        Common common = new Common();
        common.home = dir.resolve("home");
        Engine engine = new Engine(Engine.gazetteer(common.home(), d -> { }), common.timeLimit());
        try (ApiServer live = new ApiServer(db, engine, TOKEN).start("127.0.0.1", 0)) {
            String at = "http://127.0.0.1:" + live.port();
            browser.get("about:blank");
            browser.get(at + "/");
            waitFor(() -> "ready".equals(body().getAttribute("data-state")) && "open".equals(body().getAttribute("data-alert-stream")));
            browser.executeScript("window.__sameLoad = 'yes';");
            String article = "{\"id\":\"morek\",\"outlet\":\"Levant Wire\",\"url\":\"https://levant.example/morek\",\"published\":\"2024-12-03\","
                    + "\"text\":\"Hayat Tahrir al-Sham fighters captured the town of Morek in northern Hama province on Tuesday, a war monitor said.\"}";
            HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create(at + "/api/articles"))
                    .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.ofString(article)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, posted.statusCode(), posted.body());
            assertTrue(StoreJson.MAPPER.readTree(posted.body()).path("alerts").asInt() >= 2, posted.body());
            waitFor(() -> browser.findElements(By.cssSelector("#tab-alerts li.alert-control")).size() == 1);
            assertEquals("yes", browser.executeScript("return window.__sameLoad;"), "the page was not reloaded");
            WebElement control = browser.findElement(By.cssSelector("#tab-alerts li.alert-control"));
            String text = (String) browser.executeScript("return arguments[0].textContent;", control);
            assertTrue(text.contains("Mūrak now held by HTS"), text);
            assertTrue(text.contains("Levant Wire"), text);
            assertNull(browser.findElement(By.id("alert-count")).getAttribute("hidden"), "the count shows on the tab");
            assertTrue(Integer.parseInt(browser.findElement(By.id("alert-count")).getText()) >= 2);
            assertTrue(browser.findElements(By.cssSelector(".alert-pulse")).size() >= 1, "a ring where it happened");
            browser.findElement(By.cssSelector("#tabs button[data-tab='alerts']")).click();
            waitFor(() -> browser.findElements(By.cssSelector("#tab-alerts li.alert")).size() >= 2
                    && browser.findElement(By.id("alert-count")).getAttribute("hidden") != null);
            // the changes of the last day: the town taken, with the new article's quote
            browser.findElement(By.cssSelector("#tabs button[data-tab='changes']")).click();
            waitFor(() -> browser.findElements(By.cssSelector("#tab-changes li.change[data-to='HTS']")).size() == 1);
            String changes = browser.findElement(By.id("tab-changes")).getText();
            assertTrue(changes.contains("1 article ingested since"), changes);
            assertTrue(changes.contains("Hayat Tahrir al-Sham fighters captured the town of Morek"), changes);
            assertTrue(browser.findElements(By.cssSelector("#tab-changes li.change-event")).size() >= 1);
        }
    }

    @Test
    void anEmptyStoreGivesAnEmptyMapWithoutErrors() {
        org.sitrep.store.EventStores.open(dir.resolve("empty.db")).close(); // a store with nothing in it (serving never makes one)
        try (ApiServer empty = new ApiServer(dir.resolve("empty.db")).start("127.0.0.1", 0)) {
            browser.get("http://127.0.0.1:" + empty.port() + "/");
            waitFor(() -> "ready".equals(body().getAttribute("data-state")));
            assertTrue(browser.findElements(By.cssSelector("path.place, .ev, tr.event-row")).isEmpty());
            assertTrue(browser.findElements(By.cssSelector(".leaflet-outlines-pane path")).size() > 150, "the outlines still show");
            assertTrue(browser.findElement(By.id("status")).getText().startsWith("0 places, 0 of 0 events"),
                    browser.findElement(By.id("status")).getText());
        }
    }

    @Test
    void movingTheSliderFromTheFirstToTheSixthOfDecemberTurnsHamaFromGovernmentToOpposition() throws Exception {
        open("/?day=2024-12-01");
        assertEquals("2024-12-01", body().getAttribute("data-day"));
        assertEquals("government", place(HAMA).getAttribute("data-side"));
        assertEquals(legendColour("government"), rgb(place(HAMA).getCssValue("fill")), "Hama is drawn in the government's colour");
        Files.write(SHOTS.resolve("hama-2024-12-01.png"), browser.getScreenshotAs(OutputType.BYTES));

        WebElement slider = browser.findElement(By.id("day"));
        for (int i = 0; i < 5; i++) {
            slider.sendKeys(Keys.ARROW_RIGHT);
        }
        waitFor(() -> "2024-12-06".equals(body().getAttribute("data-day")) && "ready".equals(body().getAttribute("data-state")));
        assertEquals("2024-12-06", browser.findElement(By.id("day-label")).getText());
        assertEquals("opposition", place(HAMA).getAttribute("data-side"));
        assertEquals("HTS", place(HAMA).getAttribute("data-controller"));
        assertEquals(legendColour("opposition"), rgb(place(HAMA).getCssValue("fill")), "Hama is drawn in the opposition's colour");
        assertFalse(legendColour("government").equals(legendColour("opposition")));
        assertTrue(browser.getCurrentUrl().contains("day=2024-12-06"), "the address keeps the day: " + browser.getCurrentUrl());
    }

    @Test
    void clickingMaarShahourShowsItsThreeChangesOfHandsWithQuotesAndOpensTheArticle() throws Exception {
        JsonNode timeline = api("/api/timeline/" + URLEncoder.encode("Maar Shahour", StandardCharsets.UTF_8));
        String key = timeline.get(0).path("placeKey").asText();
        JsonNode p = timeline.get(0).path("place");
        open("/?day=2024-12-06#12/" + p.path("lat").asDouble() + "/" + p.path("lon").asDouble());

        place(key).click();
        waitFor(() -> browser.findElements(By.cssSelector("#tab-place li.change")).size() > 0);
        assertTrue(browser.findElement(By.id("tab-place")).isDisplayed());
        assertEquals("Maar Shahour", browser.findElement(By.cssSelector("#tab-place .place-name")).getText()); // as the article names it
        Files.write(SHOTS.resolve("maar-shahour-timeline.png"), browser.getScreenshotAs(OutputType.BYTES));
        List<WebElement> changes = browser.findElements(By.cssSelector("#tab-place li.change"));
        assertEquals(3, changes.size(), "taken by HTS, retaken by the army, retaken by HTS");
        assertEquals(List.of("HTS", "SAA", "HTS"), changes.stream().map(c -> c.getAttribute("data-to")).toList());
        for (WebElement change : changes) {
            List<WebElement> quotes = change.findElements(By.cssSelector("blockquote.quote"));
            assertFalse(quotes.isEmpty(), "every change shows its evidence");
            quotes.forEach(q -> assertTrue(q.getText().length() > 20, q.getText()));
        }
        assertTrue(changes.get(1).getText().contains("recapturing both Maar Shahour and Kafraa"), changes.get(1).getText());
        assertTrue(changes.get(2).getText().contains("re-entered the towns within a few hours"), changes.get(2).getText());

        String quote = changes.get(1).findElement(By.cssSelector("blockquote.quote")).getText();
        changes.get(1).findElement(By.cssSelector("button.open-article")).click();
        waitFor(() -> browser.findElements(By.cssSelector("#tab-article mark")).size() == 1);
        String marked = browser.findElement(By.cssSelector("#tab-article mark")).getText();
        assertTrue(quote.startsWith(marked), "the article opens with the quote highlighted: " + marked);
    }

    @Test
    void theContradictionsPanelSetsClaimsSideBySideAndTheFramingPanelHasATablePerOutlet() throws Exception {
        open("/");
        browser.findElement(By.cssSelector("#tabs button[data-tab='contradictions']")).click();
        waitFor(() -> browser.findElements(By.cssSelector("#tab-contradictions .contradiction")).size() > 0);
        List<WebElement> contradictions = browser.findElements(By.cssSelector("#tab-contradictions .contradiction"));
        assertEquals(api("/api/contradictions").size(), contradictions.size());
        for (WebElement c : contradictions) {
            List<WebElement> positions = c.findElements(By.cssSelector(".position"));
            assertTrue(positions.size() >= 2, "claims side by side: " + c.getText());
            positions.forEach(p -> {
                assertFalse(p.findElement(By.cssSelector(".value")).getText().isBlank());
                assertFalse(p.findElement(By.cssSelector(".source")).getText().isBlank());
                assertFalse(p.findElement(By.cssSelector("blockquote.quote")).getText().isBlank());
            });
        }
        WebElement aleppo = contradictions.stream().filter(c -> c.getText().contains("Aleppo — date of capture by HTS")).findFirst().orElseThrow();
        assertTrue(aleppo.getText().contains("2024-11-29") && aleppo.getText().contains("2024-12-01"), aleppo.getText());
        Files.write(SHOTS.resolve("contradictions.png"), browser.getScreenshotAs(OutputType.BYTES));

        browser.findElement(By.cssSelector("#tabs button[data-tab='framing']")).click();
        waitFor(() -> browser.findElements(By.cssSelector("#tab-framing section.outlet")).size() > 0);
        List<String> outlets = browser.findElements(By.cssSelector("#tab-framing section.outlet h3")).stream().map(WebElement::getText).toList();
        assertTrue(outlets.containsAll(List.of("Enab Baladi", "teleSUR")), outlets.toString());
        assertTrue(browser.findElements(By.cssSelector("#tab-framing summary.loaded")).size() > 5, "loaded terms are marked");
        WebElement regime = browser.findElements(By.cssSelector("#tab-framing summary.loaded")).stream()
                .filter(t -> t.getText().equals("regime")).findFirst().orElseThrow();
        regime.click();
        assertTrue(regime.findElement(By.xpath("..")).findElements(By.cssSelector("blockquote.quote")).size() > 0, "a term opens to its sentences");
    }

    @Test
    void theFiltersNarrowTheEventsByActorTypeAndDates() {
        open("/");
        int all = browser.findElements(By.cssSelector("#tab-events tr.event-row")).size();
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("f-type"))).selectByValue("capture");
        browser.findElement(By.id("f-actor")).sendKeys("HTS");
        browser.findElement(By.id("f-from")).sendKeys("2024-12-02"); // ISO days, whatever the browser's locale
        browser.findElement(By.id("f-to")).sendKeys("2024-12-05");
        browser.findElement(By.cssSelector("#filters button[type='submit']")).click();
        waitFor(() -> browser.findElements(By.cssSelector("#tab-events tr.event-row")).size() < all
                && "ready".equals(body().getAttribute("data-state")));
        List<WebElement> rows = browser.findElements(By.cssSelector("#tab-events tr.event-row"));
        assertFalse(rows.isEmpty());
        for (WebElement row : rows) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            assertEquals("capture", cells.get(1).getText(), row.getText());
            assertEquals("HTS", cells.get(2).getText(), row.getText());
            String day = cells.get(0).getText().substring(0, 10);
            assertTrue(day.compareTo("2024-12-05") <= 0, row.getText());
        }
        assertEquals(rows.stream().map(r -> r.getAttribute("data-id")).filter(MapIT::hasPoint).sorted().toList(),
                shownEvents().stream().sorted().toList(), "the map shows the same events");
        browser.findElement(By.cssSelector("#filters button[type='reset']")).click();
        waitFor(() -> browser.findElements(By.cssSelector("#tab-events tr.event-row")).size() == all);
    }

    /** Cluster bubbles shown (not fading out). */
    static long visibleClusters() {
        return (Long) browser.executeScript("return [...document.querySelectorAll('.marker-cluster')]"
                + ".filter(e => e.offsetParent && getComputedStyle(e).opacity !== '0').length;");
    }

    /** Whether an event has a point on the map. */
    private static boolean hasPoint(String eventId) {
        try {
            return api("/api/events/" + eventId).path("place").path("lat").isNumber();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The ids of the event markers on the map, clustered or not. */
    @SuppressWarnings("unchecked")
    static List<String> shownEvents() {
        return (List<String>) browser.executeScript("return window.sitrepMap.eventIds();");
    }

    @Test
    void aMaliciousArticleIsShownAsTextAndItsScriptsDoNotRun() throws Exception {
        JsonNode events = api("/api/events?text=pwned");
        assertEquals(2, events.size(), "both hostile sentences are events: " + events);
        open("/");
        browser.findElement(By.cssSelector("#tabs button[data-tab='events']")).click();
        browser.findElement(By.cssSelector("tr.event-row[data-id='" + events.get(0).path("id").asText() + "']")).click();
        waitFor(() -> browser.findElements(By.cssSelector("#tab-event li.mention")).size() > 0);
        WebElement mention = browser.findElement(By.cssSelector("#tab-event li.mention"));
        assertTrue(mention.getText().contains("<script>window.__pwned='outlet'</script>Hostile Wire"), mention.getText());
        assertTrue(mention.getText().contains("<script>window.__pwned='text'</script>"), mention.getText());

        mention.findElement(By.cssSelector("button.open-article")).click();
        waitFor(() -> browser.findElements(By.cssSelector("#tab-article .article-text")).size() == 1);
        WebElement article = browser.findElement(By.id("tab-article"));
        assertTrue(article.findElement(By.cssSelector(".article-title")).getText().startsWith("<img src=x onerror="), article.getText());
        assertTrue(article.getText().contains("<img src=x onerror=\"window.__pwned='img'\">"), article.getText());
        assertTrue(article.findElement(By.tagName("mark")).getText().contains("<script>"), "the quote is highlighted as text");
        assertTrue(browser.findElements(By.cssSelector("#panel script, #panel img, #panel [onerror]")).isEmpty(),
                "no element was made from article text");
        assertNull(browser.executeScript("return window.__pwned === undefined ? null : String(window.__pwned);"), "no script ran");
    }

    @Test
    void aProvinceIsItsShadedOutlineAndAPlaceTheGazetteerLacksIsListedNotStackedOnItsRegion() throws Exception {
        open("/?day=2024-12-10");
        JsonNode periods = api("/api/control?asOf=2024-12-10");
        int provinces = 0;
        int unknown = 0;
        for (JsonNode p : periods) {
            String key = p.path("placeKey").asText();
            JsonNode place = p.path("place");
            List<WebElement> drawn = browser.findElements(By.cssSelector(".leaflet-map-pane [data-key='" + key + "']"));
            if (!place.path("resolved").asBoolean()) {
                unknown++;
                assertTrue(drawn.isEmpty(), place + " is not drawn at its region's centre");
                assertEquals(1, browser.findElements(By.cssSelector(".legend .unplaced li[data-key='" + key + "']")).size(),
                        place + " is listed as not on the map");
            } else if ("PROVINCE".equals(place.path("precision").asText()) && "SY".equals(place.path("country").asText())) {
                provinces++;
                assertEquals(1, drawn.size(), place.toString());
                assertEquals("area", drawn.get(0).getAttribute("data-shape"), place + " is drawn as its outline");
                assertEquals("path", drawn.get(0).getTagName());
                String outline = drawn.get(0).getAttribute("d");
                assertTrue(outline.split("L").length > 30, "an outline, not a dot: " + outline.length() + " characters");
            } else if (!"TOWN".equals(place.path("precision").asText()) && !"POINT".equals(place.path("precision").asText())) {
                assertTrue(drawn.isEmpty() || !"point".equals(drawn.get(0).getAttribute("data-shape")), place + " is not drawn as a town");
            }
        }
        assertTrue(provinces > 0, "the example has governorates held by someone");
        assertTrue(unknown > 0, "the example has places the gazetteer lacks");
        browser.findElement(By.cssSelector(".legend .unplaced summary")).click();
        Files.write(SHOTS.resolve("areas-and-unplaced.png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void theMapCarriesTheFirstLevelDivisionsOfEveryCountryInTheStore() throws Exception {
        open("/");
        JsonNode areas = api("/api/areas.geojson");
        java.util.Set<String> countries = new java.util.TreeSet<>();
        areas.path("features").forEach(f -> countries.add(f.path("properties").path("country").asText()));
        assertTrue(countries.containsAll(List.of("SY", "UA")), "Syria (the example) and Ukraine (posted): " + countries);
        assertEquals(areas.path("features").size(), browser.findElements(By.cssSelector("path.area-outline")).size(), "one outline a division");
        long syria = java.util.stream.StreamSupport.stream(areas.path("features").spliterator(), false)
                .filter(f -> f.path("properties").path("country").asText().equals("SY")).count();
        assertTrue(syria >= 14, "Syria's 14 governorates: " + syria);
    }

    @Test
    void zoomingInShowsPlaceNamesAndMoreTownsAndUnclustersTheEvents() throws Exception {
        open("/?day=2024-12-06#6/35.2/37.5");
        waitFor(() -> visibleClusters() > 0); // overlapping events are clustered at zoom 6
        // clusters animate as they form: count once no animation runs
        waitFor(() -> browser.findElements(By.cssSelector(".leaflet-cluster-anim")).isEmpty());
        Thread.sleep(400);
        long inClusters = (Long) browser.executeScript("return [...document.querySelectorAll('.marker-cluster')]"
                + ".filter(e => e.offsetParent && getComputedStyle(e).opacity !== '0')"
                + ".reduce((n, e) => n + Number(e.textContent.trim() || 0), 0);");
        long single = (Long) browser.executeScript("return [...document.querySelectorAll('.ev')]"
                + ".filter(e => e.offsetParent && getComputedStyle(e).opacity !== '0').length;");
        assertTrue(inClusters > 1, "a cluster says how many markers it holds");
        long inView = (Long) browser.executeScript("return window.sitrepMap.eventsInView();");
        assertTrue(inClusters + single >= inView && inClusters + single <= Integer.parseInt(body().getAttribute("data-events")),
                "every marker in view is drawn once, alone or in a cluster: " + inClusters + " + " + single + ", " + inView + " in view");
        assertTrue(browser.findElements(By.cssSelector(".leaflet-tooltip.place-label")).stream().noneMatch(WebElement::isDisplayed),
                "no place names at country scale");
        int townsFar = browser.findElements(By.cssSelector(".town-label")).size();
        Files.write(SHOTS.resolve("zoom-6-clusters.png"), browser.getScreenshotAs(OutputType.BYTES));

        open("/?day=2024-12-06#11/35.13/36.75"); // the city of Hama
        waitFor(() -> visibleClusters() == 0); // at zoom 11 and closer every marker stands alone (clusters fade out)
        assertFalse(browser.findElements(By.cssSelector(".ev")).isEmpty(), "single event markers");
        List<String> labels = browser.findElements(By.cssSelector(".leaflet-tooltip.place-label")).stream()
                .filter(WebElement::isDisplayed).map(WebElement::getText).toList();
        assertTrue(labels.contains("Ḩamāh") || labels.contains("Hama"),
                "the place names (Hama, as GeoNames or the article spells it) show when zoomed in: " + labels);
        List<WebElement> towns = browser.findElements(By.cssSelector(".town-label"));
        assertTrue(towns.size() > 0, "populated places around Hama for context");
        assertTrue(towns.stream().anyMatch(WebElement::isDisplayed));
        assertTrue(browser.findElements(By.cssSelector(".town-label.rank-3")).size() > 0, "small towns at zoom 11");
        assertTrue(townsFar == 0 || browser.findElements(By.cssSelector(".town-label.rank-3")).size() > 0);
        Files.write(SHOTS.resolve("zoom-11-labels.png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void theSliderStepsPlaysAndTakesAnIsoDay() throws Exception {
        open("/?day=2024-12-03");
        assertEquals("2024-12-03", browser.findElement(By.id("day-field")).getAttribute("value"), "the field shows the day as YYYY-MM-DD");
        browser.findElement(By.id("day-next")).click();
        waitFor(() -> "2024-12-04".equals(body().getAttribute("data-day")) && "ready".equals(body().getAttribute("data-state")));
        browser.findElement(By.id("day-prev")).click();
        browser.findElement(By.id("day-prev")).click();
        waitFor(() -> "2024-12-02".equals(body().getAttribute("data-day")) && "ready".equals(body().getAttribute("data-state")));

        WebElement field = browser.findElement(By.id("day-field"));
        field.clear();
        field.sendKeys("2024-12-05", Keys.ENTER);
        waitFor(() -> "2024-12-05".equals(body().getAttribute("data-day")) && "ready".equals(body().getAttribute("data-state")));
        assertEquals("2024-12-05", browser.findElement(By.id("day-label")).getText());

        field.clear();
        field.sendKeys("05/12/2024", Keys.ENTER); // a locale's form is refused, said, and changes nothing
        assertTrue(browser.findElement(By.id("status")).getText().contains("YYYY-MM-DD"), browser.findElement(By.id("status")).getText());
        assertEquals("2024-12-05", body().getAttribute("data-day"));
        field.clear();
        field.sendKeys("2031-01-01", Keys.ENTER); // a day outside the data is said, with the range
        assertTrue(browser.findElement(By.id("status")).getText().contains("outside the data"), browser.findElement(By.id("status")).getText());
        assertEquals("2024-12-05", body().getAttribute("data-day"));

        open("/?day=2024-12-01");
        WebElement play = browser.findElement(By.id("day-play"));
        play.click();
        waitFor(() -> body().getAttribute("data-day").compareTo("2024-12-03") >= 0);
        play.click(); // pause
        assertEquals("false", play.getAttribute("aria-pressed"));
        String paused = body().getAttribute("data-day");
        Thread.sleep(1200);
        waitFor(() -> "ready".equals(body().getAttribute("data-state")));
        String after = body().getAttribute("data-day");
        assertTrue(after.compareTo(paused) <= 0 || after.equals(java.time.LocalDate.parse(paused).plusDays(1).toString()), "play stops: " + paused + " then " + after);
        Files.write(SHOTS.resolve("slider.png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void sourcesAreNamedByOutletElseSiteElseTitleAndNeverByAHash() throws Exception {
        JsonNode site = api("/api/events?text=Kupiansk");
        JsonNode titled = api("/api/events?text=Vovchansk");
        assertEquals(1, site.size(), site.toString());
        assertEquals(1, titled.size(), titled.toString());
        assertEquals(List.of("example-monitor.org"), StoreJson.MAPPER.convertValue(site.get(0).path("outlets"), List.class));
        assertEquals(List.of("Night of shelling in the east"), StoreJson.MAPPER.convertValue(titled.get(0).path("outlets"), List.class));

        open("/");
        browser.findElement(By.cssSelector("#tabs button[data-tab='events']")).click();
        browser.findElement(By.cssSelector("tr.event-row[data-id='" + site.get(0).path("id").asText() + "']")).click();
        waitFor(() -> browser.findElements(By.cssSelector("#tab-event li.mention")).size() > 0);
        assertEquals("example-monitor.org", browser.findElement(By.cssSelector("#tab-event li.mention .source")).getText());
        browser.findElement(By.cssSelector("#tabs button[data-tab='events']")).click();
        browser.findElement(By.cssSelector("tr.event-row[data-id='" + titled.get(0).path("id").asText() + "']")).click();
        waitFor(() -> browser.findElements(By.cssSelector("#tab-event li.mention .source")).stream()
                .anyMatch(s -> s.getText().equals("Night of shelling in the east")));
        Files.write(SHOTS.resolve("source-by-title.png"), browser.getScreenshotAs(OutputType.BYTES));

        // and nowhere a source named by an article's hash: evidence, contradictions, framing
        browser.findElement(By.cssSelector("#tabs button[data-tab='contradictions']")).click();
        waitFor(() -> browser.findElements(By.cssSelector("#tab-contradictions .contradiction")).size() > 0);
        browser.findElement(By.cssSelector("#tabs button[data-tab='framing']")).click();
        waitFor(() -> browser.findElements(By.cssSelector("#tab-framing section.outlet")).size() > 0);
        for (String selector : List.of(".source", "#tab-framing section.outlet h3")) {
            for (WebElement s : browser.findElements(By.cssSelector(selector))) {
                String text = s.getAttribute("textContent");
                assertFalse(text.matches("(?s).*\\b(article|unknown outlet)\\b.*[0-9a-f]{8,}.*"), "named by a hash: " + text);
            }
        }
    }
}
