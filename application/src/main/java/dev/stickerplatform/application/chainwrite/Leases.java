package dev.stickerplatform.application.chainwrite;

import dev.stickerplatform.domain.model.Hash32;
import dev.stickerplatform.domain.model.Hashes;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Leases derived from an operation id and a purpose. Every attempt of one operation step carries the same
 * lease, so even if an earlier attempt was lost in flight, two of them can never both confirm.
 */
public final class Leases {
    private Leases() {
    }

    public static Hash32 of(UUID operation, String purpose) {
        return Hash32.of(Hashes.sha256((operation + "/" + purpose).getBytes(StandardCharsets.UTF_8)));
    }
}
