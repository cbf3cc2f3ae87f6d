package dev.stickerplatform.bootstrap.cli;

import dev.stickerplatform.bootstrap.config.ConfigException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code --name value} options and {@code --flag} switches of a sub-command (the first argument is the sub-command
 * itself); anything else is an error.
 */
public final class CliOptions {
    private final String command;
    private final Map<String, String> values;

    private CliOptions(String command, Map<String, String> values) {
        this.command = command;
        this.values = values;
    }

    /** {@link ConfigException} for an argument that is neither {@code --name value} nor {@code --flag}. */
    public static CliOptions parse(String command, String[] args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--") || args[i].length() == 2) {
                throw new ConfigException(command + ": expected --name value or --flag, got '" + args[i] + "'");
            }
            boolean hasValue = i + 1 < args.length && !args[i + 1].startsWith("--");
            values.put(args[i].substring(2), hasValue ? args[++i] : null);
        }
        return new CliOptions(command, values);
    }

    /** Whether {@code --name} was given, with or without a value. */
    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** A whole-number option. */
    public int number(String name, int fallback) {
        String value = get(name, null);
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new ConfigException(command + ": --" + name + " must be a whole number, got '" + value + "'");
        }
    }

    /** The option's value, or {@code fallback} when it is absent or given as a bare flag. */
    public String get(String name, String fallback) {
        String value = values.get(name);
        return value == null ? fallback : value;
    }

    String required(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new ConfigException(command + ": --" + name + " is required");
        }
        return value;
    }

    /** A duration as the commands write it: {@code 2.8s}, {@code 500ms}, or milliseconds. */
    public static Duration duration(String text) {
        if (text.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2)));
        }
        if (text.endsWith("s")) {
            return Duration.ofMillis(Math.round(Double.parseDouble(text.substring(0, text.length() - 1)) * 1000));
        }
        return Duration.ofMillis(Long.parseLong(text));
    }
}
