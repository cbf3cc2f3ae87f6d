package dev.stickerplatform.bootstrap.logging;

import ch.qos.logback.classic.Level;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How the process logs, read from the environment: {@code LOG_FORMAT} ({@code text}, the default, or {@code json}:
 * one JSON object per line), {@code LOG_LEVEL} (the root level, default {@code info}) and {@code LOG_LEVELS}
 * (levels per logger, {@code dev.stickerplatform.adapters.http=debug,org.eclipse.jetty=info}). Jetty and Javalin
 * log at {@code warn} unless {@code LOG_LEVELS} says otherwise.
 *
 * <p>Read when Logback starts, before the platform's configuration: a bad value cannot stop start-up with a
 * message nobody sees, so it is reported on stderr and the default is used.
 */
record LogSettings(boolean json, Level root, Map<String, Level> levels) {
    static final Map<String, Level> QUIET_BY_DEFAULT = Map.of("org.eclipse.jetty", Level.WARN, "io.javalin", Level.WARN,
            "com.zaxxer.hikari", Level.WARN, "org.flywaydb", Level.WARN);

    static LogSettings from(Map<String, String> env) {
        String format = env.getOrDefault("LOG_FORMAT", "text").strip().toLowerCase(Locale.ROOT);
        if (!format.equals("text") && !format.equals("json")) {
            warn("LOG_FORMAT must be text or json, got '" + format + "'; logging as text");
        }
        Map<String, Level> levels = new LinkedHashMap<>(QUIET_BY_DEFAULT);
        String perLogger = env.getOrDefault("LOG_LEVELS", "");
        for (String entry : perLogger.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            int equals = entry.indexOf('=');
            Level level = equals > 0 ? level(entry.substring(equals + 1)) : null;
            if (level == null) {
                warn("LOG_LEVELS entries look like dev.stickerplatform.adapters.http=debug, got '" + entry.strip()
                        + "'; ignored");
                continue;
            }
            levels.put(entry.substring(0, equals).strip(), level);
        }
        Level root = level(env.getOrDefault("LOG_LEVEL", "info"));
        if (root == null) {
            warn("LOG_LEVEL must be one of trace, debug, info, warn, error, off; got '" + env.get("LOG_LEVEL")
                    + "'; using info");
            root = Level.INFO;
        }
        return new LogSettings(format.equals("json"), root, Map.copyOf(levels));
    }

    private static Level level(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "trace" -> Level.TRACE;
            case "debug" -> Level.DEBUG;
            case "info" -> Level.INFO;
            case "warn", "warning" -> Level.WARN;
            case "error" -> Level.ERROR;
            case "off" -> Level.OFF;
            default -> null;
        };
    }

    private static void warn(String message) {
        System.err.println("logging: " + message);
    }
}
