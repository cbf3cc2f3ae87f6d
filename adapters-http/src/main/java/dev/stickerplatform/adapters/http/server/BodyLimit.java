package dev.stickerplatform.adapters.http.server;

/**
 * The request body sizes routes declare to the {@link RouteTable}. A body past its route's limit is a 413 problem
 * before any of it is parsed: the {@code Content-Length} is checked first, and a body sent without one is read
 * with the limit as a hard stop. JSON routes without a limit of their own get the server's default
 * ({@code HttpConfig.maxRequestBodyBytes}, a few KB).
 */
public final class BodyLimit {
    /** Routes that read no body: room for the {@code {}} some clients send, nothing more. */
    public static final long NONE = 1024;
    /** A few short fields: a wallet address, an asset id, an amount. */
    public static final long SMALL_JSON = 4 * 1024;
    /** One signed transaction in base64: an app call with its programs and arguments stays well below this. */
    public static final long SIGNED_TRANSACTION = 64 * 1024;
    /** A group of up to 16 signed transactions in base64. */
    public static final long SIGNED_GROUP = 512 * 1024;

    private BodyLimit() {
    }
}
