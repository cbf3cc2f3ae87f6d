package dev.stickerplatform.adapters.http.resources;

/** A sign-out: whether a session was active and is now ended. */
public record SignOutJson(boolean signedOut) {

    public static SignOutJson of(boolean ended) {
        return new SignOutJson(ended);
    }
}
