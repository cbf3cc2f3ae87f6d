package dev.stickerplatform.bootstrap.config;

import dev.stickerplatform.adapters.persistence.postgres.PostgresConfig;
import java.net.URI;

/**
 * Reads the PostgreSQL settings: {@code DATABASE_URL} as {@code jdbc:postgresql://…} or
 * {@code postgres(ql)://user:pass@host:port/db}, {@code DATABASE_USER}, {@code DATABASE_PASSWORD},
 * {@code DATABASE_POOL_SIZE} and {@code DATABASE_SCHEMA}. The settings themselves are the adapter's
 * {@link PostgresConfig}.
 */
public final class DatabaseSettings {
    private DatabaseSettings() {
    }

    /** The database the variables name, or null without {@code DATABASE_URL} (everything in memory). */
    public static PostgresConfig fromEnv(Env env) {
        String url = env.string("DATABASE_URL", null);
        if (url == null) {
            return null;
        }
        String user = env.string("DATABASE_USER", null);
        String password = env.string("DATABASE_PASSWORD", null);
        if (url.startsWith("postgres://") || url.startsWith("postgresql://")) {
            URI uri = URI.create(url);
            if (uri.getUserInfo() != null) {
                String[] parts = uri.getUserInfo().split(":", 2);
                user = user != null ? user : parts[0];
                password = password != null ? password : (parts.length > 1 ? parts[1] : null);
            }
            url = "jdbc:postgresql://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
                    + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } else if (!url.startsWith("jdbc:postgresql://")) {
            throw new ConfigException("DATABASE_URL must be jdbc:postgresql://… or postgres://…, got another scheme");
        }
        return PostgresConfig.of(url, user, password)
                .withPoolSize(env.integer("DATABASE_POOL_SIZE", PostgresConfig.DEFAULT_POOL_SIZE, 1, 500))
                .withSchema(env.string("DATABASE_SCHEMA", PostgresConfig.DEFAULT_SCHEMA));
    }
}
