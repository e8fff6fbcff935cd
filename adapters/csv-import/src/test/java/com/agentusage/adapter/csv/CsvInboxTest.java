package com.agentusage.adapter.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.agentusage.application.port.in.AgentNotFoundException;
import com.agentusage.application.port.in.RecordEvents;
import com.agentusage.application.port.in.RecordEventsCommand;
import com.agentusage.application.port.in.RecordingResult;
import com.agentusage.domain.access.AccessToken;
import com.agentusage.domain.access.AgentId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class CsvInboxTest {

    private static final AccessToken TOKEN = new AccessToken("importer-token");
    private static final String HEADER = String.join(",", CsvEvents.HEADER) + "\n";

    @Mock RecordEvents recordEvents;
    @TempDir Path inbox;

    private CsvInbox inbox() {
        return new CsvInbox(new CsvImportConfig() {
            public boolean enabled() {
                return true;
            }

            public Path directory() {
                return inbox;
            }

            public Duration every() {
                return Duration.ofSeconds(10);
            }

            public Optional<String> token() {
                return Optional.of(TOKEN.secret());
            }
        }, recordEvents);
    }

    @Test
    void givenAFileForAnAgent_whenTheInboxIsImported_thenItsEventsAreRecordedForThatAgentAndTheFileIsDone() throws Exception {
        Files.writeString(inbox.resolve("20001-monday.csv"), HEADER + "m-1,message,s-1,1586502000,successful,\n");
        when(recordEvents.record(any())).thenReturn(new RecordingResult(1, 0));

        inbox().importAll(inbox, TOKEN);

        ArgumentCaptor<RecordEventsCommand> command = ArgumentCaptor.forClass(RecordEventsCommand.class);
        verify(recordEvents).record(command.capture());
        assertThat(command.getValue().agent()).isEqualTo(AgentId.of(20001));
        assertThat(command.getValue().token()).isEqualTo(TOKEN);
        assertThat(inbox.resolve("done/20001-monday.csv")).exists();
        assertThat(inbox.resolve("20001-monday.csv")).doesNotExist();
    }

    @Test
    void givenMoreLinesThanABatchHolds_whenImported_thenTheyAreSentInFullBatches() throws Exception {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 25_000; i++) {
            csv.append("m-").append(i).append(",message,s,1586502000,successful,\n");
        }
        Files.writeString(inbox.resolve("20001.csv"), csv);
        when(recordEvents.record(any())).thenReturn(new RecordingResult(10_000, 0), new RecordingResult(10_000, 0),
                new RecordingResult(5_000, 0));

        inbox().importAll(inbox, TOKEN);

        ArgumentCaptor<RecordEventsCommand> commands = ArgumentCaptor.forClass(RecordEventsCommand.class);
        verify(recordEvents, times(3)).record(commands.capture());
        assertThat(commands.getAllValues()).extracting(c -> c.batch().size()).containsExactly(10_000, 10_000, 5_000);
    }

    @Test
    void givenAFileWithBadLines_whenImported_thenNothingIsSentAndItFailsWithItsErrorsBesideIt() throws Exception {
        Files.writeString(inbox.resolve("20001.csv"), HEADER + "m-1,message,s-1,soon,successful,\n");

        inbox().importAll(inbox, TOKEN);

        verifyNoInteractions(recordEvents);
        assertThat(inbox.resolve("failed/20001.csv")).exists();
        assertThat(inbox.resolve("failed/20001.csv.errors.txt"))
                .hasContent("line 2: timestamp must be a number of seconds since the epoch");
    }

    @Test
    void givenAFileTheServiceRefuses_whenImported_thenItFailsWithTheReason() throws Exception {
        Files.writeString(inbox.resolve("99.csv"), HEADER + "m-1,message,s-1,1586502000,successful,\n");
        when(recordEvents.record(any())).thenThrow(new AgentNotFoundException());

        inbox().importAll(inbox, TOKEN);

        assertThat(inbox.resolve("failed/99.csv.errors.txt")).hasContent("Agent not found");
    }

    @Test
    void givenAFileWhoseNameNamesNoAgent_whenImported_thenItFails() throws Exception {
        Files.writeString(inbox.resolve("monday.csv"), HEADER);

        inbox().importAll(inbox, TOKEN);

        assertThat(inbox.resolve("failed/monday.csv")).exists();
        verifyNoInteractions(recordEvents);
    }

    @Test
    void givenAPassingFailure_whenImported_thenTheFileStaysForTheNextRound() throws Exception {
        Files.writeString(inbox.resolve("20001.csv"), HEADER + "m-1,message,s-1,1586502000,successful,\n");
        when(recordEvents.record(any())).thenThrow(new IllegalStateException("database unreachable"));

        assertThatThrownBy(() -> inbox().importAll(inbox, TOKEN)).hasMessage("database unreachable");

        assertThat(inbox.resolve("20001.csv")).exists();
    }
}
