package com.agentusage.bootstrap;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven by Selenium through chromedriver; both are found on the PATH. A test class
 * extended with this condition is skipped, saying why, on a machine without them (the README's test command
 * needs only a JDK), unless the environment variable AGENT_USAGE_BROWSER_TESTS is {@code required}, as in
 * .ci/run: then their absence fails the class.
 */
final class Chromium implements ExecutionCondition {

    static final String REQUIREMENT = "AGENT_USAGE_BROWSER_TESTS";
    private static final List<String> PROGRAMS = List.of("chromium", "chromedriver");
    // No network of its own: without these, Chromium keeps calling home, which a closed network refuses.
    private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--force-device-scale-factor=1", "--lang=en-US");

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        List<String> missing = PROGRAMS.stream().filter(program -> find(program).isEmpty()).toList();
        if (missing.isEmpty()) {
            return ConditionEvaluationResult.enabled("chromium and chromedriver are on the PATH");
        }
        String reason = String.join(" and ", missing) + " not found on the PATH; on Debian: "
                + "apt-get install chromium chromium-driver";
        if ("required".equals(System.getenv(REQUIREMENT))) {
            throw new IllegalStateException("The browser tests cannot run, and " + REQUIREMENT + "=required: " + reason);
        }
        System.out.println("[browser tests] " + context.getDisplayName() + " skipped: " + reason);
        return ConditionEvaluationResult.disabled("Browser tests skipped: " + reason);
    }

    /** A headless Chromium with a profile of its own, saving downloads without asking into {@code downloads}. */
    static ChromeDriver start(Path profile, Path downloads) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(program("chromium").toFile());
        options.addArguments(FLAGS);
        options.addArguments("--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toString(), "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(program("chromedriver").toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        return driver;
    }

    private static Path program(String name) {
        return find(name).orElseThrow(() -> new IllegalStateException(name + " is not on the PATH"));
    }

    private static Optional<Path> find(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(directory -> !directory.isBlank())
                .map(directory -> Path.of(directory, program))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
