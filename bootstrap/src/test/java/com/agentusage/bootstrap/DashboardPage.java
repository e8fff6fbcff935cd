package com.agentusage.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The dashboard as a person uses it, through a real browser: what they can do, and what they can read. */
final class DashboardPage {

    static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 1000;
    private static final String TOKEN_KEY = "agent-usage.access-token";
    private static final String AXE = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
    /** Installed before every page's own scripts: what goes wrong in the page is kept for the test to read. */
    private static final String RECORD_PAGE_ERRORS = """
            window.pageErrors = [];
            addEventListener("error", (e) => pageErrors.push("error: " + e.message));
            addEventListener("unhandledrejection", (e) => pageErrors.push("unhandled rejection: " + e.reason));
            document.addEventListener("securitypolicyviolation",
                (e) => pageErrors.push("content security policy: " + e.violatedDirective + " " + e.blockedURI));""";

    /** One card as written on the page. */
    record Card(String value, String change, String previous, String tone) {
    }

    private final ChromeDriver driver;
    private final String root;
    private final Path downloads;
    private final WebDriverWait wait;

    DashboardPage(ChromeDriver driver, URL root, Path downloads) {
        this.driver = driver;
        this.root = root.toString();
        this.downloads = downloads;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_PAGE_ERRORS));
    }

    /** The page, freshly loaded in a window of the usual size, in a tab that remembers no token. */
    DashboardPage open() {
        resetWindow();
        driver.get(root);
        driver.executeScript("sessionStorage.clear()");
        driver.navigate().refresh();
        waitUntilShown("sign-in");
        return this;
    }

    DashboardPage signIn(String token) {
        WebElement field = driver.findElement(By.id("token"));
        field.clear();
        field.sendKeys(token);
        driver.findElement(By.cssSelector("#sign-in-form button[type=submit]")).click();
        return this;
    }

    DashboardPage signOut() {
        driver.findElement(By.id("sign-out")).click();
        waitUntilShown("sign-in");
        return this;
    }

    DashboardPage choose(long agent, String from, String to, int utcOffset) {
        new Select(driver.findElement(By.id("agent"))).selectByValue(Long.toString(agent));
        type("from-date", from);
        type("to-date", to);
        new Select(driver.findElement(By.id("utc-offset"))).selectByValue(Integer.toString(utcOffset));
        return this;
    }

    DashboardPage type(String field, String text) {
        WebElement input = driver.findElement(By.id(field));
        input.clear();
        input.sendKeys(text);
        return this;
    }

    DashboardPage click(String selector) {
        driver.findElement(By.cssSelector(selector)).click();
        return this;
    }

    DashboardPage show() {
        driver.findElement(By.id("show")).click();
        return this;
    }

    /**
     * Waits until the page has answered: nothing is loading, and a report, an error or a word on the status line is
     * on screen. Asked in one script, so that the page cannot change between its parts.
     */
    DashboardPage settled() {
        wait.until(driver -> (Boolean) this.driver.executeScript("""
                const shown = (id) => document.getElementById(id).checkVisibility();
                return !document.body.classList.contains("loading") && (shown("report") || shown("report-error")
                    || shown("sign-in-error") || shown("dashboard") && document.getElementById("status").textContent !== "");"""));
        return this;
    }

    DashboardPage reportShown() {
        settled();
        assertThat(isShown("report")).as("a report is shown; the error says: %s", text("report-error")).isTrue();
        return this;
    }

    boolean isLoading() {
        return (Boolean) driver.executeScript("return document.body.classList.contains('loading')");
    }

    boolean isShown(String id) {
        return driver.findElement(By.id(id)).isDisplayed();
    }

    String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    String attribute(String id, String name) {
        return driver.findElement(By.id(id)).getAttribute(name);
    }

    String value(String id) {
        return driver.findElement(By.id(id)).getDomProperty("value");
    }

    String storedToken() {
        return (String) driver.executeScript("return sessionStorage.getItem(arguments[0])", TOKEN_KEY);
    }

    String cookies() {
        return (String) driver.executeScript("return document.cookie");
    }

    String url() {
        return driver.getCurrentUrl();
    }

    List<String> agentOptions() {
        return new Select(driver.findElement(By.id("agent"))).getOptions().stream().map(WebElement::getText).toList();
    }

    Map<String, Card> cards() {
        Map<String, Card> cards = new LinkedHashMap<>();
        for (WebElement card : driver.findElements(By.cssSelector("#cards .card"))) {
            WebElement change = card.findElement(By.className("card-change"));
            cards.put(card.getAttribute("data-metric"), new Card(card.findElement(By.className("card-value")).getText(),
                    change.getText(), card.findElement(By.className("card-previous")).getText(),
                    change.getAttribute("class").replace("card-change", "").strip()));
        }
        return cards;
    }

    /** The table's rows, each as its cells' texts: the slice, then the numbers. */
    List<List<String>> tableRows() {
        return driver.findElements(By.cssSelector("#buckets tbody tr")).stream()
                .map(row -> row.findElements(By.cssSelector("th, td")).stream().map(WebElement::getText).toList())
                .toList();
    }

    /**
     * Points at the chart's slice and reads its legend, which shows the values under the pointer: each series'
     * label with its value. The x scale runs from -0.5 to 8.5, so slice i is centred at (i + 0.5) / 9 of the width.
     */
    Map<String, String> hoverSlice(int slice) {
        WebElement plot = driver.findElement(By.cssSelector("#chart .u-over"));
        int width = plot.getSize().getWidth();
        int x = (int) Math.round((slice + 0.5) / 9 * width - width / 2.0);
        new Actions(driver).moveToElement(plot, x, 0).perform();
        String sliceLabel = tableRows().get(slice).get(0);
        wait.until(driver -> sliceLabel.equals(legend().get("Slice")));
        return legend();
    }

    private Map<String, String> legend() {
        Map<String, String> legend = new LinkedHashMap<>();
        for (WebElement series : driver.findElements(By.cssSelector("#chart .u-legend .u-series"))) {
            legend.put(series.findElement(By.className("u-label")).getText(), series.findElement(By.className("u-value")).getText());
        }
        return legend;
    }

    /** Clicks a download button and returns the saved file's bytes once it is complete. */
    byte[] download(String extension) throws IOException {
        try (Stream<Path> old = Files.list(downloads)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        driver.findElement(By.id("download-" + extension)).click();
        Path saved = wait.until(driver -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(file -> file.toString().endsWith("." + extension)).findFirst().orElse(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return Files.readAllBytes(saved);
    }

    /** Keys pressed on whatever has the focus, as a keyboard user would. */
    DashboardPage press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
        return this;
    }

    /** Selects the whole text of the focused field, so that what is typed next replaces it. */
    DashboardPage selectAll() {
        new Actions(driver).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).perform();
        return this;
    }

    DashboardPage tab() {
        return press(Keys.TAB);
    }

    /** The focused element's id, or its accessible label where it has no id. */
    String focused() {
        return (String) driver.executeScript(
                "const e = document.activeElement; return e.id || e.getAttribute('aria-label') || e.tagName");
    }

    /** Every rule of axe-core for WCAG 2.1 A and AA that the page as it is now breaks, one line each. */
    List<String> accessibilityViolations() throws IOException {
        try (InputStream axe = DashboardPage.class.getResourceAsStream(AXE)) {
            driver.executeScript(new String(axe.readAllBytes(), StandardCharsets.UTF_8));
        }
        String results = (String) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}})
                    .then((results) => done(JSON.stringify(results)), (error) => done(JSON.stringify({error: String(error)})));""");
        JsonNode checked = new ObjectMapper().readTree(results);
        assertThat(checked.path("passes").size()).as("rules axe-core found kept: it ran (%s)", checked.path("error")).isPositive();
        JsonNode found = checked.get("violations");
        return Stream.iterate(0, i -> i < found.size(), i -> i + 1).map(found::get)
                .map(violation -> violation.get("id").asText() + ": " + violation.get("help").asText() + " at "
                        + violation.get("nodes").findValuesAsText("html"))
                .toList();
    }

    @SuppressWarnings("unchecked")
    List<String> pageErrors() {
        return (List<String>) driver.executeScript("return window.pageErrors || []");
    }

    Object script(String script, Object... arguments) {
        return driver.executeScript(script, arguments);
    }

    /**
     * Makes the window taller than the page, so that the whole page is seen without scrolling: a screenshot of it
     * then needs no new layout, which would lose what the pointer shows.
     */
    void fitWindowToPage() {
        Number height = (Number) driver.executeScript("return document.body.scrollHeight");
        driver.manage().window().setSize(new Dimension(WIDTH, height.intValue() + 200));
    }

    void resetWindow() {
        driver.manage().window().setSize(new Dimension(WIDTH, HEIGHT));
    }

    void timezone(String zone) {
        driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", zone));
    }

    /** The whole page, not only the window's part of it, as target/browser-screenshots/{name}.png. */
    Path screenshot(String name) throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Number> size = (Map<String, Number>) driver.executeScript(
                "return {width: document.documentElement.clientWidth, height: document.body.scrollHeight, window: innerHeight}");
        // Beyond the window, Chromium lays the page out anew, and the chart forgets where the pointer is.
        boolean beyondWindow = size.get("height").intValue() > size.get("window").intValue();
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", beyondWindow, "clip", Map.of("x", 0, "y", 0, "scale", 1,
                        "width", size.get("width"), "height", size.get("height"))));
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        return file;
    }

    private void waitUntilShown(String id) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }
}
