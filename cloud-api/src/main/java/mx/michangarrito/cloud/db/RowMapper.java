package mx.michangarrito.cloud.db;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Turns the current row of a result set into a value, for repositories that read lists. */
@FunctionalInterface
public interface RowMapper<T> {

    T map(ResultSet row) throws SQLException;
}
