package com.agentusage.adapter.jdbc.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.agentusage.adapter.jdbc.FrozenListeners;
import com.agentusage.adapter.jdbc.OnPostgres;
import com.agentusage.adapter.jdbc.OtherInstance;
import com.agentusage.adapter.jdbc.coherence.ChangeFeed;
import com.agentusage.domain.access.AccessLevel;
import com.agentusage.domain.access.AccessToken;
import com.agentusage.domain.access.AgentId;
import com.agentusage.domain.access.User;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.security.SecureRandom;
import java.time.Duration;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

/** The contract on PostgreSQL, and access answers remembered by several instances sharing it (ADR 0013). */
@QuarkusTest
@TestProfile(OnPostgres.class)
class PanacheDirectoryOnPostgresTest extends PanacheDirectoryTest {

    @Inject TransactionSynchronizationRegistry synchronizations;
    @Inject Config config;
    @Inject PermissionRepository permissionRepository;
    @Inject UserRepository userRepository;
    @Inject DataSource dataSource;

    @Test
    void givenTwoInstancesSharingTheDatabase_whenOneRevokesAndRotates_thenTheOtherDeniesOnceNotified() {
        try (OtherInstance other = new OtherInstance(config, synchronizations)) {
            PanachePermissions otherPermissions = new PanachePermissions(permissionRepository, other.feed);
            PanacheUserAccounts otherAccounts = new PanacheUserAccounts(userRepository, other.feed);
            AgentId agent = newAgent();
            AccessToken token = AccessToken.generate(new SecureRandom());
            User user = tx(() -> accounts().create("user", token.hash()));
            tx(() -> {
                permissions().grant(agent, user.id(), AccessLevel.EDIT);
                return null;
            });
            assertThat(tx(() -> otherPermissions.levelOf(agent, user.id()))).contains(AccessLevel.EDIT);
            assertThat(tx(() -> otherAccounts.findByToken(token.hash()))).contains(user);

            tx(() -> permissions().revoke(agent, user.id()));
            tx(() -> accounts().replaceToken(user.id(), AccessToken.generate(new SecureRandom()).hash()));

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                assertThat(tx(() -> otherPermissions.levelOf(agent, user.id()))).isEmpty();
                assertThat(tx(() -> otherAccounts.findByToken(token.hash()))).isEmpty();
            });
        }
    }

    @Test
    void givenTheOthersListenerHangsSilently_whenAPermissionIsRevokedHere_thenTheOtherDeniesWithinTheFreshnessBound()
            throws Exception {
        try (OtherInstance other = new OtherInstance(config, synchronizations)) {
            PanachePermissions otherPermissions = new PanachePermissions(permissionRepository, other.feed);
            AgentId agent = newAgent();
            User user = tx(() -> accounts().create("user", AccessToken.generate(new SecureRandom()).hash()));
            tx(() -> {
                permissions().grant(agent, user.id(), AccessLevel.VIEW);
                return null;
            });
            assertThat(tx(() -> otherPermissions.levelOf(agent, user.id()))).contains(AccessLevel.VIEW);

            try (FrozenListeners frozen = FrozenListeners.freeze(dataSource)) {
                tx(() -> permissions().revoke(agent, user.id()));
                Thread.sleep(ChangeFeed.FRESHNESS);

                assertThat(tx(() -> otherPermissions.levelOf(agent, user.id()))).isEmpty();
            }
        }
    }
}
