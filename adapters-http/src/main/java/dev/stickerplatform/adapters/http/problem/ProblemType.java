package dev.stickerplatform.adapters.http.problem;

/** The kinds of problem the API answers with: each has a stable type URI, a status and a title. */
public enum ProblemType {
    VALIDATION("validation-error", 400, "Invalid request"),
    MALFORMED_JSON("malformed-json", 400, "Malformed JSON"),
    CHAIN_REJECTED("transaction-rejected", 400, "Transaction rejected"),
    NOT_OPTED_IN("not-opted-in", 400, "Not opted in"),
    UNAUTHENTICATED("unauthenticated", 401, "Authentication required"),
    FORBIDDEN("forbidden", 403, "Forbidden"),
    SIMULATION_DISABLED("simulation-disabled", 403, "Simulation mode is off"),
    ONRAMP_DISABLED("onramp-disabled", 403, "The fiat on-ramp is off"),
    NOT_FOUND("not-found", 404, "Not found"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method not allowed"),
    CONFLICT("conflict", 409, "Conflict"),
    STICKER_EXPIRED("sticker-expired", 410, "Sticker expired"),
    TOO_LARGE("request-too-large", 413, "Request too large"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported media type"),
    RATE_LIMITED("rate-limited", 429, "Too many requests"),
    /** A per-creator quota (templates, content bytes) or the content store's capacity is used up. */
    QUOTA_EXCEEDED("quota-exceeded", 429, "Quota exceeded"),
    CONTENT_QUOTA_EXCEEDED("content-quota-exceeded", 413, "Content quota exceeded"),
    /** The pinning service answered with another CID than the platform computed: nothing was recorded. */
    CONTENT_MISMATCH("content-mismatch", 502, "Content mismatch"),
    INTERNAL("internal-error", 500, "Internal server error"),
    NOT_IMPLEMENTED("not-implemented", 501, "Not implemented"),
    UNAVAILABLE("service-unavailable", 503, "Service unavailable"),
    /** The platform's own daily cap of a kind of spending is reached (the same for every client until midnight UTC). */
    DAILY_CAP_REACHED("daily-cap-reached", 503, "Daily spending cap reached"),
    /** A paid deployment without an acceptable payment ({@code REGISTRATION_MODE=paid}); the body has the quote. */
    PAYMENT_REQUIRED("payment-required", 402, "Payment required"),
    /** The payment already paid for another deployment. */
    PAYMENT_ALREADY_USED("payment-already-used", 409, "Payment already used");

    /** Where the problem types live; the URIs identify problems and are not meant to be fetched. */
    public static final String BASE_URI = "https://stickerplatform.dev/problems/";

    private final String slug;
    private final int status;
    private final String title;

    ProblemType(String slug, int status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    public String uri() {
        return BASE_URI + slug;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The generic type of an HTTP status this enum has no specific kind for. */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : VALIDATION;
    }
}
