package dev.stickerplatform.adapters.algorand.devnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.algorand.algosdk.abi.ABIType;
import com.algorand.algosdk.abi.Method;
import com.algorand.algosdk.account.Account;
import com.algorand.algosdk.crypto.Address;
import com.algorand.algosdk.transaction.SignedTransaction;
import com.algorand.algosdk.transaction.Transaction;
import com.algorand.algosdk.transaction.TxGroup;
import com.algorand.algosdk.util.Encoder;
import com.algorand.algosdk.v2.client.Utils;
import com.algorand.algosdk.v2.client.common.AlgodClient;
import com.algorand.algosdk.v2.client.common.Response;
import com.algorand.algosdk.v2.client.model.BlockResponse;
import com.algorand.algosdk.v2.client.model.PendingTransactionResponse;
import com.algorand.algosdk.v2.client.model.TransactionParametersResponse;
import dev.stickerplatform.adapters.algorand.simulated.KnownProgram;
import dev.stickerplatform.adapters.algorand.tipproxy.TipProxyAbi;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.port.Chain.StateValue;
import dev.stickerplatform.domain.port.TestKeys;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clients that are not ours talk to {@code devnet} directly: algosdk's Java client (its own AlgodClient, builders,
 * waitForConfirmation and block decoding) and the {@code algosdk} npm package (from the contracts module's
 * node_modules). Each funds an account from the dispenser, pays, creates an ASA, opts in and receives it, tips
 * through a TipProxy (version 2, with a platform fee) and reads the block back.
 */
class OutsideClientsTest {
    private static final long FEE_FLOOR = 102_000;

    @TempDir
    Path data;
    private Devnet devnet;
    private AlgodClient algod;
    private AppId app;
    private final dev.stickerplatform.domain.model.Address creator = TestKeys.newAddress();
    private final dev.stickerplatform.domain.model.Address treasury = TestKeys.newAddress();

    @BeforeEach
    void start() throws Exception {
        devnet = Devnet.start(Devnet.Options.defaults(data).withPort(0).withBlockTime(Duration.ZERO));
        algod = new AlgodClient("http://127.0.0.1", devnet.port(), Devnet.TOKEN);
        // a TipProxy as the platform deploys it (version 2: 2.5 % fee, floor 0.102 ALGO, to the treasury)
        dev.stickerplatform.domain.model.Address platform = TestKeys.newAddress();
        Map<String, StateValue> state = Map.of(
                TipProxyAbi.CREATOR_ADDRESS, StateValue.ofBytes(creator.publicKey()),
                TipProxyAbi.PLATFORM_ADDRESS, StateValue.ofBytes(platform.publicKey()),
                TipProxyAbi.TREASURY_ADDRESS, StateValue.ofBytes(treasury.publicKey()),
                TipProxyAbi.MIN_TIP_AMOUNT, StateValue.ofUint(1_000_000),
                TipProxyAbi.FEE_BPS, StateValue.ofUint(250), TipProxyAbi.FEE_FLOOR, StateValue.ofUint(FEE_FLOOR),
                TipProxyAbi.TOTAL_TIPS, StateValue.ofUint(0), TipProxyAbi.TOTAL_AMOUNT, StateValue.ofUint(0),
                TipProxyAbi.CONTRACT_VERSION, StateValue.ofUint(TipProxyAbi.CONTRACT_VERSION_2),
                TipProxyAbi.PAUSED, StateValue.ofUint(0));
        devnet.node().fund(platform, 10_000_000);
        app = devnet.node().ledger().installApp(KnownProgram.tipProxy(AlgodNode.compiledTipProxy()), platform,
                TipProxyAbi.GLOBAL_UINTS, TipProxyAbi.GLOBAL_BYTES, state);
        devnet.node().fund(app.address(), 100_000);
        devnet.node().fund(treasury, 1_000_000);
    }

    @AfterEach
    void stop() {
        devnet.close();
    }

    @Test
    void algosdksJavaClientFundsPaysMintsOptsInTipsAndReadsBlocks() throws Exception {
        Account dispenser = new Account(devnet.dispenserMnemonic());
        Account fan = new Account();
        assertThat(algod.GetStatus().execute().body().lastRound).isNotNull();

        PendingTransactionResponse funded = send(dispenser, Transaction.PaymentTransactionBuilder()
                .sender(dispenser.getAddress()).receiver(fan.getAddress()).amount(20_000_000L)
                .suggestedParams(params()).build());
        assertThat(funded.confirmedRound).isPositive();
        send(fan, Transaction.PaymentTransactionBuilder().sender(fan.getAddress())
                .receiver(dispenser.getAddress()).amount(1_000_000L).suggestedParams(params()).build());

        PendingTransactionResponse created = send(dispenser, Transaction.AssetCreateTransactionBuilder()
                .sender(dispenser.getAddress()).assetTotal(10L).assetDecimals(0).assetUnitName("OUT")
                .assetName("outside").manager(dispenser.getAddress()).defaultFrozen(false)
                .suggestedParams(params()).build());
        long asset = created.assetIndex;
        send(fan, Transaction.AssetAcceptTransactionBuilder().acceptingAccount(fan.getAddress()).assetIndex(asset)
                .suggestedParams(params()).build());
        send(dispenser, Transaction.AssetTransferTransactionBuilder().sender(dispenser.getAddress())
                .assetReceiver(fan.getAddress()).assetAmount(1L).assetIndex(asset).suggestedParams(params()).build());
        assertThat(algod.AccountAssetInformation(fan.getAddress(), asset).execute().body().assetHolding.amount)
                .isEqualTo(1);

        TransactionParametersResponse sp = params();
        Transaction pay = Transaction.PaymentTransactionBuilder().sender(fan.getAddress())
                .receiver(new Address(app.address().publicKey())).amount(3_000_000L).firstValid(sp.lastRound)
                .lastValid(sp.lastRound + 1000).genesisHash(sp.genesisHash).genesisID(sp.genesisId).flatFee(4_000L)
                .build();
        Transaction call = Transaction.ApplicationCallTransactionBuilder().sender(fan.getAddress())
                .applicationId(app.value()).firstValid(sp.lastRound).lastValid(sp.lastRound + 1000)
                .genesisHash(sp.genesisHash).genesisID(sp.genesisId).flatFee(4_000L)
                .args(List.of(new Method("tip(pay,string)void").getSelector(),
                        ABIType.valueOf("string").encode("from java")))
                .accounts(List.of(new Address(creator.publicKey()), new Address(treasury.publicKey()))).build();
        TxGroup.assignGroupID(pay, call);
        ByteArrayOutputStream group = new ByteArrayOutputStream();
        group.writeBytes(Encoder.encodeToMsgPack(fan.signTransaction(pay)));
        group.writeBytes(Encoder.encodeToMsgPack(fan.signTransaction(call)));
        assertThat(algod.RawTransaction().rawtxn(group.toByteArray()).execute().isSuccessful()).isTrue();
        PendingTransactionResponse tipped = Utils.waitForConfirmation(algod, call.txID(), 10);
        assertThat(tipped.logs).hasSize(1);
        assertThat(devnet.node().ledger().account(creator).balance())
                .isEqualTo(MicroAlgos.of(3_000_000 - FEE_FLOOR));

        Response<BlockResponse> block = algod.GetBlock(tipped.confirmedRound).execute();
        assertThat(block.isSuccessful()).as(block.message()).isTrue();
        assertThat(((Number) block.body().block.get("rnd")).longValue()).isEqualTo(tipped.confirmedRound);
        assertThat((List<?>) block.body().block.get("txns")).hasSize(2);
        assertThat(algod.GetBlockTxids(tipped.confirmedRound).execute().body().blockTxids)
                .containsExactly(pay.txID(), call.txID());
        assertThat(algod.AccountInformation(fan.getAddress()).execute().body().assets).hasSize(1);
    }

    @Test
    void theAlgosdkNpmPackageDoesTheSame() throws Exception {
        Path contracts = Path.of("..", "contracts").toAbsolutePath().normalize();
        boolean installed = Files.isDirectory(contracts.resolve("node_modules").resolve("algosdk"));
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        if (!installed) {
            assertThat(ci).as("CI runs the contracts module's npm ci before this module's tests").isFalse();
            assumeTrue(false, "contracts/node_modules has no algosdk (run the contracts build): test skipped");
        }
        Path script = Path.of(getClass().getResource("/devnet/outside-client.cjs").toURI());
        ProcessBuilder builder = new ProcessBuilder("node", script.toString(), devnet.url().toString(), Devnet.TOKEN,
                devnet.dispenserMnemonic(), Long.toString(app.value()), creator.value(), treasury.value());
        builder.environment().put("CONTRACTS_DIR", contracts.toString());
        builder.redirectErrorStream(true);
        Process node = builder.start();
        String printed = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(node.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(node.exitValue()).as(printed).isZero();
        assertThat(printed).contains("\"holding\":1").contains("\"tipLogs\":1").contains("\"blockTxns\":2")
                .contains("\"assets\":1");
        assertThat(devnet.node().ledger().account(creator).balance())
                .isEqualTo(MicroAlgos.of(3_000_000 - FEE_FLOOR));
    }

    private TransactionParametersResponse params() throws Exception {
        return algod.TransactionParams().execute().body();
    }

    private PendingTransactionResponse send(Account signer, Transaction txn) throws Exception {
        SignedTransaction signed = signer.signTransaction(txn);
        Response<?> posted = algod.RawTransaction().rawtxn(Encoder.encodeToMsgPack(signed)).execute();
        assertThat(posted.isSuccessful()).as(posted.message()).isTrue();
        return Utils.waitForConfirmation(algod, txn.txID(), 10);
    }
}
