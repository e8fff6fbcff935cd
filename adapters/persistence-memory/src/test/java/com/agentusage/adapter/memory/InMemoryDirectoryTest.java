package com.agentusage.adapter.memory;

import com.agentusage.application.port.out.Agents;
import com.agentusage.application.port.out.Permissions;
import com.agentusage.application.port.out.Transactions;
import com.agentusage.application.port.out.UserAccounts;
import com.agentusage.application.port.out.contract.DirectoryContract;

class InMemoryDirectoryTest extends DirectoryContract {

    private final InMemoryDirectory directory = new InMemoryDirectory();
    private final InMemoryTransactions transactions = new InMemoryTransactions();

    @Override
    protected Agents agents() {
        return directory;
    }

    @Override
    protected UserAccounts accounts() {
        return directory;
    }

    @Override
    protected Permissions permissions() {
        return directory;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }
}
