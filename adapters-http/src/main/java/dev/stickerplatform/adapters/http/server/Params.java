package dev.stickerplatform.adapters.http.server;

import dev.stickerplatform.adapters.http.json.AlgoAmounts;
import dev.stickerplatform.adapters.http.problem.ProblemException;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.MicroAlgos;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Path and query parameters as domain values, or a 400 that names the parameter and says what is wrong. */
public final class Params {
    private Params() {
    }

    /** The path parameter as an {@link Address}; the address constructor says why a bad one is bad. */
    public static Address wallet(Context ctx, String name) {
        return address(name, ctx.pathParam(name));
    }

    public static Address address(String field, String value) {
        try {
            return new Address(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, e.getMessage());
        }
    }

    /** A positive integer path parameter (an id) that fits a signed 64-bit integer; anything else is a 400. */
    public static long positiveLong(Context ctx, String name) {
        String text = ctx.pathParam(name);
        if (!text.matches("[0-9]{1,19}")) {
            throw ProblemException.invalid(name, "must be a positive integer");
        }
        if (text.length() == 19 && text.compareTo(String.valueOf(Long.MAX_VALUE)) > 0) {
            throw ProblemException.invalid(name, "must be at most " + Long.MAX_VALUE);
        }
        long value = Long.parseLong(text);
        if (value <= 0) {
            throw ProblemException.invalid(name, "must be a positive integer");
        }
        return value;
    }

    public static UUID uuid(Context ctx, String name) {
        String text = ctx.pathParam(name);
        if (!text.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
            throw ProblemException.invalid(name, "must be a job id (UUID)");
        }
        return UUID.fromString(text);
    }

    /** The first of the given query parameter names that is present (camelCase first, then the snake_case alias). */
    public static String query(Context ctx, String... names) {
        for (String name : names) {
            String value = ctx.queryParam(name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** An ALGO amount from the query (decimal string), or {@code fallback} when absent. */
    public static MicroAlgos algo(Context ctx, MicroAlgos fallback, String... names) {
        String value = query(ctx, names);
        return value == null ? fallback : algo(names[0], value);
    }

    /** An ALGO amount (decimal string) of the query or a form; a bad one is a 400 on {@code field}. */
    public static MicroAlgos algo(String field, String value) {
        try {
            return AlgoAmounts.parse(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, e.getMessage());
        }
    }

    /** An enum from its lower-case wire name ({@code soulbound}, {@code membership_gold}); case-insensitive. */
    public static <E extends Enum<E>> E wireEnum(String field, String value, Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value)) {
                return constant;
            }
        }
        throw ProblemException.invalid(field, "must be one of " + Arrays.stream(type.getEnumConstants())
                .map(c -> c.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
    }

    /**
     * Builds a use-case command or query; its validating constructor's {@link IllegalArgumentException} is the
     * client's mistake and becomes a 400 on {@code field}.
     */
    public static <T> T command(String field, Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, e.getMessage());
        }
    }
}
