package dev.stickerplatform.bootstrap;

import java.util.HashMap;
import java.util.Map;

/** {@code --name value} options of a sub-command (the first argument is the sub-command itself). */
final class CliOptions {
    private final String command;
    private final Map<String, String> values;

    private CliOptions(String command, Map<String, String> values) {
        this.command = command;
        this.values = values;
    }

    /** {@link ConfigException} for anything that is not {@code --name value}. */
    static CliOptions parse(String command, String[] args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length || args[i + 1].startsWith("--")) {
                throw new ConfigException(command + ": expected --name value, got '" + args[i] + "'");
            }
            values.put(args[i].substring(2), args[++i]);
        }
        return new CliOptions(command, values);
    }

    String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    String required(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new ConfigException(command + ": --" + name + " is required");
        }
        return value;
    }
}
