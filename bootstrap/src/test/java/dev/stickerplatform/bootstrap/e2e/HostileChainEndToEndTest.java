package dev.stickerplatform.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.algorand.algosdk.crypto.Digest;
import com.algorand.algosdk.transaction.Transaction;
import com.algorand.algosdk.transaction.TxGroup;
import com.algorand.algosdk.util.Encoder;
import com.fasterxml.jackson.databind.JsonNode;
import dev.stickerplatform.adapters.algorand.AlgodTestNode;
import dev.stickerplatform.adapters.algorand.DevWallet;
import dev.stickerplatform.adapters.algorand.tipproxy.TipProxyAbi;
import dev.stickerplatform.bootstrap.wiring.Platform;
import dev.stickerplatform.bootstrap.config.PlatformConfig;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.AssetId;
import dev.stickerplatform.domain.model.ChainWrite;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.ForwardingChain;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 13's acceptance: in one atomic group, a fan's tip whose memo is not UTF-8 and an asset transfer of 2^63 units
 * of an ASA whose total is 2^64−1 (both valid on Algorand). The listener passes the round, the tip gets its sticker
 * and shows its memo escaped, the transfer is listed as skipped, readiness stays 200 — on the simulated ledger, and
 * with every block read through algod's API (the algod double over the same ledger).
 */
class HostileChainEndToEndTest {
    /** How long a wait for an answer may take. */
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final BigInteger TWO_TO_63 = BigInteger.ONE.shiftLeft(63);
    private static final BigInteger MAX_UINT64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
    private final DevWallet admin = DevWallet.generate();
    private Platform platform;
    private AlgodTestNode algod;
    private Api api;

    @AfterEach
    void stop() {
        if (algod != null) {
            algod.close();
        }
        platform.close();
    }

    @Test
    void onTheSimulatedLedger() {
        start(false);
        theTipBesideA2To63TransferGetsItsStickerAndTheTransferIsListed();
    }

    @Test
    void throughAlgodsApi() {
        start(true);
        theTipBesideA2To63TransferGetsItsStickerAndTheTransferIsListed();
        assertThat(algod.requests()).as("blocks were read through the algod double").isPositive();
    }

    private void theTipBesideA2To63TransferGetsItsStickerAndTheTransferIsListed() {
        DevWallet creator = DevWallet.generate();
        Api.Reply registered = api.as(creator).post("/creator/register",
                Map.of("walletAddress", creator.address().value(), "minTipAlgo", "1"));
        assertThat(registered.status()).as(registered.body().toString()).isEqualTo(201);
        AppId app = AppId.of(registered.body().get("appId").asLong());
        assertThat(api.as(creator).upload("/creator/" + creator.address() + "/sticker-template",
                Map.of("name", "Thanks", "sticker_type", "soulbound", "category", "tip", "tip_threshold", "1"),
                TipToStickerFlow.PNG).status()).isEqualTo(201);
        DevWallet fan = DevWallet.generate();
        DevWallet whale = DevWallet.generate();
        DevWallet receiver = DevWallet.generate();
        platform.ledger().fund(fan.address(), MicroAlgos.ofAlgo(10));
        platform.ledger().fund(whale.address(), MicroAlgos.ofAlgo(10));
        platform.ledger().fund(receiver.address(), MicroAlgos.ofAlgo(10));

        // an ASA of 2^64-1 units, and an account opted in to it
        TxId creation = submit(List.of(whale.signPrepared(unsigned(Transaction.AssetCreateTransactionBuilder()
                .assetTotal(MAX_UINT64).assetDecimals(0).assetUnitName("BIG").assetName("uint64"), whale))));
        AssetId big = await(() -> platform.ledger().confirmation(creation).map(c -> c.createdAsset()), "the ASA");
        submit(List.of(receiver.signPrepared(unsigned(Transaction.AssetTransferTransactionBuilder()
                .assetIndex(big.value()).assetReceiver(algo(receiver)).assetAmount(0L), receiver))));
        await(() -> Optional.of(platform.ledger().account(receiver.address())).filter(a -> a.isOptedIn(big)),
                "the opt-in");

        // one group, so one block: [pay fan -> app, tip(memo that is not UTF-8), transfer of 2^63 units]
        byte[] memo = {'m', 'e', 'r', 'c', 'i', ' ', (byte) 0xFF, (byte) 0xFE};
        Transaction pay = params(Transaction.PaymentTransactionBuilder().receiver(algo(app.address()))
                .amount(2_000_000L), fan, 3_000);
        Transaction call = params(Transaction.ApplicationCallTransactionBuilder().applicationId(app.value())
                .args(List.of(TipProxyAbi.selector(TipProxyAbi.TIP), memoArg(memo)))
                .accounts(List.of(algo(creator))), fan, 3_000);
        Transaction transfer = params(Transaction.AssetTransferTransactionBuilder().assetIndex(big.value())
                .assetReceiver(algo(receiver)).assetAmount(TWO_TO_63), whale, 1_000);
        byte[][] signed;
        try {
            TxGroup.assignGroupID(pay, call, transfer);
            signed = new byte[][] {fan.signPrepared(Encoder.encodeToMsgPack(pay)),
                    fan.signPrepared(Encoder.encodeToMsgPack(call)), whale.signPrepared(Encoder.encodeToMsgPack(transfer))};
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        TxId tip = txId(call);
        TxId hostile = txId(transfer);
        Api.Reply submitted = api.post("/submit-group", Map.of("signedTxns",
                List.of(b64(signed[0]), b64(signed[1]), b64(signed[2]))));
        assertThat(submitted.status()).as(submitted.body().toString()).isEqualTo(200);
        Round round = await(() -> platform.ledger().confirmation(tip).map(c -> c.round()), "the group");
        assertThat(platform.ledger().account(receiver.address()).assets().get(big).amount())
                .as("the ledger moved 2^63 units").satisfies(a -> assertThat(Long.toUnsignedString(a))
                        .isEqualTo(TWO_TO_63.toString()));
        assertThat(platform.ledger().confirmation(hostile).orElseThrow().round()).isEqualTo(round);
        int index = platform.ledger().blockTxIds(round).indexOf(hostile);

        JsonNode sticker = Api.await(() -> api.get("/fan/" + fan.address() + "/inventory"),
                reply -> reply.body().path("totalCount").asLong() == 1, "the tip's sticker", WAIT).body()
                .path("nfts").get(0);
        assertThat(sticker.path("tipTxId").asText()).isEqualTo(tip.value());
        assertThat(sticker.path("memo").asText()).as("the inventory shows the memo escaped")
                .isEqualTo("merci \\xFF\\xFE");
        assertThat(Base64.getDecoder().decode(sticker.path("memoBase64").asText())).containsExactly(memo);
        JsonNode recent = api.get("/fan/" + fan.address() + "/stats").body().path("recentTips").get(0);
        assertThat(recent.path("memo").asText()).isEqualTo("merci \\xFF\\xFE");
        assertThat(Base64.getDecoder().decode(recent.path("memoBase64").asText())).containsExactly(memo);

        JsonNode skipped = Api.await(() -> api.as(admin).get("/admin/listener/skipped"),
                reply -> reply.body().path("total").asLong() >= 1, "the skipped transfer", WAIT).body();
        JsonNode listed = skipped.path("transactions").get(0);
        assertThat(listed.path("round").asLong()).isEqualTo(round.value());
        assertThat(listed.path("index").asInt()).isEqualTo(index);
        assertThat(listed.path("txId").asText()).isEqualTo(hostile.value());
        assertThat(listed.path("reason").asText()).contains("asset amount 9223372036854775808");
        Api.await(() -> api.get("/listener/status"), reply -> reply.body().path("lastRound").asLong() >= round.value(),
                "the listener past the round", WAIT);
        assertThat(api.get("/health/ready").status()).isEqualTo(200);
    }

    private void start(boolean throughAlgod) {
        PlatformConfig config = PlatformConfig.embedded().withPort(0).withBlockTime(Duration.ofMillis(100));
        config = config.withAuth(config.auth().withAdmins(Set.of(admin.address())));
        ViaAlgod[] wrapper = new ViaAlgod[1];
        platform = Platform.start(config, Clock.systemUTC(), real -> {
            wrapper[0] = new ViaAlgod(real);
            return throughAlgod ? wrapper[0] : real;
        });
        if (throughAlgod) {
            algod = AlgodTestNode.over(platform.ledger());
            wrapper[0].switchTo(algod.chain(), platform.ledger().currentRound().plus(2));
            Round from = platform.ledger().currentRound().plus(3);
            await(() -> Optional.of(platform.ledger().currentRound()).filter(r -> !from.isAfter(r)),
                    "blocks after the switch");
        }
        api = new Api(platform.baseUrl());
    }

    /**
     * The platform's chain with its writes and block reads going through algod's API (from {@code fromRound} on,
     * so every block read that way holds only transactions the double saw submitted); the rest stays simulated.
     */
    private static final class ViaAlgod extends ForwardingChain {
        private volatile Chain algod;
        private volatile Round fromRound;

        ViaAlgod(Chain real) {
            super(real);
        }

        void switchTo(Chain node, Round from) {
            this.fromRound = from;
            this.algod = node;
        }

        @Override
        public List<TxId> submitSigned(List<byte[]> signedGroup) {
            return algod == null ? super.submitSigned(signedGroup) : algod.submitSigned(signedGroup);
        }

        @Override
        public void submit(ChainWrite write) {
            if (algod == null) {
                super.submit(write);
            } else {
                algod.submit(write);
            }
        }

        @Override
        public Optional<BlockEvents> block(Round round) {
            return algod == null || fromRound.isAfter(round) ? super.block(round) : algod.block(round);
        }
    }

    private TxId submit(List<byte[]> group) {
        Api.Reply reply = api.post("/submit-group", Map.of("signedTxns", group.stream().map(this::b64).toList()));
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
        return TxId.of(reply.body().path("txIds").get(0).asText());
    }

    private byte[] unsigned(com.algorand.algosdk.builder.transaction.TransactionBuilder<?> builder, DevWallet sender) {
        try {
            return Encoder.encodeToMsgPack(params(builder, sender, 1_000));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Transaction params(com.algorand.algosdk.builder.transaction.TransactionBuilder<?> builder,
                               DevWallet sender, long fee) {
        JsonNode p = api.get("/params").body();
        builder.sender(algo(sender)).flatFee(fee).firstValid(p.get("firstValidRound").asLong())
                .lastValid(p.get("lastValidRound").asLong()).genesisID(p.get("genesisId").asText())
                .genesisHash(new Digest(Base64.getDecoder().decode(p.get("genesisHash").asText())));
        return builder.build();
    }

    /** The ABI string argument: uint16 length, then the bytes as they are. */
    private static byte[] memoArg(byte[] memo) {
        return ByteBuffer.allocate(2 + memo.length).putShort((short) memo.length).put(memo).array();
    }

    private static TxId txId(Transaction txn) {
        try {
            return TxId.of(txn.txID());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static com.algorand.algosdk.crypto.Address algo(DevWallet wallet) {
        return new com.algorand.algosdk.crypto.Address(wallet.address().publicKey());
    }

    private static com.algorand.algosdk.crypto.Address algo(dev.stickerplatform.domain.model.Address address) {
        return new com.algorand.algosdk.crypto.Address(address.publicKey());
    }

    private static <T> T await(Supplier<Optional<T>> probe, String what) {
        Instant deadline = Instant.now().plusSeconds(20);
        Optional<T> value = probe.get();
        while (value.isEmpty()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting for " + what);
            }
            sleep();
            value = probe.get();
        }
        return value.get();
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
