package com.agentusage.bootstrap;

import static com.agentusage.bootstrap.Api.ambiguous;
import static com.agentusage.bootstrap.Api.batch;
import static com.agentusage.bootstrap.Api.intervention;
import static com.agentusage.bootstrap.Api.message;
import static com.agentusage.bootstrap.Api.newAgent;
import static com.agentusage.bootstrap.Api.newUserWith;
import static com.agentusage.bootstrap.Api.postEvents;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.agentusage.bootstrap.Api.Caller;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The client examples in docs/examples, each run as its reader runs it, against the service this test
 * started: they cannot drift from the API. An example whose language is not installed is skipped, saying
 * so, unless AGENT_USAGE_CLIENT_TESTS=required (as CI sets it), which makes that a failure.
 */
@QuarkusTest
class ClientExamplesTest {

    private static final Path EXAMPLES = Path.of("..", "docs", "examples").toAbsolutePath().normalize();
    private static final Logger LOG = Logger.getLogger(ClientExamplesTest.class);
    private static final String JAVA = ProcessHandle.current().info().command().orElse("java");

    enum Example {
        PYTHON("python3 with the requests package", List.of("python3", "-c", "import requests"), "python3", "usage.py"),
        JAVASCRIPT("Node 20 or newer", List.of("node", "-e", "process.exit(typeof fetch === 'function' ? 0 : 1)"),
                "node", "usage.mjs"),
        JAVA("a JDK", List.of(ClientExamplesTest.JAVA, "-version"), ClientExamplesTest.JAVA, "Usage.java");

        private final String needs;
        private final List<String> check;
        private final List<String> command;

        Example(String needs, List<String> check, String program, String file) {
            this.needs = needs;
            this.check = check;
            this.command = List.of(program, EXAMPLES.resolve(file).toString());
        }
    }

    record Run(int exitCode, String out, String err) {
    }

    @ParameterizedTest
    @EnumSource(Example.class)
    void givenAPeriodWithEveryKindOfEvent_whenTheExampleAsksForIt_thenItPrintsEachFigureBesideThePreviousPeriods(
            Example example) throws Exception {
        requireInstalled(example);
        long agent = newAgent();
        Caller feeder = newUserWith(agent, "edit");
        Caller viewer = newUserWith(agent, "view");
        postEvents(feeder.token(), agent, batch(
                message("m-1", "s-1", "1586502000", "successful"),
                ambiguous("m-2", "s-1", "1586502100", "none_of_the_above"),
                message("m-3", "s-2", "1586502200", "unhandled"),
                intervention("i-1", "s-2", "1586502300"))).then().statusCode(200);

        Run run = run(example, viewer.token(), String.valueOf(agent), "10/04/2020", "13/04/2020");

        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("""
                sessions: 2 (previous period: 0)
                messages: 3 (previous period: 0)
                success rate: 33.33% (previous period: -)
                unhandled: 1 (previous period: 0)
                ambiguous: 1 (previous period: 0)
                interventions: 1 (previous period: 0)
                """);
        assertThat(run.exitCode()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Example.class)
    void givenATokenTheServiceDoesNotKnow_whenTheExampleAsks_thenItPrintsTheServicesErrorAndFails(Example example)
            throws Exception {
        requireInstalled(example);

        Run run = run(example, "a-made-up-token", "20001");

        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("401: A valid Access-Token header is required\n");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    private static void requireInstalled(Example example) throws InterruptedException {
        try {
            Process check = new ProcessBuilder(example.check).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (check.waitFor(60, TimeUnit.SECONDS) && check.exitValue() == 0) {
                return;
            }
            check.destroyForcibly();
        } catch (IOException notInstalled) {
            // the program is not on the PATH
        }
        String missing = "The " + example + " client example needs " + example.needs + ", which is not installed here";
        if ("required".equals(System.getenv("AGENT_USAGE_CLIENT_TESTS"))) {
            fail(missing + " (AGENT_USAGE_CLIENT_TESTS=required)");
        }
        String skipped = missing + ": skipped (set AGENT_USAGE_CLIENT_TESTS=required to fail instead)";
        // Surefire's console counts skipped tests without their reason; the log says it where it is read.
        LOG.warn(skipped);
        Assumptions.abort(skipped);
    }

    private static Run run(Example example, String token, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(example.command);
        command.addAll(List.of(arguments));
        Path out = Files.createTempFile("client-example", ".out");
        Path err = Files.createTempFile("client-example", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().put("AGENT_USAGE_URL", "http://localhost:" + RestAssured.port);
            builder.environment().put("AGENT_USAGE_TOKEN", token);
            Process process = builder.start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail(example + " did not finish within 120 s");
            }
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.delete(out);
            Files.delete(err);
        }
    }
}
