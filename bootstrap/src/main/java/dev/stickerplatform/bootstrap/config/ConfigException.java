package dev.stickerplatform.bootstrap.config;

/** A configuration value is missing or wrong; the message says which variable and what to change. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
