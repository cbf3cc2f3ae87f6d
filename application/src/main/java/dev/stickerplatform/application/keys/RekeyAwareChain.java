package dev.stickerplatform.application.keys;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.ChainWrite;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.ForwardingChain;
import dev.stickerplatform.domain.port.NotAuthorizedException;
import dev.stickerplatform.domain.port.SignerRole;
import dev.stickerplatform.domain.port.Signers;
import dev.stickerplatform.domain.port.SwitchingSigner;

/**
 * Keeps the platform's writes going through a key rotation. When the chain refuses a write with
 * {@link NotAuthorizedException} — it was signed by one of a role's keys, and the role's account is now rekeyed to
 * the role's other key — the role's {@link SwitchingSigner} switches to the authorized key at once (the chain's
 * answer is the earliest news of the rekey) and the write is re-signed under the same txid and submitted again.
 * A refused write is therefore never stuck until it expires, and since its txid is unchanged it can still confirm
 * only once. Refusals naming a key the platform does not hold pass through unchanged.
 */
public final class RekeyAwareChain extends ForwardingChain {
    private static final System.Logger LOG = System.getLogger(RekeyAwareChain.class.getName());
    private final Signers signers;

    public RekeyAwareChain(Chain chain, Signers signers) {
        super(chain);
        this.signers = signers;
    }

    @Override
    public void submit(ChainWrite write) {
        try {
            delegate().submit(write);
        } catch (NotAuthorizedException refused) {
            delegate().submit(resigned(write, refused));
        }
    }

    /** The write signed by the role key the chain authorizes; rethrows {@code refused} when no role holds it. */
    private ChainWrite resigned(ChainWrite write, NotAuthorizedException refused) {
        for (SignerRole role : SignerRole.values()) {
            if (signers.forRole(role) instanceof SwitchingSigner signer && signer.keys().contains(refused.signedBy())
                    && signer.keys().contains(refused.authorized())) {
                Address before = signer.authAddress();
                signer.use(refused.authorized());
                ChainWrite resigned;
                try {
                    resigned = delegate().resign(write, signer);
                } catch (IllegalArgumentException anotherAccount) {
                    signer.use(before);
                    continue;
                }
                if (!before.equals(refused.authorized())) {
                    LOG.log(System.Logger.Level.INFO, "{0} now signs for {1} with key {2}: the chain refused key {3}",
                            role, signer.address(), refused.authorized(), refused.signedBy());
                }
                LOG.log(System.Logger.Level.INFO, "{0}: write {1} was signed by the key before the rekey; re-signed"
                        + " with {2}", role, write.txId(), refused.authorized());
                return resigned;
            }
        }
        throw refused;
    }
}
