package dev.stickerplatform.application.template;

import java.nio.charset.StandardCharsets;

/** Image bytes recognised by their magic numbers; {@code seed} makes distinct images. */
final class Images {
    private Images() {
    }

    static byte[] png(String seed) {
        return withPrefix(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, seed);
    }

    static byte[] svg() {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] withPrefix(byte[] prefix, String seed) {
        byte[] tail = seed.getBytes(StandardCharsets.UTF_8);
        byte[] image = new byte[prefix.length + tail.length];
        System.arraycopy(prefix, 0, image, 0, prefix.length);
        System.arraycopy(tail, 0, image, prefix.length, tail.length);
        return image;
    }
}
