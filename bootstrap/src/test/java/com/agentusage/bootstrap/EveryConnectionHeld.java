package com.agentusage.bootstrap;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Every connection of the pool, taken by the test and held until closed: meanwhile requests wait for one in vain. */
final class EveryConnectionHeld implements AutoCloseable {

    private final List<Connection> held = new ArrayList<>();

    EveryConnectionHeld(AgroalDataSource dataSource) throws SQLException {
        int poolSize = dataSource.getConfiguration().connectionPoolConfiguration().maxSize();
        try {
            while (held.size() < poolSize) {
                held.add(dataSource.getConnection());
            }
        } catch (SQLException e) {
            close();
            throw e;
        }
    }

    @Override
    public void close() throws SQLException {
        for (Connection connection : held) {
            connection.close();
        }
    }
}
