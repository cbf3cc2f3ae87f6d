package dev.stickerplatform.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.adapters.algorand.DevWallet;
import dev.stickerplatform.adapters.algorand.SimulatedChain;
import dev.stickerplatform.adapters.algorand.simulated.SimulatedLedger;
import dev.stickerplatform.adapters.http.UseCases;
import dev.stickerplatform.adapters.kms.LocalKeySigner;
import dev.stickerplatform.adapters.persistence.memory.InMemoryStore;
import dev.stickerplatform.application.network.FundWalletService;
import dev.stickerplatform.application.network.SubmitTransactionsService;
import dev.stickerplatform.application.template.CreateTemplateService;
import dev.stickerplatform.application.tipjar.RegisterCreatorService;
import dev.stickerplatform.bootstrap.embedding.StickerPlatform;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.MultisigAccount;
import dev.stickerplatform.domain.model.Sticker;
import dev.stickerplatform.domain.model.StickerType;
import dev.stickerplatform.domain.model.TemplateCategory;
import dev.stickerplatform.domain.model.Tip;
import dev.stickerplatform.domain.port.AuditRecord;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.PageRequest;
import dev.stickerplatform.domain.port.Signer;
import dev.stickerplatform.domain.port.SignerRole;
import dev.stickerplatform.domain.port.Signers;
import dev.stickerplatform.domain.port.SigningEvent;
import dev.stickerplatform.domain.port.Store;
import java.lang.reflect.Proxy;
import java.security.SecureRandom;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The embedding builder's choices: HTTP or not, the embedder's own chain, store and signers, a wrapped chain, refused
 * settings.
 */
class StickerPlatformTest {

    @Test
    void withoutHttpThereIsNoServerAndWithHttpTheApiAnswers() throws Exception {
        try (StickerPlatform.Running quiet = StickerPlatform.builder().start()) {
            assertThat(quiet.baseUrl()).isEmpty();
            assertThat(quiet.useCases().health()).isNotNull();
        }
        try (StickerPlatform.Running served = StickerPlatform.builder().http(0).start()) {
            String base = served.baseUrl().orElseThrow();
            HttpResponse<String> params = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(base + "/params")).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(params.statusCode()).isEqualTo(200);
            assertThat(params.body()).contains(served.txParams().genesisHash());
        }
    }

    @Test
    void theEmbeddersOwnChainIsTheOneTheUseCasesTalkToThroughTheWrapper() {
        AtomicInteger calls = new AtomicInteger();
        try (SimulatedLedger ledger = new SimulatedLedger(SimulatedLedger.Config.manualBlocks()
                .withBlockTime(Duration.ofMillis(50)));
             StickerPlatform.Running platform = StickerPlatform.builder().chain(new SimulatedChain(ledger))
                     .wrapChain(chain -> counting(chain, calls)).workers(0).start()) {
            Chain.TxParams params = platform.txParams();
            assertThat(params.genesisHash()).isEqualTo(ledger.genesisHash());
            assertThat(params.genesisId()).isEqualTo(ledger.genesisId());
            assertThat(calls.get()).isPositive();
        }
    }

    @Test
    void aBadSettingIsRefusedNamingIt() {
        assertThatThrownBy(() -> StickerPlatform.builder().setting("WORKERS", "lots").start())
                .hasMessageContaining("WORKERS");
        assertThatThrownBy(() -> StickerPlatform.builder().network("nowhere").start())
                .hasMessageContaining("NETWORK");
    }

    @Test
    void theEmbeddersOwnInMemoryStoreHoldsTheTipAndTheStickerAndOutlivesThePlatform() {
        InMemoryStore store = new InMemoryStore();
        Address fan = tipAndAwaitSticker(StickerPlatform.builder().store(store));
        assertThat(store.tips().recentByFan(fan, 10)).singleElement().extracting(Tip::amount)
                .isEqualTo(MicroAlgos.ofAlgo(2));
        assertThat(store.stickers().byOwner(fan, null, PageRequest.first(10))).singleElement()
                .extracting(Sticker::type).isEqualTo(StickerType.SOULBOUND);
    }

    @Test
    void anyStoreOfTheEmbeddersWorksTheQueueToo() {
        // not an InMemoryStore itself: the platform's workers poll its jobs
        InMemoryStore records = new InMemoryStore();
        AtomicInteger calls = new AtomicInteger();
        Store own = (Store) Proxy.newProxyInstance(Store.class.getClassLoader(), new Class<?>[] {Store.class},
                (proxy, method, args) -> {
                    calls.incrementAndGet();
                    try {
                        return method.invoke(records, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        Address fan = tipAndAwaitSticker(StickerPlatform.builder().store(own));
        assertThat(own.stickers().byOwner(fan, null, PageRequest.first(10))).hasSize(1);
        assertThat(calls.get()).isPositive();
    }

    @Test
    void theEmbeddersMinterSignerSignsTheMintAndEverySignatureIsAudited() {
        CountingSigner minter = new CountingSigner(LocalKeySigner.generate(new SecureRandom()));
        try (StickerPlatform.Running platform = StickerPlatform.builder().blockTime(Duration.ofMillis(50))
                .signer(SignerRole.MINTER, minter).start()) {
            tipAndAwaitSticker(platform);
            assertThat(minter.signatures.get()).isPositive();
            List<AuditRecord> audited = platform.await(() -> minterRecords(platform.useCases()),
                    records -> records.size() == minter.signatures.get(), Duration.ofSeconds(10));
            assertThat(audited).allSatisfy(record -> {
                assertThat(record.event().keyId()).isEqualTo("provided");
                assertThat(record.event().address()).isEqualTo(minter.address());
                assertThat(record.event().outcome()).isEqualTo(SigningEvent.Outcome.OK);
            });
            assertThat(platform.useCases().auditTrail().verify()).isInstanceOf(dev.stickerplatform.domain.port.AuditCheck.Intact.class);
        }
    }

    @Test
    void aStoreOfTheEmbeddersAndPostgresTogetherAreRefused() {
        assertThatThrownBy(() -> StickerPlatform.builder().store(new InMemoryStore())
                .postgres("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", null).start())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("store(").hasMessageContaining(
                        "postgres(");
        assertThatThrownBy(() -> StickerPlatform.builder().postgres("jdbc:postgresql://127.0.0.1:5432/postgres",
                "postgres", null).store(new InMemoryStore()).start())
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aSignerOfTheEmbeddersAndThatRolesSignerSettingTogetherAreRefused() {
        Signer own = LocalKeySigner.generate(new SecureRandom());
        assertThatThrownBy(() -> StickerPlatform.builder().signer(SignerRole.MINTER, own)
                .setting("MINTER_SIGNER", "vault").start())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("MINTER_SIGNER");
    }

    @Test
    void signersWhoseRoleIsAMultisigAccountAreRefused() {
        Signer own = LocalKeySigner.generate(new SecureRandom());
        Signers withMultisigAdmin = new Signers() {
            @Override
            public Signer forRole(SignerRole role) {
                return own;
            }

            @Override
            public Optional<MultisigAccount> multisig(SignerRole role) {
                return role == SignerRole.ADMIN ? Optional.of(new MultisigAccount(1, List.of(own.address(),
                        LocalKeySigner.generate(new SecureRandom()).address())))
                        : Optional.empty();
            }
        };
        assertThatThrownBy(() -> StickerPlatform.builder().signers(withMultisigAdmin))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ADMIN_SIGNER=multisig");
    }

    @Test
    void onMainnetTheEmbeddersSignersAreNotCountedAsKeysInProcessMemory() {
        Signer own = LocalKeySigner.generate(new SecureRandom());
        StickerPlatform.Builder builder = StickerPlatform.builder().network("mainnet")
                .setting("ALGOD_URL", "http://127.0.0.1:1");
        for (SignerRole role : SignerRole.values()) {
            builder.signer(role, own);
        }
        assertThatThrownBy(builder::start).hasMessageContaining("NETWORK=mainnet refuses to start")
                .hasMessageNotContaining("_SIGNER=");
        assertThatThrownBy(StickerPlatform.builder().network("mainnet").setting("ALGOD_URL",
                "http://127.0.0.1:1")::start).hasMessageContaining("MINTER_SIGNER=local");
    }

    private static List<AuditRecord> minterRecords(UseCases useCases) {
        return useCases.auditTrail().page(null, 100).records().stream()
                .filter(record -> record.event().role() == SignerRole.MINTER).toList();
    }

    /** Starts the platform, runs a tip until its sticker is minted to the fan, and closes it; returns the fan. */
    private static Address tipAndAwaitSticker(StickerPlatform.Builder builder) {
        try (StickerPlatform.Running platform = builder.blockTime(Duration.ofMillis(50)).start()) {
            return tipAndAwaitSticker(platform);
        }
    }

    private static Address tipAndAwaitSticker(StickerPlatform.Running platform) {
        UseCases useCases = platform.useCases();
        DevWallet creator = DevWallet.generate();
        DevWallet fan = DevWallet.generate();
        var registered = useCases.registerCreator().register(new RegisterCreatorService.Command(
                creator.address(), "ada", MicroAlgos.ofAlgo(1)));
        useCases.createTemplate().create(new CreateTemplateService.Command(creator.address(), "Thanks",
                StickerType.SOULBOUND, TemplateCategory.TIP, MicroAlgos.ofAlgo(1), EmbeddingExampleTest.PNG));
        useCases.fundWallet().fund(new FundWalletService.Command(fan.address(), MicroAlgos.ofAlgo(10)));
        useCases.submitTransactions().submit(new SubmitTransactionsService.Command(fan.signTip(
                registered.tipJar().appId(), creator.address(), MicroAlgos.ofAlgo(2), "great stream!",
                platform.txParams())));
        platform.await(() -> useCases.fanInventory().get(new dev.stickerplatform.application.query
                        .FanInventoryService.Query(fan.address(), PageRequest.first(10))),
                found -> found.totalCount() == 1, Duration.ofSeconds(20));
        return fan.address();
    }

    /** A signer of the embedder's that counts its signatures (thread-safe: workers sign concurrently). */
    private static final class CountingSigner implements Signer {
        private final Signer key;
        private final AtomicInteger signatures = new AtomicInteger();

        CountingSigner(Signer key) {
            this.key = key;
        }

        @Override
        public Address address() {
            return key.address();
        }

        @Override
        public byte[] sign(byte[] bytesToSign) {
            signatures.incrementAndGet();
            return key.sign(bytesToSign);
        }
    }

    private static Chain counting(Chain chain, AtomicInteger calls) {
        return (Chain) Proxy.newProxyInstance(Chain.class.getClassLoader(), new Class<?>[] {Chain.class},
                (proxy, method, args) -> {
                    calls.incrementAndGet();
                    try {
                        return method.invoke(chain, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
