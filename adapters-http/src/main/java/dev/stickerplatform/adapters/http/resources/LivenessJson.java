package dev.stickerplatform.adapters.http.resources;

/** The process answers. */
public record LivenessJson(String status) {

    public static LivenessJson of() {
        return new LivenessJson("alive");
    }
}
