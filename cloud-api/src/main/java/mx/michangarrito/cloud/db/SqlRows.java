package mx.michangarrito.cloud.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Small conversions repositories share: instants as {@code timestamptz} in UTC, uuids. */
public final class SqlRows {

    private SqlRows() {
    }

    /**
     * An instant as a UTC {@code timestamptz} value, truncated to the microseconds PostgreSQL keeps (it
     * would otherwise round, and a deadline could land a fraction of a microsecond late).
     */
    public static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    public static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    /** Wraps a driver failure for services, naming what was being done. */
    public static DataAccessException failure(String what, SQLException e) {
        return new DataAccessException(what + ": " + e.getMessage(), e);
    }

}
