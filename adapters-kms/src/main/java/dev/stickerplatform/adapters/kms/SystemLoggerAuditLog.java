package dev.stickerplatform.adapters.kms;

import dev.stickerplatform.domain.port.AuditLog;
import dev.stickerplatform.domain.port.SigningEvent;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Objects;

/**
 * Writes each {@link SigningEvent} as one JSON line at INFO to the {@code System.Logger} named {@code audit}, which
 * the deployment routes (through whatever backend the JVM uses) to an append-only sink. No SLF4J needed here.
 */
public final class SystemLoggerAuditLog implements AuditLog {
    public static final String LOGGER_NAME = "audit";

    private final Logger logger;

    public SystemLoggerAuditLog() {
        this(System.getLogger(LOGGER_NAME));
    }

    /** For a logger chosen by the caller (tests, or a differently named audit channel). */
    public SystemLoggerAuditLog(Logger logger) {
        this.logger = Objects.requireNonNull(logger, "logger");
    }

    @Override
    public void record(SigningEvent event) {
        logger.log(Level.INFO, event.toJson());
    }
}
