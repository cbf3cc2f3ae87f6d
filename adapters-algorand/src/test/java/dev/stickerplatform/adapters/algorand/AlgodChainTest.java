package dev.stickerplatform.adapters.algorand;

import com.algorand.algosdk.account.Account;
import com.algorand.algosdk.crypto.Digest;
import com.algorand.algosdk.transaction.Transaction;
import com.algorand.algosdk.util.Encoder;
import dev.stickerplatform.adapters.algorand.devnet.AlgodNode;
import dev.stickerplatform.adapters.algorand.simulated.SimulatedLedger;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.ChainWrite;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.PlatformFee;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.Chain.TxParams;
import dev.stickerplatform.domain.port.Chain.TxStatus;
import dev.stickerplatform.domain.port.ChainUnavailableException;
import dev.stickerplatform.domain.port.Signer;
import dev.stickerplatform.domain.port.TestKeys;
import dev.stickerplatform.domain.port.TxnRequest;
import java.net.URI;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What AlgodChain does beyond the port's contract: caching, compiling, fees, waiting, wallets' groups. */
class AlgodChainTest {
    private static final String COMPILE = "POST /v2/teal/compile";
    private final SimulatedLedger ledger = AlgodNode.newLedger();
    private final AlgodDouble algod = AlgodDouble.start(ledger);
    private final AlgodChain chain = new AlgodChain(algod.config());
    private final Address creator = TestKeys.newAddress();

    @AfterEach
    void stop() {
        algod.close();
        ledger.close();
    }

    @Test
    void theNetworkIsAskedOnceAndMatchesTheNode() {
        chain.network();
        chain.network();

        assertThat(chain.network()).isEqualTo(new AlgodChain(algod.config()).network());
        assertThat(chain.network().genesisHash()).isEqualTo(ledger.genesisHash());
        assertThat(algod.requests("GET /versions")).isEqualTo(2);
    }

    @Test
    void aTrailingSlashInTheUrlIsHarmless() {
        AlgodConfig config = algod.config();
        AlgodChain slashed = new AlgodChain(new AlgodConfig(URI.create(config.url() + "/"), config.token(),
                config.tokenHeader(), config.requestTimeout(), config.retryAttempts(), config.retryBackoff()));

        assertThat(slashed.currentRound()).isEqualTo(Round.ZERO);
    }

    @Test
    void tipProxyIsCompiledByTheNodeOnceAndDeployedAsBytecode() {
        Signer platform = funded(MicroAlgos.ofAlgo(10));

        AppId first = create(platform);
        AppId second = create(platform);

        assertThat(algod.requests(COMPILE)).isEqualTo(2);
        assertThat(chain.appApprovalHash(first)).contains(chain.tipProxyApprovalHash());
        assertThat(chain.appApprovalHash(second)).contains(AlgodNode.compiledTipProxy().approvalHash());
        assertThat(chain.appApprovalHash(AppId.of(987_654))).isEmpty();
    }

    @Test
    void aNodeWithoutTheDeveloperApiCannotDeployButStillPaysAndTriesAgainLater() {
        Signer platform = funded(MicroAlgos.ofAlgo(10));
        algod.failNext(1, 404, "/teal/compile was not enabled in the configuration file by setting the "
                + "EnableDeveloperAPI to true");

        assertThatThrownBy(() -> chain.sign(createRequest(platform), platform))
                .isInstanceOf(ChainUnavailableException.class).hasMessageContaining("EnableDeveloperAPI");
        chain.sign(new TxnRequest.Payment(platform.address(), TestKeys.newAddress(), MicroAlgos.ofAlgo(1), null,
                null), platform);

        assertThat(create(platform)).isNotNull();
    }

    @Test
    void aCongestedNodeRaisesTheFeeToItsPricePerByte() {
        Signer payer = funded(MicroAlgos.ofAlgo(5));
        algod.node.congest(20);

        TxParams params = chain.suggestedParams();
        ChainWrite write = chain.sign(new TxnRequest.Payment(payer.address(), TestKeys.newAddress(),
                MicroAlgos.ofAlgo(1), "a note to make it longer", null), payer);
        chain.submit(write);
        ledger.produceBlock();

        assertThat(params.feePerByte()).isEqualTo(20);
        assertThat(params.minFee()).isEqualTo(MicroAlgos.of(1_000));
        long fee = MicroAlgos.ofAlgo(5).value() - MicroAlgos.ofAlgo(1).value()
                - chain.account(payer.address()).balance().value();
        assertThat(fee).isGreaterThan(20 * 150).isLessThan(20 * 400);
    }

    @Test
    void waitingReturnsAsSoonAsTheNextRoundExists() {
        CompletableFuture<Round> next = CompletableFuture.supplyAsync(
                () -> chain.awaitRoundAfter(Round.ZERO, Duration.ofSeconds(10)));
        AlgodDouble.sleep(Duration.ofMillis(150));
        ledger.produceBlock();

        assertThat(next.join()).isEqualTo(Round.of(1));
    }

    @Test
    void waitingForARoundThatIsAlreadyThereCostsOneRequest() {
        ledger.produceBlock();
        ledger.produceBlock();

        assertThat(chain.awaitRoundAfter(Round.ZERO, Duration.ofSeconds(10))).isEqualTo(Round.of(2));
        assertThat(algod.requests()).isEqualTo(1);
    }

    @Test
    void aWalletsGroupSubmittedTwiceGivesTheSameIdsAndLandsOnce() {
        DevWallet fan = DevWallet.generate();
        ledger.fund(fan.address(), MicroAlgos.ofAlgo(10));
        Signer platform = funded(MicroAlgos.ofAlgo(10));
        AppId app = create(platform);
        chain.submit(chain.sign(new TxnRequest.Payment(platform.address(), app.address(), MicroAlgos.of(100_000),
                null, null), platform));
        List<byte[]> tip = fan.signTip(app, creator, MicroAlgos.ofAlgo(2), "twice?",
                chain.suggestedParams());

        List<TxId> first = chain.submitSigned(tip);
        List<TxId> again = chain.submitSigned(tip);
        ledger.produceBlock();

        assertThat(again).isEqualTo(first).isEqualTo(ledger.blockTxIds(Round.of(2)).subList(1, 3));
        assertThat(chain.appGlobalState(app).orElseThrow().get("total_tips").uint()).isEqualTo(1);
    }

    @Test
    void aRekeyedAccountReportsTheKeyThatSignsForIt() throws Exception {
        Account owner = new Account();
        Account newKey = new Account();
        Address ownerAddress = Address.fromPublicKey(owner.getAddress().getBytes());
        ledger.fund(ownerAddress, MicroAlgos.ofAlgo(1));
        TxParams params = chain.suggestedParams();
        Transaction rekey = Transaction.PaymentTransactionBuilder().sender(owner.getAddress())
                .receiver(owner.getAddress()).amount(0L).rekey(newKey.getAddress()).flatFee(1_000L)
                .firstValid(params.firstValid().value()).lastValid(params.lastValid().value())
                .genesisID(params.genesisId()).genesisHash(new Digest(Base64.getDecoder().decode(params.genesisHash())))
                .build();

        chain.submitSigned(List.of(Encoder.encodeToMsgPack(owner.signTransaction(rekey))));
        ledger.produceBlock();

        assertThat(chain.account(ownerAddress).signingAddress())
                .isEqualTo(Address.fromPublicKey(newKey.getAddress().getBytes()));
    }

    private AppId create(Signer platform) {
        ChainWrite create = chain.sign(createRequest(platform), platform);
        chain.submit(create);
        ledger.produceBlock();
        return ((TxStatus.Confirmed) chain.status(create.txId(), create.lastValid())).createdApp();
    }

    private TxnRequest createRequest(Signer platform) {
        return new TxnRequest.CreateTipProxy(platform.address(), creator, platform.address(), platform.address(),
                MicroAlgos.ofAlgo(1), PlatformFee.NONE, null);
    }

    private Signer funded(MicroAlgos amount) {
        Signer signer = TestKeys.newSigner();
        ledger.fund(signer.address(), amount);
        return signer;
    }
}
