package dev.stickerplatform.adapters.algorand.simulated;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.port.ChainRejectedException;
import dev.stickerplatform.domain.port.NotAuthorizedException;

/**
 * Applies one top-level transaction, in go-algorand's order: authorization against the account's current auth
 * address, fee, rekey, the type's own effects, then minimum balances of every account it touched.
 */
final class TxnApplier {
    private TxnApplier() {
    }

    static TxnEffects apply(TxnScope scope) {
        DecodedTxn txn = scope.txn();
        Address sender = txn.sender();
        AccountRecord account = scope.account(sender);
        Address authorized = account.authAddr() == null ? sender : account.authAddr();
        if (!authorized.equals(txn.signer())) {
            throw new NotAuthorizedException("not authorized: account " + sender + " must be signed by "
                    + authorized + " but transaction " + txn.txId() + " was signed by " + txn.signer(), authorized,
                    txn.signer());
        }
        scope.debit(sender, txn.fee());
        if (!txn.rekeyTo().equals(Address.ZERO)) {
            Address newAuth = txn.rekeyTo().equals(sender) ? null : txn.rekeyTo();
            scope.put(sender, scope.account(sender).withAuthAddr(newAuth));
        }
        switch (txn.txn().type) {
            case Payment -> PaymentRules.apply(scope);
            case AssetConfig -> AssetConfigRules.apply(scope);
            case AssetTransfer -> AssetTransferRules.apply(scope);
            case AssetFreeze -> AssetTransferRules.freeze(scope);
            case ApplicationCall -> AppCallRules.apply(scope);
            default -> throw new ChainRejectedException("unsupported transaction type: " + txn.typeName());
        }
        scope.checkMinBalances();
        return scope.effects();
    }
}
