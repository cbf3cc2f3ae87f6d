package dev.stickerplatform.adapters.kms;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.MultisigAccount;
import dev.stickerplatform.domain.port.Signer;
import dev.stickerplatform.domain.port.SignerUnavailableException;
import java.util.Objects;

/**
 * The signer of a role whose account is a k-of-n multisig held by approvers: it names the account (so apps and
 * payments can be addressed to it) but never signs; its transactions go through approvals instead.
 */
final class MultisigAccountSigner implements Signer {
    private final MultisigAccount account;

    MultisigAccountSigner(MultisigAccount account) {
        this.account = Objects.requireNonNull(account, "account");
    }

    @Override
    public Address address() {
        return account.address();
    }

    @Override
    public byte[] sign(byte[] bytesToSign) {
        throw new SignerUnavailableException("this account is a " + account + ": its transactions need the "
                + "members' signatures (approvals), the platform cannot sign for it alone");
    }

    @Override
    public String toString() {
        return "MultisigAccountSigner[" + account + "]";
    }
}
