package dev.stickerplatform.domain.port;

import dev.stickerplatform.domain.model.Address;
import java.util.List;

/**
 * A {@link Signer} that holds more than one key for its account — during a key rotation by rekeying, the current
 * key and the next one — and signs with whichever the chain authorizes. Which key that is, it does not find out by
 * itself: the caller learns the account's auth address from the chain and passes it to {@link #use(Address)}.
 *
 * <p>{@link #address()} is the account and never changes; {@link #authAddress()} is the key in use. Thread-safe: a
 * switch is seen by every later {@link #sign(byte[])}.
 */
public interface SwitchingSigner extends Signer {
    /** The addresses of the keys held, the configured current key first. */
    List<Address> keys();

    /**
     * Signs with the key whose address is {@code key} from now on.
     *
     * @return false, changing nothing, when no held key has that address
     */
    boolean use(Address key);
}
