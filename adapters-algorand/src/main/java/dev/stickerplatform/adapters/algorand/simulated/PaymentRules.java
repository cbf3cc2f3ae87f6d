package dev.stickerplatform.adapters.algorand.simulated;

import com.algorand.algosdk.transaction.Transaction;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.port.ChainRejectedException;

/** ALGO payments, including close-remainder-to (which empties and so deletes the sender's account). */
final class PaymentRules {
    private PaymentRules() {
    }

    static void apply(TxnScope scope) {
        Transaction txn = scope.txn().txn();
        Address sender = scope.txn().sender();
        long amount = Algo.uint(txn.amount, "amount");
        scope.debit(sender, amount);
        scope.credit(Algo.address(txn.receiver), amount);
        Address closeTo = Algo.optionalAddress(txn.closeRemainderTo);
        if (closeTo != null) {
            close(scope, sender, closeTo);
        }
    }

    /** Moves what is left in {@code sender} to {@code closeTo} and deletes the account. */
    static void close(TxnScope scope, Address sender, Address closeTo) {
        if (closeTo.equals(sender)) {
            throw new ChainRejectedException("cannot close account " + sender + " to itself");
        }
        AccountRecord account = scope.account(sender);
        if (account.assetCount() > 0 || account.createdApps() > 0) {
            throw new ChainRejectedException("cannot close account " + sender + ": it still holds "
                    + account.assetCount() + " asset(s) and " + account.createdApps() + " app(s)");
        }
        scope.put(sender, AccountRecord.EMPTY);
        scope.credit(closeTo, account.balance());
    }
}
