package dev.stickerplatform.adapters.algorand.simulated;

import com.algorand.algosdk.transaction.Transaction;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.port.Chain.StateValue;
import dev.stickerplatform.domain.port.ChainRejectedException;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Application calls: create (only programs the ledger knows), calls, and delete. The approval program decides;
 * the ledger then enforces what the AVM would (global schema) and what this ledger does not model (local state).
 */
final class AppCallRules {
    private static final int MAX_SCHEMA_ENTRIES = 64;
    private static final int MAX_ARGS = 16;
    private static final int MAX_ARG_BYTES = 2048;
    private static final int MAX_ACCOUNTS = 4;
    private static final int MAX_REFERENCES = 8;

    private AppCallRules() {
    }

    static void apply(TxnScope scope) {
        Transaction txn = scope.txn().txn();
        checkLimits(txn);
        OnCompletion onCompletion = onCompletion(txn.onCompletion);
        long appId = Algo.uint(txn.applicationId);
        if (appId == 0) {
            create(scope, txn, onCompletion);
            return;
        }
        AppRecord app = scope.state.app(appId);
        if (app == null) {
            throw new ChainRejectedException("application " + appId + " does not exist");
        }
        if (onCompletion == OnCompletion.CLEAR_STATE) {
            throw new ChainRejectedException("account " + scope.txn().sender() + " is not opted in to application "
                    + appId);
        }
        AppCallContext context = new AppCallContext(scope, app, false);
        app.program().program().approve(context);
        switch (onCompletion) {
            case NO_OP -> scope.state.putApp(appId, checkSchema(app, context.globalState()));
            case DELETE_APPLICATION -> delete(scope, app);
            case CLOSE_OUT -> throw new ChainRejectedException("account " + scope.txn().sender()
                    + " is not opted in to application " + appId);
            default -> throw new ChainRejectedException("unsupported by the simulated ledger: " + onCompletion
                    + " of application " + appId);
        }
        scope.appCall = context.result(appId);
    }

    private static void create(TxnScope scope, Transaction txn, OnCompletion onCompletion) {
        byte[] approval = txn.approvalProgram == null ? null : txn.approvalProgram.getBytes();
        byte[] clear = txn.clearStateProgram == null ? null : txn.clearStateProgram.getBytes();
        KnownProgram program = scope.programs.find(approval, clear).orElseThrow(() -> new ChainRejectedException(
                "unsupported program: the simulated ledger runs only " + scope.programs.names()));
        int uints = schemaEntries(txn.globalStateSchema == null ? null : txn.globalStateSchema.numUint);
        int bytes = schemaEntries(txn.globalStateSchema == null ? null : txn.globalStateSchema.numByteSlice);
        if (txn.localStateSchema != null && (schemaEntries(txn.localStateSchema.numUint) > 0
                || schemaEntries(txn.localStateSchema.numByteSlice) > 0)) {
            throw new ChainRejectedException("unsupported by the simulated ledger: local state");
        }
        long id = scope.state.nextId();
        scope.state.setNextId(id + 1);
        Address creator = scope.txn().sender();
        AppRecord app = new AppRecord(id, creator, program, uints, bytes, Map.of());
        AccountRecord account = scope.account(creator);
        scope.put(creator, account.withApps(account.createdApps() + 1,
                account.schemaMinBalance() + AccountRecord.schemaCost(uints, bytes)));
        AppCallContext context = new AppCallContext(scope, app, true);
        program.program().approve(context);
        if (onCompletion != OnCompletion.NO_OP) {
            throw new ChainRejectedException("unsupported by the simulated ledger: " + onCompletion + " at creation");
        }
        scope.state.putApp(id, checkSchema(app, context.globalState()));
        scope.createdApp = id;
        scope.appCall = context.result(id);
    }

    /** Deleting an app frees its creator's minimum balance; its account keeps whatever it holds. */
    private static void delete(TxnScope scope, AppRecord app) {
        scope.state.putApp(app.id(), null);
        AccountRecord creator = scope.account(app.creator());
        scope.put(app.creator(), creator.withApps(creator.createdApps() - 1,
                creator.schemaMinBalance() - AccountRecord.schemaCost(app.globalUints(), app.globalBytes())));
    }

    private static void checkLimits(Transaction txn) {
        List<byte[]> args = txn.applicationArgs == null ? List.of() : txn.applicationArgs;
        int argBytes = args.stream().mapToInt(a -> a.length).sum();
        if (args.size() > MAX_ARGS || argBytes > MAX_ARG_BYTES) {
            throw new ChainRejectedException("an application call carries at most " + MAX_ARGS + " arguments and "
                    + MAX_ARG_BYTES + " bytes of them, got " + args.size() + " and " + argBytes);
        }
        int accounts = size(txn.accounts);
        if (accounts > MAX_ACCOUNTS || accounts + size(txn.foreignApps) + size(txn.foreignAssets) > MAX_REFERENCES) {
            throw new ChainRejectedException("an application call references at most " + MAX_ACCOUNTS
                    + " accounts and " + MAX_REFERENCES + " accounts, apps and assets in all");
        }
    }

    private static int size(List<?> list) {
        return list == null ? 0 : list.size();
    }

    private static AppRecord checkSchema(AppRecord app, Map<String, StateValue> global) {
        long byteValues = global.values().stream().filter(StateValue::isBytes).count();
        long uintValues = global.size() - byteValues;
        if (uintValues > app.globalUints() || byteValues > app.globalBytes()) {
            throw new ChainRejectedException("global state of application " + AppId.of(app.id())
                    + " exceeds its schema: "
                    + uintValues + "/" + app.globalUints() + " uints, " + byteValues + "/" + app.globalBytes()
                    + " byte slices");
        }
        return app.withGlobal(global);
    }

    private static int schemaEntries(BigInteger value) {
        long entries = Algo.uint(value, "schema size");
        if (entries > MAX_SCHEMA_ENTRIES) {
            throw new ChainRejectedException("a state schema has at most " + MAX_SCHEMA_ENTRIES + " entries");
        }
        return (int) entries;
    }

    static OnCompletion onCompletion(Transaction.OnCompletion value) {
        if (value == null) {
            return OnCompletion.NO_OP;
        }
        return switch (value) {
            case NoOpOC -> OnCompletion.NO_OP;
            case OptInOC -> OnCompletion.OPT_IN;
            case CloseOutOC -> OnCompletion.CLOSE_OUT;
            case ClearStateOC -> OnCompletion.CLEAR_STATE;
            case UpdateApplicationOC -> OnCompletion.UPDATE_APPLICATION;
            case DeleteApplicationOC -> OnCompletion.DELETE_APPLICATION;
        };
    }
}
