package dev.stickerplatform.application.keys;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.Signer;
import dev.stickerplatform.domain.port.SignerRole;
import dev.stickerplatform.domain.port.Signers;
import dev.stickerplatform.domain.port.SwitchingSigner;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares each role's keys with its account's auth address on chain. {@link #refresh()} makes every role that holds
 * more than one key (a {@link SwitchingSigner}, while a rotation is under way) sign with the key the chain
 * authorizes; the platform runs it at start-up and then periodically, so a process follows a rekey made by another
 * one (the {@code keys rotate} command) without a restart. {@link #inspect()} reports every role and changes nothing
 * (the {@code keys show} command). One account lookup per role reported.
 */
public final class SignerKeysService {
    private final Chain chain;
    private final Signers signers;

    public SignerKeysService(Chain chain, Signers signers) {
        this.chain = chain;
        this.signers = signers;
    }

    /**
     * One role's keys against the chain.
     *
     * @param account  the account the role signs for
     * @param keys     the addresses of the keys the role holds (the current key first)
     * @param inUse    the key the role signs with (after a refresh: the one it switched to)
     * @param onChain  the key the chain authorizes for the account (its auth address, or the account itself)
     * @param switched true when this refresh moved the role to another key
     */
    public record KeyStatus(SignerRole role, Address account, List<Address> keys, Address inUse, Address onChain,
                            boolean switched) {
        public KeyStatus {
            keys = List.copyOf(keys);
        }

        /** Whether the chain authorizes one of the role's keys. */
        public boolean authorized() {
            return keys.contains(onChain);
        }

        /** Whether the role signs with the key the chain authorizes. */
        public boolean matches() {
            return inUse.equals(onChain);
        }
    }

    /** Each role holding more than one key switches to the key its account's auth address names, if it holds it. */
    public List<KeyStatus> refresh() {
        List<KeyStatus> found = new ArrayList<>();
        for (SignerRole role : SignerRole.values()) {
            if (signers.forRole(role) instanceof SwitchingSigner signer) {
                Address before = signer.authAddress();
                Address onChain = chain.account(signer.address()).signingAddress();
                signer.use(onChain);
                found.add(new KeyStatus(role, signer.address(), signer.keys(), signer.authAddress(), onChain,
                        !before.equals(signer.authAddress())));
            }
        }
        return found;
    }

    /** Every role against the chain; nothing switches. */
    public List<KeyStatus> inspect() {
        List<KeyStatus> found = new ArrayList<>();
        for (SignerRole role : SignerRole.values()) {
            Signer signer = signers.forRole(role);
            List<Address> keys = signer instanceof SwitchingSigner switching ? switching.keys()
                    : List.of(signer.authAddress());
            found.add(new KeyStatus(role, signer.address(), keys, signer.authAddress(),
                    chain.account(signer.address()).signingAddress(), false));
        }
        return found;
    }
}
