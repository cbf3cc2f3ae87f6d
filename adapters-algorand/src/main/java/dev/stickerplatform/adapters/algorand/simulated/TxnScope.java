package dev.stickerplatform.adapters.algorand.simulated;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.port.Chain.AssetMove;
import dev.stickerplatform.domain.port.Chain.OptIn;
import dev.stickerplatform.domain.port.ChainRejectedException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One top-level transaction being applied to a group's overlay: balance moves that remember which accounts they
 * touched (so minimum balances are checked once, after the transaction, as on Algorand) and the effects to record.
 */
final class TxnScope {
    final StateOverlay state;
    final List<DecodedTxn> group;
    final int index;
    final FeeCredit feeCredit;
    final long minFee;
    final ProgramRegistry programs;
    private final Set<Address> touched = new LinkedHashSet<>();
    long createdApp;
    long createdAsset;
    AppCallResult appCall;
    OptIn optIn;
    /** Units of assets this transaction moved between accounts (transfer, clawback, close-out remainder). */
    final List<AssetMove> assetMoves = new java.util.ArrayList<>(1);
    String unfollowable;
    /** The units a close-out moved to its close-to account ({@code aca} in the block's apply data), else 0. */
    long assetClosingAmount;

    TxnScope(StateOverlay state, List<DecodedTxn> group, int index, FeeCredit feeCredit, long minFee,
             ProgramRegistry programs) {
        this.state = state;
        this.group = group;
        this.index = index;
        this.feeCredit = feeCredit;
        this.minFee = minFee;
        this.programs = programs;
    }

    DecodedTxn txn() {
        return group.get(index);
    }

    AccountRecord account(Address address) {
        return state.account(address);
    }

    void put(Address address, AccountRecord account) {
        touched.add(address);
        state.putAccount(address, account);
    }

    void debit(Address address, long amount) {
        AccountRecord account = account(address);
        if (account.balance() < amount) {
            throw new ChainRejectedException("overspend: account " + address + " balance " + account.balance()
                    + " µALGO, tried to spend " + amount + " µALGO");
        }
        put(address, account.withBalance(account.balance() - amount));
    }

    void credit(Address address, long amount) {
        AccountRecord account = account(address);
        put(address, account.withBalance(Math.addExact(account.balance(), amount)));
    }

    /** Every touched account must keep its minimum balance unless it was emptied (then it is deleted). */
    void checkMinBalances() {
        for (Address address : touched) {
            AccountRecord account = account(address);
            if (!account.isEmpty() && account.balance() < account.minBalance()) {
                String prefix = address.equals(txn().sender()) ? "overspend: account " : "account ";
                throw new ChainRejectedException(prefix + address + " balance " + account.balance()
                        + " µALGO below min balance " + account.minBalance() + " µALGO");
            }
        }
    }

    TxnEffects effects() {
        TxnEffects.Paid paid = txn().typeName().equals("pay") ? new TxnEffects.Paid(txn().sender(),
                Algo.address(txn().txn().receiver), Algo.uint(txn().txn().amount, "amount"),
                txn().txn().note) : null;
        return new TxnEffects(txn().txId(), createdApp, createdAsset, appCall, optIn, unfollowable, paid,
                assetMoves, assetClosingAmount);
    }
}
