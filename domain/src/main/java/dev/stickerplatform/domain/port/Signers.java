package dev.stickerplatform.domain.port;

import dev.stickerplatform.domain.model.MultisigAccount;
import java.util.Optional;

/** Looks up the signer of a role. Every role is always configured (possibly to the same key in development). */
public interface Signers {
    /**
     * The role's signer. For a role whose account is a multisig ({@link #multisig}) it names the account but
     * cannot sign alone: {@link Signer#sign} throws {@link SignerUnavailableException}.
     */
    Signer forRole(SignerRole role);

    /**
     * The k-of-n member keys when the role's account is an Algorand multisig account, held by approvers outside
     * the platform: its transactions then wait for approvals. Empty (the default) when a platform key signs.
     */
    default Optional<MultisigAccount> multisig(SignerRole role) {
        return Optional.empty();
    }
}
