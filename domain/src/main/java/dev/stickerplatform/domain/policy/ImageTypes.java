package dev.stickerplatform.domain.policy;

import java.util.Optional;

/**
 * Sticker images are recognised by their first bytes, never by the client's file name or MIME type, so no
 * SVG/HTML (scriptable) content is ever pinned.
 */
public final class ImageTypes {
    private ImageTypes() {
    }

    public static Optional<String> detect(byte[] image) {
        if (startsWith(image, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (startsWith(image, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(image, 'G', 'I', 'F', '8')) {
            return Optional.of("image/gif");
        }
        if (image.length >= 12 && startsWith(image, 'R', 'I', 'F', 'F')
                && image[8] == 'W' && image[9] == 'E' && image[10] == 'B' && image[11] == 'P') {
            return Optional.of("image/webp");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] data, int... prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((data[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
