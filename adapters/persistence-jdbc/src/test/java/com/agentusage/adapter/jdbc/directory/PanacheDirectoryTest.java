package com.agentusage.adapter.jdbc.directory;

import com.agentusage.adapter.jdbc.QuarkusTransactions;
import com.agentusage.application.port.out.Agents;
import com.agentusage.application.port.out.Permissions;
import com.agentusage.application.port.out.Transactions;
import com.agentusage.application.port.out.UserAccounts;
import com.agentusage.application.port.out.contract.DirectoryContract;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** The contract on the default database, H2; {@link PanacheDirectoryOnPostgresTest} runs it on PostgreSQL. */
@QuarkusTest
class PanacheDirectoryTest extends DirectoryContract {

    @Inject PanacheAgents agents;
    @Inject PanacheUserAccounts accounts;
    @Inject PanachePermissions permissions;
    @Inject QuarkusTransactions transactions;

    @Override
    protected Agents agents() {
        return agents;
    }

    @Override
    protected UserAccounts accounts() {
        return accounts;
    }

    @Override
    protected Permissions permissions() {
        return permissions;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }
}
