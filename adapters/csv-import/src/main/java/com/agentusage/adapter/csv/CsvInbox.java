package com.agentusage.adapter.csv;

import com.agentusage.application.port.in.AccessDeniedException;
import com.agentusage.application.port.in.AgentNotFoundException;
import com.agentusage.application.port.in.InvalidEventsException;
import com.agentusage.application.port.in.NotAuthenticatedException;
import com.agentusage.application.port.in.RecordEvents;
import com.agentusage.application.port.in.RecordingResult;
import com.agentusage.domain.InvalidParameterException;
import com.agentusage.domain.access.AccessToken;
import com.agentusage.domain.access.AgentId;
import com.agentusage.domain.event.BatchTooLargeException;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * A driving adapter: every few seconds it imports the CSV files in the inbox, one agent per file, named
 * {@code <agent_id>.csv} or {@code <agent_id>-<anything>.csv}. An imported file moves to done/; a file the
 * service refuses (bad lines, unknown agent, no permission) moves to failed/ with its errors beside it; a file
 * that failed for any other reason stays for the next round, which is safe because imports are idempotent.
 */
@ApplicationScoped
public class CsvInbox {

    private static final Logger LOG = Logger.getLogger(CsvInbox.class);
    private static final Pattern FILE_NAME = Pattern.compile("(\\d{1,18})(-[^/]*)?\\.csv");

    private final CsvImportConfig config;
    private final CsvImporter importer;

    CsvInbox(CsvImportConfig config, RecordEvents recordEvents) {
        this.config = config;
        this.importer = new CsvImporter(recordEvents);
    }

    /** Looks at the inbox every {@code usage.csv-import.every} from start, when the import is enabled. */
    void onStart(@Observes StartupEvent started, Scheduler scheduler) {
        if (config.enabled()) {
            scheduler.newJob(CsvInbox.class.getName()).setInterval(config.every().toString())
                    .setConcurrentExecution(Scheduled.ConcurrentExecution.SKIP).setTask(execution -> poll()).schedule();
        }
    }

    void poll() {
        AccessToken token = new AccessToken(config.token()
                .orElseThrow(() -> new IllegalStateException("usage.csv-import.token is required when the import is enabled")));
        try {
            importAll(config.directory(), token);
        } catch (IOException | RuntimeException e) {
            LOG.warnf("CSV inbox %s: %s; the files left there are tried again next round", config.directory(), e.toString());
        }
    }

    /** Imports every CSV file in the inbox, oldest name first. */
    void importAll(Path inbox, AccessToken token) throws IOException {
        if (!Files.isDirectory(inbox)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(inbox)) {
            files = listing.filter(Files::isRegularFile).filter(file -> file.toString().endsWith(".csv")).sorted().toList();
        }
        for (Path file : files) {
            importFile(inbox, file, token);
        }
    }

    private void importFile(Path inbox, Path file, AccessToken token) throws IOException {
        Matcher name = FILE_NAME.matcher(file.getFileName().toString());
        if (!name.matches()) {
            reject(inbox, file, List.of("the file name must be <agent_id>.csv or <agent_id>-<anything>.csv"));
            return;
        }
        RecordingResult result;
        try (Reader csv = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            result = importer.importEvents(csv, AgentId.of(Long.parseLong(name.group(1))), token);
        } catch (InvalidEventsException e) {
            reject(inbox, file, e.problems().stream().map(p -> "line " + p.index() + ": " + p.error()).toList());
            return;
        } catch (InvalidParameterException | BatchTooLargeException | AgentNotFoundException
                 | NotAuthenticatedException | AccessDeniedException e) {
            reject(inbox, file, List.of(e.getMessage()));
            return;
        }
        move(file, inbox.resolve("done"));
        LOG.infof("Imported %s: %d events stored, %d duplicates", file.getFileName(), result.accepted(), result.duplicates());
    }

    private static void reject(Path inbox, Path file, List<String> errors) throws IOException {
        Path failed = move(file, inbox.resolve("failed"));
        Files.writeString(failed.resolveSibling(failed.getFileName() + ".errors.txt"),
                errors.stream().collect(Collectors.joining(System.lineSeparator(), "", System.lineSeparator())));
        LOG.warnf("Rejected %s: %s", file.getFileName(), errors.getFirst());
    }

    private static Path move(Path file, Path directory) throws IOException {
        Files.createDirectories(directory);
        return Files.move(file, directory.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    }
}
