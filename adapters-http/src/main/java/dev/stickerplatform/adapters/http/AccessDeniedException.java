package dev.stickerplatform.adapters.http;

/**
 * Thrown by an {@link AccessPolicy} to refuse a request: {@link #status()} is 401 (not authenticated) or 403
 * (authenticated but not allowed). The message is shown to the client, so it must not echo secrets.
 */
public final class AccessDeniedException extends RuntimeException {
    private final int status;

    private AccessDeniedException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    /** The caller did not prove who they are (missing or invalid credentials): 401. */
    public static AccessDeniedException unauthenticated(String message) {
        return new AccessDeniedException(401, message);
    }

    /** The caller is known but may not do this: 403. */
    public static AccessDeniedException forbidden(String message) {
        return new AccessDeniedException(403, message);
    }

    public int status() {
        return status;
    }
}
