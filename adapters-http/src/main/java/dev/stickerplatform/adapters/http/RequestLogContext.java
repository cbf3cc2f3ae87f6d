package dev.stickerplatform.adapters.http;

import io.javalin.http.Context;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * The diagnostic context of a request's log lines: {@code requestId} (the client's {@code X-Request-Id} when it is
 * a plausible id, else a generated one; echoed in the response header and in problem bodies) and {@code wallet}
 * once the request is known to be signed in. Set when the request starts and cleared when it ends, so a thread
 * (virtual or pooled) never carries one request's fields into the next.
 */
public final class RequestLogContext {
    public static final String HEADER = "X-Request-Id";
    static final String REQUEST_ID = "requestId";
    static final String WALLET = "wallet";
    /** Letters, digits and a few separators, at most 64: nothing that could forge a log line or bloat it. */
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private RequestLogContext() {
    }

    public static void begin(Context ctx) {
        String given = ctx.header(HEADER);
        String id = given != null && ACCEPTED.matcher(given).matches() ? given : UUID.randomUUID().toString();
        ctx.attribute(REQUEST_ID, id);
        ctx.header(HEADER, id);
        MDC.put(REQUEST_ID, id);
    }

    /** The request's id, or null outside a request that went through {@link #begin}. */
    public static String requestId(Context ctx) {
        return ctx.attribute(REQUEST_ID);
    }

    public static void signedIn(String wallet) {
        MDC.put(WALLET, wallet);
    }

    public static void end() {
        MDC.remove(REQUEST_ID);
        MDC.remove(WALLET);
    }
}
