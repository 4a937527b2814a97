package mx.michangarrito.cloud.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/** Connection pools (HikariCP). */
public final class Pools {

    private Pools() {
    }

    public static HikariDataSource open(String name, String url, String user, String password, int size) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(Math.min(2, size));
        config.setConnectionTimeout(5_000);
        config.setAutoCommit(true);
        return new HikariDataSource(config);
    }
}
