package dev.stickerplatform.adapters.algorand.simulated;

import com.algorand.algosdk.transaction.Transaction;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.port.Chain.StateValue;
import dev.stickerplatform.domain.port.ChainRejectedException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@link AppContext} of one top-level application call, writing into the transaction's scope. */
final class AppCallContext implements AppContext {
    private static final int MAX_LOGS = 32;
    private static final int MAX_LOG_BYTES = 1024;
    private static final int MAX_INNER = 256;

    private final TxnScope scope;
    private final Transaction txn;
    private final AppRecord app;
    private final boolean creating;
    private final Map<String, StateValue> global;
    private final List<byte[]> logs = new ArrayList<>();
    private final List<InnerPayment> inner = new ArrayList<>();
    private int logBytes;

    AppCallContext(TxnScope scope, AppRecord app, boolean creating) {
        this.scope = scope;
        this.txn = scope.txn().txn();
        this.app = app;
        this.creating = creating;
        this.global = new LinkedHashMap<>(app.global());
    }

    @Override
    public long appId() {
        return creating ? 0 : app.id();
    }

    @Override
    public OnCompletion onCompletion() {
        return AppCallRules.onCompletion(txn.onCompletion);
    }

    @Override
    public Address sender() {
        return scope.txn().sender();
    }

    @Override
    public Address rekeyTo() {
        return scope.txn().rekeyTo();
    }

    @Override
    public List<byte[]> args() {
        return txn.applicationArgs == null ? List.of() : List.copyOf(txn.applicationArgs);
    }

    @Override
    public List<Address> accounts() {
        return txn.accounts == null ? List.of() : txn.accounts.stream().map(Algo::address).toList();
    }

    @Override
    public int groupIndex() {
        return scope.index;
    }

    @Override
    public int groupSize() {
        return scope.group.size();
    }

    @Override
    public GroupTxn groupTxn(int index) {
        if (index < 0 || index >= scope.group.size()) {
            throw new AppRejectedException("PANIC: group index " + index + " out of range");
        }
        DecodedTxn member = scope.group.get(index);
        Transaction t = member.txn();
        boolean payment = t.type == Transaction.Type.Payment;
        return new GroupTxn(t.type.toValue(), member.sender(),
                payment ? Algo.address(t.receiver) : Address.ZERO,
                payment ? Algo.uint(t.amount, "amount") : 0,
                payment ? Algo.address(t.closeRemainderTo) : Address.ZERO, member.rekeyTo());
    }

    @Override
    public long callerApplicationId() {
        return 0;   // the ledger runs no app-to-app calls, so every call it evaluates is top level
    }

    @Override
    public Address currentApplicationAddress() {
        return app.address();
    }

    @Override
    public Optional<StateValue> global(String key) {
        return Optional.ofNullable(global.get(key));
    }

    @Override
    public void putGlobal(String key, StateValue value) {
        global.put(key, value);
    }

    @Override
    public boolean isAvailable(Address account) {
        if (account.equals(sender()) || account.equals(app.address()) || accounts().contains(account)) {
            return true;
        }
        return txn.foreignApps != null
                && txn.foreignApps.stream().anyMatch(id -> AppId.of(id).address().equals(account));
    }

    @Override
    public long balance(Address account) {
        if (!isAvailable(account)) {
            throw new AppRejectedException("UNAVAILABLE_ACCOUNT");
        }
        return scope.account(account).balance();
    }

    @Override
    public void innerPayment(Address receiver, long amount, long fee, Address closeRemainderTo) {
        if (!isAvailable(receiver) || closeRemainderTo != null && !isAvailable(closeRemainderTo)) {
            throw new AppRejectedException("UNAVAILABLE_ACCOUNT");
        }
        if (inner.size() >= MAX_INNER) {
            throw new ChainRejectedException("logic eval error: too many inner transactions");
        }
        if (fee < scope.minFee) {
            scope.feeCredit.consume(scope.minFee - fee);
        }
        scope.debit(app.address(), Math.addExact(amount, fee));
        scope.credit(receiver, amount);
        if (closeRemainderTo != null) {
            PaymentRules.close(scope, app.address(), closeRemainderTo);
        }
        inner.add(new InnerPayment(app.address(), receiver, amount, fee, closeRemainderTo));
    }

    @Override
    public void log(byte[] entry) {
        if (logs.size() >= MAX_LOGS || logBytes + entry.length > MAX_LOG_BYTES) {
            throw new ChainRejectedException("logic eval error: logs exceed " + MAX_LOGS + " entries or "
                    + MAX_LOG_BYTES + " bytes");
        }
        logs.add(entry.clone());
        logBytes += entry.length;
    }

    Map<String, StateValue> globalState() {
        return global;
    }

    AppCallResult result(long appId) {
        return new AppCallResult(scope.txn().txId(), AppId.of(appId), sender(), logs, inner);
    }
}
