package dev.stickerplatform.adapters.http.server;

import dev.stickerplatform.adapters.http.json.AlgoAmounts;
import dev.stickerplatform.adapters.http.json.PositiveIds;
import dev.stickerplatform.adapters.http.problem.ProblemException;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.MicroAlgos;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Path and query parameters, and body fields that are text (base64, signatures), as domain values, or a 400 that
 * names the parameter or field and says what is wrong.
 */
public final class Params {
    /** The most digits of an id in a path (leading zeros allowed): as many as {@link Long#MAX_VALUE} has. */
    private static final int MAX_PATH_ID_DIGITS = 19;
    /** What an Ed25519 signature field holds, in the words of its 400. */
    private static final String SIGNATURE = "base64 of the 64-byte Ed25519 signature";

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

    /**
     * A positive integer path parameter (an id) that fits a signed 64-bit integer, in at most 19 digits
     * ({@link PositiveIds}); anything else is a 400.
     */
    public static long positiveLong(Context ctx, String name) {
        try {
            return PositiveIds.parse(ctx.pathParam(name), MAX_PATH_ID_DIGITS);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, e.getMessage());
        }
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

    /** How base64 in a body field may be written. */
    public enum Base64Form {
        /** Standard base64 only, exactly as sent. */
        STANDARD,
        /** Standard or URL-safe base64, white space around it ignored (sign-in: wallets encode differently). */
        STANDARD_OR_URL_SAFE
    }

    /**
     * A body field holding the bytes of {@code what} in base64; absent, blank or not base64 in {@code form} is a 400
     * on {@code field} that says it must be {@code what}.
     */
    public static byte[] base64(String field, String value, Base64Form form, String what) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid(field, "is required (" + what + ")");
        }
        String text = form == Base64Form.STANDARD ? value : value.strip();
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException notStandard) {
            if (form == Base64Form.STANDARD_OR_URL_SAFE) {
                try {
                    return Base64.getUrlDecoder().decode(text);
                } catch (IllegalArgumentException e) {
                    // answered below
                }
            }
            throw ProblemException.invalid(field, "must be " + what);
        }
    }

    /**
     * A body field holding an Ed25519 signature: base64 ({@code form}) of exactly 64 bytes, or a 400 on
     * {@code field}.
     */
    public static byte[] signature(String field, String value, Base64Form form) {
        byte[] signature = base64(field, value, form, SIGNATURE);
        if (signature.length != 64) {
            throw ProblemException.invalid(field, "must be " + SIGNATURE);
        }
        return signature;
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
