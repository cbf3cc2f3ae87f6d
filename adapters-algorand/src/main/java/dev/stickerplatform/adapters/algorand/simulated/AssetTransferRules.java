package dev.stickerplatform.adapters.algorand.simulated;

import com.algorand.algosdk.transaction.Transaction;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AssetId;
import dev.stickerplatform.domain.model.Uint64;
import dev.stickerplatform.domain.port.Chain.AssetInfo;
import dev.stickerplatform.domain.port.Chain.AssetMove;
import dev.stickerplatform.domain.port.Chain.Holding;
import dev.stickerplatform.domain.port.Chain.OptIn;
import dev.stickerplatform.domain.port.ChainRejectedException;

/**
 * Asset transfers: opt-in (a zero transfer to oneself), plain transfers (frozen holdings cannot move, at either
 * end), clawback (the clawback address moves units out of any account, frozen or not), close-out, and freeze.
 * Amounts and holdings are uint64 as on Algorand (up to 2^64−1, held in a long's bits and compared unsigned); a
 * transfer that would take a holding past 2^64−1 is refused.
 */
final class AssetTransferRules {
    private AssetTransferRules() {
    }

    static void apply(TxnScope scope) {
        Transaction txn = scope.txn().txn();
        long id = Algo.uint(txn.xferAsset, "asset id");
        AssetInfo asset = existing(scope, id);
        Address sender = scope.txn().sender();
        Address receiver = Algo.address(txn.assetReceiver);
        long amount = Algo.uint64(txn.assetAmount, "asset amount");
        try {
            Uint64.toSigned(amount, "asset amount");
        } catch (IllegalArgumentException e) {
            scope.unfollowable = e.getMessage();
        }
        Address revocationTarget = Algo.optionalAddress(txn.assetSender);
        Address closeTo = Algo.optionalAddress(txn.assetCloseTo);
        if (revocationTarget != null) {
            if (asset.clawback() == null || !asset.clawback().equals(sender)) {
                throw new ChainRejectedException("only the clawback address of asset " + id + " may revoke it");
            }
            if (closeTo != null) {
                throw new ChainRejectedException("a clawback transfer cannot close out a holding");
            }
            move(scope, id, revocationTarget, receiver, amount, true);
            return;
        }
        if (amount == 0 && receiver.equals(sender) && closeTo == null) {
            optIn(scope, asset, sender);
            return;
        }
        move(scope, id, sender, receiver, amount, false);
        if (closeTo != null) {
            closeOut(scope, asset, sender, closeTo);
        }
    }

    static void freeze(TxnScope scope) {
        Transaction txn = scope.txn().txn();
        long id = Algo.uint(txn.assetFreezeID, "asset id");
        AssetInfo asset = existing(scope, id);
        if (asset.freeze() == null || !asset.freeze().equals(scope.txn().sender())) {
            throw new ChainRejectedException("only the freeze address of asset " + id + " may freeze it");
        }
        Address target = Algo.address(txn.freezeTarget);
        Holding holding = holding(scope, id, target);
        scope.state.putHolding(target, id, new Holding(holding.amount(), txn.freezeState));
    }

    static AssetInfo existing(TxnScope scope, long id) {
        AssetInfo asset = scope.state.asset(id);
        if (asset == null) {
            throw new ChainRejectedException("asset " + id + " does not exist");
        }
        return asset;
    }

    private static void optIn(TxnScope scope, AssetInfo asset, Address account) {
        long id = asset.id().value();
        if (scope.state.holding(account, id) != null) {
            return;
        }
        scope.state.putHolding(account, id, new Holding(0, asset.defaultFrozen()));
        AccountRecord record = scope.account(account);
        scope.put(account, record.withAssetCount(record.assetCount() + 1));
        scope.optIn = new OptIn(scope.txn().txId(), AssetId.of(id), account);
    }

    /** Zero transfers return right away, as on Algorand: they neither need nor check holdings. */
    private static void move(TxnScope scope, long id, Address from, Address to, long amount, boolean clawback) {
        if (amount == 0) {
            return;
        }
        Holding source = holding(scope, id, from);
        if (!clawback && source.frozen()) {
            throw new ChainRejectedException("asset " + id + " is frozen in " + from);
        }
        if (Long.compareUnsigned(source.amount(), amount) < 0) {
            throw new ChainRejectedException("underflow: " + from + " holds " + Long.toUnsignedString(source.amount())
                    + " of asset " + id + ", cannot send " + Long.toUnsignedString(amount));
        }
        Holding target = holding(scope, id, to);
        if (!clawback && target.frozen()) {
            throw new ChainRejectedException("asset " + id + " is frozen in receiver " + to);
        }
        scope.state.putHolding(from, id, new Holding(source.amount() - amount, source.frozen()));
        Holding current = scope.state.holding(to, id);
        long sum = current.amount() + amount;
        if (Long.compareUnsigned(sum, current.amount()) < 0) {
            // as go-algorand: a holding is a uint64, and no transfer may wrap it
            throw new ChainRejectedException("overflow: " + to + " holds " + Long.toUnsignedString(current.amount())
                    + " of asset " + id + ", cannot receive " + Long.toUnsignedString(amount));
        }
        scope.state.putHolding(to, id, new Holding(sum, current.frozen()));
        scope.assetMoves.add(new AssetMove(scope.txn().txId(), AssetId.of(id), from, to, amount));
    }

    private static void closeOut(TxnScope scope, AssetInfo asset, Address account, Address closeTo) {
        long id = asset.id().value();
        if (account.equals(asset.creator())) {
            throw new ChainRejectedException("the creator of asset " + id + " cannot close out of it");
        }
        long remainder = holding(scope, id, account).amount();
        move(scope, id, account, closeTo, remainder, false);
        scope.assetClosingAmount = remainder;
        scope.state.putHolding(account, id, null);
        AccountRecord record = scope.account(account);
        scope.put(account, record.withAssetCount(record.assetCount() - 1));
    }

    private static Holding holding(TxnScope scope, long id, Address account) {
        Holding holding = scope.state.holding(account, id);
        if (holding == null) {
            throw new ChainRejectedException("asset " + id + " missing from " + account + " (not opted in)");
        }
        return holding;
    }
}
