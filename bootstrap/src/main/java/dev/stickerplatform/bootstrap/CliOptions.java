package dev.stickerplatform.bootstrap;

import java.util.HashMap;
import java.util.Map;

/**
 * {@code --name value} options and {@code --flag} switches of a sub-command (the first argument is the sub-command
 * itself); anything else is an error.
 */
final class CliOptions {
    private final String command;
    private final Map<String, String> values;

    private CliOptions(String command, Map<String, String> values) {
        this.command = command;
        this.values = values;
    }

    /** {@link ConfigException} for an argument that is neither {@code --name value} nor {@code --flag}. */
    static CliOptions parse(String command, String[] args) {
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
    boolean has(String name) {
        return values.containsKey(name);
    }

    /** A whole-number option. */
    int number(String name, int fallback) {
        String value = get(name, null);
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new ConfigException(command + ": --" + name + " must be a whole number, got '" + value + "'");
        }
    }

    /** The option's value, or {@code fallback} when it is absent or given as a bare flag. */
    String get(String name, String fallback) {
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
}
