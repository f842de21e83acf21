package org.symbiose.core.imports;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** An import's transactions in the server: each batch in a JTA transaction of its own on the application's datasource. */
@ApplicationScoped
public class ImportTransactions implements ImportRun.Transactions {

    @Resource(lookup = "java:app/jdbc/symbiose")
    private DataSource dataSource;

    @Override
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, rollbackOn = Exception.class)
    public <T> T run(ImportRun.Work<T> work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return work.on(connection);
        }
    }
}
