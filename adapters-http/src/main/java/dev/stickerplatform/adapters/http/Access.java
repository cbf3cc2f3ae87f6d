package dev.stickerplatform.adapters.http;

import dev.stickerplatform.domain.model.Address;
import java.util.Objects;

/**
 * What a state-changing request needs the caller to be allowed to do: act on one wallet, or act as a platform
 * administrator. Routes declare it; the {@link AccessPolicy} decides.
 */
public sealed interface Access {
    /** Acting on {@code wallet}: the caller must control it. */
    static Access wallet(Address wallet) {
        return new Wallet(wallet);
    }

    /** Acting as a platform administrator. */
    static Access admin() {
        return new Admin();
    }

    record Wallet(Address wallet) implements Access {
        public Wallet {
            Objects.requireNonNull(wallet, "wallet");
        }
    }

    record Admin() implements Access {
    }
}
