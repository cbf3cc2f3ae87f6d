package dev.stickerplatform.adapters.algorand.simulated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.algorand.algosdk.account.Account;
import com.algorand.algosdk.builder.transaction.ApplicationBaseTransactionBuilder;
import com.algorand.algosdk.crypto.TEALProgram;
import com.algorand.algosdk.logic.StateSchema;
import com.algorand.algosdk.transaction.Transaction;
import com.fasterxml.jackson.databind.JsonNode;
import dev.stickerplatform.adapters.algorand.tipproxy.TipProxyAbi;
import dev.stickerplatform.adapters.algorand.tipproxy.TipProxyPrograms;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.Chain.StateValue;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs one vector against a fresh {@link SimulatedLedger}: accounts from their seeds, the starting app installed
 * as the README describes, the group built and signed with algosdk, then the expectation checked.
 */
final class TipProxyVectorRunner {
    private static final HexFormat HEX = HexFormat.of();

    /** The program a vector set is written for: its TEAL, its Java model and its global schema. */
    enum Program {
        CURRENT(TipProxyPrograms.tealSources(), TipProxyAbi.GLOBAL_UINTS, TipProxyAbi.GLOBAL_BYTES),
        VERSION_1(TipProxyPrograms.tealSourcesVersion1(), TipProxyAbi.GLOBAL_UINTS_VERSION_1,
                TipProxyAbi.GLOBAL_BYTES_VERSION_1);

        private final TipProxyPrograms programs;
        private final int uints;
        private final int bytes;

        Program(TipProxyPrograms programs, int uints, int bytes) {
            this.programs = programs;
            this.uints = uints;
            this.bytes = bytes;
        }

        KnownProgram known() {
            return this == CURRENT ? KnownProgram.tipProxy(programs) : KnownProgram.tipProxyVersion1(programs);
        }
    }

    private final JsonNode vector;
    private final Program program;
    private final LedgerKit kit = new LedgerKit();
    private final Map<String, Account> accounts = new LinkedHashMap<>();
    private AppId app;

    TipProxyVectorRunner(JsonNode vector, Program program) {
        this.vector = vector;
        this.program = program;
    }

    void run() {
        try (kit) {
            vector.get("accounts").properties().forEach(entry -> {
                Account account = LedgerKit.accountFromSeed(HEX.parseHex(entry.getValue().get("seed").asText()));
                accounts.put(entry.getKey(), account);
                kit.ledger.fund(LedgerKit.address(account), MicroAlgos.of(entry.getValue().get("balance").asLong()));
            });
            JsonNode appSpec = vector.get("app");
            if (appSpec != null && !appSpec.isNull()) {
                installApp(appSpec);
            }
            List<Transaction> txns = new ArrayList<>();
            vector.get("group").forEach(txn -> txns.add(build(txn)));
            if (txns.size() > 1) {
                LedgerKit.group(txns.toArray(Transaction[]::new));
            }
            byte[][] signed = new byte[txns.size()][];
            for (int i = 0; i < txns.size(); i++) {
                signed[i] = LedgerKit.sign(accounts.get(vector.get("group").get(i).get("sender").asText()), txns.get(i));
            }
            check(signed);
        }
    }

    private void check(byte[][] signed) {
        JsonNode expect = vector.get("expect");
        if (!expect.get("approved").asBoolean()) {
            Throwable thrown = catchThrowable(() -> kit.submit(signed));
            assertThat(thrown).as("the group must be rejected by the program").isInstanceOf(AppRejectedException.class);
            assertThat(((AppRejectedException) thrown).reasonClass()).isEqualTo(expect.get("reason").asText());
            return;
        }
        List<TxId> txIds = new ArrayList<>();
        assertThatCode(() -> txIds.addAll(kit.submit(signed))).as("the group must be accepted").doesNotThrowAnyException();
        kit.ledger.produceBlock();
        List<String> logs = new ArrayList<>();
        List<InnerPayment> inner = new ArrayList<>();
        for (int i = 0; i < txIds.size(); i++) {
            TxConfirmation confirmation = kit.ledger.confirmation(txIds.get(i)).orElseThrow();
            if (confirmation.createdApp() != null) {
                app = confirmation.createdApp();
            }
            kit.ledger.appCall(txIds.get(i)).ifPresent(call -> {
                call.logs().forEach(log -> logs.add(HEX.formatHex(log)));
                inner.addAll(call.innerPayments());
            });
        }
        assertThat(logs).as("logs").isEqualTo(texts(expect.get("logs")));
        assertThat(inner).as("inner payments").isEqualTo(expectedInner(expect.get("innerPayments")));
        expect.path("balances").properties().forEach(balance -> assertThat(
                kit.ledger.account(resolve(balance.getKey())).balance().value())
                .as("balance of " + balance.getKey()).isEqualTo(balance.getValue().asLong()));
        JsonNode globalState = expect.get("globalState");
        if (globalState.isNull()) {
            assertThat(kit.ledger.appGlobalState(app)).as("the app is deleted").isEmpty();
        } else {
            assertThat(render(kit.ledger.appGlobalState(app).orElseThrow())).as("global state")
                    .isEqualTo(expectedState(globalState));
        }
    }

    /** The state the app's create call leaves (version 2 and version 1 differ), then the starting values. */
    private void installApp(JsonNode spec) {
        Map<String, StateValue> global = new LinkedHashMap<>();
        global.put(TipProxyAbi.CREATOR_ADDRESS, StateValue.ofBytes(resolve(spec.get("creator").asText()).publicKey()));
        global.put(TipProxyAbi.PLATFORM_ADDRESS, StateValue.ofBytes(resolve(spec.get("platform").asText()).publicKey()));
        global.put(TipProxyAbi.MIN_TIP_AMOUNT, StateValue.ofUint(spec.get("minTip").asLong()));
        global.put(TipProxyAbi.TOTAL_TIPS, StateValue.ofUint(spec.get("totalTips").asLong()));
        global.put(TipProxyAbi.TOTAL_AMOUNT, StateValue.ofUint(spec.get("totalAmount").asLong()));
        global.put(TipProxyAbi.PAUSED, StateValue.ofUint(spec.get("paused").asBoolean() ? 1 : 0));
        if (program == Program.CURRENT) {
            global.put(TipProxyAbi.TREASURY_ADDRESS,
                    StateValue.ofBytes(resolve(spec.get("treasury").asText()).publicKey()));
            global.put(TipProxyAbi.FEE_BPS, StateValue.ofUint(spec.get("feeBps").asLong()));
            global.put(TipProxyAbi.FEE_FLOOR, StateValue.ofUint(spec.get("feeFloor").asLong()));
            global.put(TipProxyAbi.CONTRACT_VERSION, StateValue.ofUint(TipProxyAbi.CONTRACT_VERSION_2));
        } else {
            global.put(TipProxyAbi.CONTRACT_VERSION, StateValue.ofUint(spec.get("version").asLong()));
        }
        app = kit.ledger.installApp(program.known(), resolve(spec.get("platform").asText()), program.uints,
                program.bytes, global);
        kit.ledger.fund(app.address(), MicroAlgos.of(spec.get("balance").asLong()));
    }

    private Transaction build(JsonNode txn) {
        Account sender = accounts.get(txn.get("sender").asText());
        return switch (txn.get("type").asText()) {
            case "pay" -> {
                var builder = kit.params(Transaction.PaymentTransactionBuilder(), sender)
                        .receiver(LedgerKit.algo(resolve(txn.get("receiver").asText())))
                        .amount(txn.get("amount").asLong());
                if (!txn.path("closeRemainderTo").isNull() && !txn.path("closeRemainderTo").isMissingNode()) {
                    builder.closeRemainderTo(LedgerKit.algo(resolve(txn.get("closeRemainderTo").asText())));
                }
                yield common(builder, txn);
            }
            case "appl" -> applicationCall(sender, txn);
            default -> throw new IllegalArgumentException("unknown transaction type " + txn.get("type"));
        };
    }

    private Transaction applicationCall(Account sender, JsonNode txn) {
        boolean create = txn.path("create").asBoolean(false);
        ApplicationBaseTransactionBuilder<?> builder = create ? createBuilder(txn) : switch (txn.get("onCompletion").asText()) {
            case "NoOp" -> Transaction.ApplicationCallTransactionBuilder();
            case "OptIn" -> Transaction.ApplicationOptInTransactionBuilder();
            case "CloseOut" -> Transaction.ApplicationCloseTransactionBuilder();
            case "ClearState" -> Transaction.ApplicationClearTransactionBuilder();
            case "UpdateApplication" -> Transaction.ApplicationUpdateTransactionBuilder()
                    .approvalProgram(new TEALProgram(program.programs.approval()))
                    .clearStateProgram(new TEALProgram(program.programs.clear()));
            case "DeleteApplication" -> Transaction.ApplicationDeleteTransactionBuilder();
            default -> throw new IllegalArgumentException("unknown onCompletion " + txn.get("onCompletion"));
        };
        kit.params(builder, sender);
        if (!create) {
            builder.applicationId(app.value());
        }
        List<byte[]> args = new ArrayList<>();
        txn.path("args").forEach(arg -> args.add(encodeArg(arg)));
        builder.args(args);
        List<com.algorand.algosdk.crypto.Address> foreign = new ArrayList<>();
        txn.path("accounts").forEach(name -> foreign.add(LedgerKit.algo(resolve(name.asText()))));
        builder.accounts(foreign);
        return common(builder, txn);
    }

    private ApplicationBaseTransactionBuilder<?> createBuilder(JsonNode txn) {
        if (!"NoOp".equals(txn.get("onCompletion").asText())) {
            throw new IllegalArgumentException("algosdk creates apps with NoOp or OptIn only");
        }
        return Transaction.ApplicationCreateTransactionBuilder()
                .approvalProgram(new TEALProgram(program.programs.approval()))
                .clearStateProgram(new TEALProgram(program.programs.clear()))
                .globalStateSchema(new StateSchema(program.uints, program.bytes))
                .localStateSchema(new StateSchema(0, 0));
    }

    private Transaction common(com.algorand.algosdk.builder.transaction.TransactionBuilder<?> builder, JsonNode txn) {
        builder.flatFee(txn.get("fee").asLong());
        if (!txn.path("rekeyTo").isNull() && !txn.path("rekeyTo").isMissingNode()) {
            builder.rekey(LedgerKit.algo(resolve(txn.get("rekeyTo").asText())));
        }
        return builder.build();
    }

    private byte[] encodeArg(JsonNode arg) {
        var field = arg.properties().iterator().next();
        String value = field.getValue().asText();
        return switch (field.getKey()) {
            case "method" -> TipProxyAbi.selector(value);
            case "string" -> TipProxyAbi.string(value);
            case "uint64" -> TipProxyAbi.uint64(field.getValue().asLong());
            case "address" -> resolve(value).publicKey();
            case "hex" -> HEX.parseHex(value);
            default -> throw new IllegalArgumentException("unknown arg encoding " + field.getKey());
        };
    }

    private Address resolve(String name) {
        if ("app".equals(name)) {
            return app.address();
        }
        Account account = accounts.get(name);
        if (account == null) {
            throw new IllegalArgumentException("unknown account " + name);
        }
        return LedgerKit.address(account);
    }

    private List<InnerPayment> expectedInner(JsonNode payments) {
        List<InnerPayment> expected = new ArrayList<>();
        payments.forEach(p -> expected.add(new InnerPayment(app.address(), resolve(p.get("receiver").asText()),
                p.get("amount").asLong(), p.get("fee").asLong(),
                p.path("closeRemainderTo").isTextual() ? resolve(p.get("closeRemainderTo").asText()) : null)));
        return expected;
    }

    private Map<String, String> expectedState(JsonNode state) {
        Map<String, String> expected = new java.util.TreeMap<>();
        state.properties().forEach(e -> {
            JsonNode value = e.getValue();
            String rendered = value.isNumber() ? "uint:" + value.asLong()
                    : value.has("account") ? "bytes:" + HEX.formatHex(resolve(value.get("account").asText()).publicKey())
                    : "bytes:" + value.get("hex").asText().toLowerCase(java.util.Locale.ROOT);
            expected.put(e.getKey(), rendered);
        });
        return expected;
    }

    private static Map<String, String> render(Map<String, StateValue> state) {
        Map<String, String> rendered = new java.util.TreeMap<>();
        state.forEach((key, value) -> rendered.put(key,
                value.isBytes() ? "bytes:" + HEX.formatHex(value.bytes()) : "uint:" + value.uint()));
        return rendered;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText().toLowerCase(java.util.Locale.ROOT)));
        return texts;
    }
}
