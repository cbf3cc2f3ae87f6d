package dev.stickerplatform.bootstrap.config;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Typed access to configuration variables. Every bad value stops start-up with a message naming the variable and
 * what it accepts, never a stack trace.
 */
public final class Env {
    private final Map<String, String> values;

    public Env(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    public static Env system() {
        return new Env(System.getenv());
    }

    /** Every set variable whose name starts with one of {@code prefixes}. */
    Map<String, String> startingWith(java.util.Collection<String> prefixes) {
        Map<String, String> found = new java.util.HashMap<>();
        values.forEach((name, value) -> {
            if (prefixes.stream().anyMatch(name::startsWith) && value != null && !value.isBlank()) {
                found.put(name, value.strip());
            }
        });
        return Map.copyOf(found);
    }

    public String string(String name, String fallback) {
        String value = values.get(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    int integer(String name, int fallback, int min, int max) {
        String raw = string(name, null);
        if (raw == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw);
            if (value < min || value > max) {
                throw new ConfigException(name + " must be between " + min + " and " + max + ", got " + raw);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new ConfigException(name + " must be a whole number, got '" + raw + "'");
        }
    }

    long longValue(String name, long fallback, long min) {
        String raw = string(name, null);
        if (raw == null) {
            return fallback;
        }
        try {
            long value = Long.parseLong(raw);
            if (value < min) {
                throw new ConfigException(name + " must be at least " + min + ", got " + raw);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new ConfigException(name + " must be a whole number, got '" + raw + "'");
        }
    }

    boolean bool(String name, boolean fallback) {
        String raw = string(name, null);
        if (raw == null) {
            return fallback;
        }
        return switch (raw.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "on" -> true;
            case "false", "0", "no", "off" -> false;
            default -> throw new ConfigException(name + " must be true or false, got '" + raw + "'");
        };
    }

    Duration millis(String name, Duration fallback) {
        String raw = string(name, null);
        return raw == null ? fallback : Duration.ofMillis(longValue(name, 0, 0));
    }

    BigDecimal decimal(String name, BigDecimal fallback) {
        String raw = string(name, null);
        if (raw == null) {
            return fallback;
        }
        try {
            return new BigDecimal(raw);
        } catch (NumberFormatException e) {
            throw new ConfigException(name + " must be a decimal number, got '" + raw + "'");
        }
    }

    List<String> list(String name, String fallback) {
        return Arrays.stream(string(name, fallback).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    <E extends Enum<E>> E choice(String name, E fallback, Class<E> type) {
        String raw = string(name, null);
        if (raw == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, raw.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(name + " must be one of " + Arrays.toString(type.getEnumConstants())
                    .toLowerCase(Locale.ROOT) + ", got '" + raw + "'");
        }
    }
}
