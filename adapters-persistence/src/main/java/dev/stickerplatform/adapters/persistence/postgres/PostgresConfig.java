package dev.stickerplatform.adapters.persistence.postgres;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How to reach the Postgres database: a JDBC URL ({@code jdbc:postgresql://host:5432/db}), the credentials (both
 * may be null to use the driver's defaults), the connection pool's size and the schema the platform's tables live
 * in (created by the migrations when missing). Bootstrap fills it from {@code DATABASE_URL},
 * {@code DATABASE_USER}, {@code DATABASE_PASSWORD} and {@code DATABASE_POOL_SIZE}.
 */
public record PostgresConfig(String url, String user, String password, int poolSize, String schema) {
    public static final int DEFAULT_POOL_SIZE = 10;
    public static final String DEFAULT_SCHEMA = "sticker_platform";
    /** Lower-case SQL identifiers only: the schema name is written into SQL and into notification channels. */
    private static final Pattern SCHEMA = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    public PostgresConfig {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(schema, "schema");
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("the database URL must be a jdbc:postgresql: URL");
        }
        if (poolSize < 1 || poolSize > 1_000) {
            throw new IllegalArgumentException("the pool size must be between 1 and 1000");
        }
        if (!SCHEMA.matcher(schema).matches()) {
            throw new IllegalArgumentException("the schema must be a lower-case SQL identifier");
        }
    }

    public static PostgresConfig of(String url, String user, String password) {
        return new PostgresConfig(url, user, password, DEFAULT_POOL_SIZE, DEFAULT_SCHEMA);
    }

    public PostgresConfig withSchema(String newSchema) {
        return new PostgresConfig(url, user, password, poolSize, newSchema);
    }

    public PostgresConfig withPoolSize(int newPoolSize) {
        return new PostgresConfig(url, user, password, newPoolSize, schema);
    }

    /** Never shows the password (configuration gets logged). */
    @Override
    public String toString() {
        return "PostgresConfig[url=" + url.replaceAll("password=[^&]*", "password=***") + ", user=" + user
                + ", password=" + (password == null ? "null" : "***") + ", poolSize=" + poolSize + ", schema="
                + schema + "]";
    }
}
