package dev.stickerplatform.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.adapters.algorand.DevWallet;
import dev.stickerplatform.adapters.http.UseCases;
import dev.stickerplatform.application.network.FundWalletService;
import dev.stickerplatform.application.network.SubmitTransactionsService;
import dev.stickerplatform.application.query.FanInventoryService;
import dev.stickerplatform.application.template.CreateTemplateService;
import dev.stickerplatform.application.tipjar.RegisterCreatorService;
import dev.stickerplatform.bootstrap.embedding.StickerPlatform;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.StickerType;
import dev.stickerplatform.domain.model.TemplateCategory;
import dev.stickerplatform.domain.port.PageRequest;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * The README's embedding example, verbatim: the body of {@link #aTipBecomesAStickerInsideYourApp()} is the README's
 * snippet ({@link EmbeddingReadmeTest} fails when they drift apart). It uses only the public API: the
 * {@link StickerPlatform} builder, the use cases it hands out, and a {@link DevWallet} as the fan's wallet.
 */
class EmbeddingExampleTest {
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @Test
    void aTipBecomesAStickerInsideYourApp() {
        try (StickerPlatform.Running platform = StickerPlatform.builder().blockTime(Duration.ofMillis(50)).start()) {
            UseCases useCases = platform.useCases();
            DevWallet creator = DevWallet.generate();
            DevWallet fan = DevWallet.generate();
            var registered = useCases.registerCreator().register(new RegisterCreatorService.Command(
                    creator.address(), "ada", MicroAlgos.ofAlgo(1)));
            useCases.createTemplate().create(new CreateTemplateService.Command(creator.address(), "Thanks",
                    StickerType.SOULBOUND, TemplateCategory.TIP, MicroAlgos.ofAlgo(1), PNG));
            useCases.fundWallet().fund(new FundWalletService.Command(fan.address(), MicroAlgos.ofAlgo(10)));
            useCases.submitTransactions().submit(new SubmitTransactionsService.Command(fan.signTip(
                    registered.tipJar().appId(), creator.address(), MicroAlgos.ofAlgo(2), "great stream!",
                    platform.txParams())));
            var inventory = platform.await(() -> useCases.fanInventory().get(
                    new FanInventoryService.Query(fan.address(), PageRequest.first(10))),
                    found -> found.totalCount() == 1, Duration.ofSeconds(20));
            assertThat(inventory.stickers().getFirst().type()).isEqualTo(StickerType.SOULBOUND);
        }
    }
}
