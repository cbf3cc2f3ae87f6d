package dev.stickerplatform.application.grant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.adapters.algorand.DevWallet;
import dev.stickerplatform.adapters.persistence.memory.SeededRandomness;
import dev.stickerplatform.application.Testbed;
import dev.stickerplatform.application.grant.GrantStickersService.WalletOutcome.Status;
import dev.stickerplatform.application.minting.MintPipeline;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.GrantKind;
import dev.stickerplatform.domain.model.JobStage;
import dev.stickerplatform.domain.model.MintJob;
import dev.stickerplatform.domain.model.StickerTemplate;
import dev.stickerplatform.domain.model.StickerType;
import dev.stickerplatform.domain.port.TestData;
import dev.stickerplatform.domain.port.TestKeys;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Granting stickers on the in-memory store, minted by the pipeline on the simulated chain: one grant and one mint
 * job per wallet, a repeated request granting nothing more (so no second asset), the creator's daily quota, the
 * platform budget, and the refusals that record nothing.
 */
class GrantStickersServiceTest {
    final Testbed bed = new Testbed();
    final Address creator = TestKeys.newAddress();
    final Address admin = TestKeys.newAddress();
    final StickerTemplate template = bed.store.templates().insert(TestData.aTemplate().by(creator)
            .ofType(StickerType.GOLDEN).createdAt(bed.clock.instant()).build());
    final DevWallet first = bed.fundedWallet();
    final DevWallet second = bed.fundedWallet();

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void eachWalletGetsOneGrantAndOneMintedSticker() {
        var granted = (GrantStickersService.Result.Granted) service(GrantBudget.UNLIMITED, 50)
                .grant(adminGrant(null, first.address(), second.address()));

        assertThat(granted.wallets()).extracting(GrantStickersService.WalletOutcome::status)
                .containsExactly(Status.QUEUED, Status.QUEUED);
        for (var outcome : granted.wallets()) {
            assertThat(bed.store.grants().find(outcome.originId())).get()
                    .satisfies(g -> assertThat(g.fan()).isEqualTo(outcome.fan()));
            MintJob job = bed.store.mintJobs().find(MintJob.idFor(outcome.originId())).orElseThrow();
            assertThat(job.stage()).isEqualTo(JobStage.QUEUED);
            assertThat(mintToRest(job).stage()).isEqualTo(JobStage.PENDING_OPTIN);
        }
        assertThat(bed.assetsCreated()).isEqualTo(2);
    }

    @Test
    void aRepeatedRequestGrantsNothingMore() {
        UUID requestId = UUID.randomUUID();
        var service = service(GrantBudget.UNLIMITED, 50);
        var granted = (GrantStickersService.Result.Granted) service.grant(adminGrant(requestId, first.address()));
        mintToRest(bed.store.mintJobs().find(MintJob.idFor(granted.wallets().getFirst().originId())).orElseThrow());

        var again = (GrantStickersService.Result.Granted) service.grant(adminGrant(requestId, first.address(),
                second.address()));

        assertThat(again.wallets()).extracting(GrantStickersService.WalletOutcome::status)
                .containsExactly(Status.ALREADY_GRANTED, Status.QUEUED);
        assertThat(again.wallets().getFirst().originId()).isEqualTo(granted.wallets().getFirst().originId());
        assertThat(bed.store.mintJobs().find(MintJob.idFor(again.wallets().getFirst().originId())).orElseThrow()
                .stage()).isEqualTo(JobStage.PENDING_OPTIN);
        assertThat(bed.assetsCreated()).isEqualTo(1);
    }

    @Test
    void aCreatorGrantsOnlyTheirOwnTemplatesWithinTheDailyQuota() {
        var service = service(GrantBudget.UNLIMITED, 1);

        assertThat(service.grant(new GrantStickersService.Command(GrantKind.CREATOR, TestKeys.newAddress(),
                template.id(), null, List.of(first.address()), "thanks", null)))
                .isInstanceOf(GrantStickersService.Result.NotYourTemplate.class);
        var granted = (GrantStickersService.Result.Granted) service.grant(new GrantStickersService.Command(
                GrantKind.CREATOR, creator, template.id(), null, List.of(first.address(), second.address()),
                "thanks", null));

        assertThat(granted.wallets()).extracting(GrantStickersService.WalletOutcome::status)
                .containsExactly(Status.QUEUED, Status.REFUSED);
        assertThat(granted.wallets().getLast().reason()).contains("quota");
        assertThat(bed.store.mintJobs().countByStage()).containsEntry(JobStage.QUEUED, 1L);
    }

    @Test
    void aSpentPlatformBudgetLeavesTheWalletOut() {
        var granted = (GrantStickersService.Result.Granted) service(stickers -> false, 50)
                .grant(adminGrant(null, first.address()));

        assertThat(granted.wallets().getFirst().status()).isEqualTo(Status.REFUSED);
        assertThat(granted.wallets().getFirst().reason()).contains("budget");
        assertThat(bed.store.mintJobs().countByStage().values().stream().mapToLong(Long::longValue).sum()).isZero();
    }

    @Test
    void refusalsRecordNothing() {
        var service = new GrantStickersService(bed.store, GrantBudget.UNLIMITED, new SeededRandomness(1), bed.clock,
                new GrantStickersService.Config(50, 1));

        assertThat(service.grant(adminGrant(null, first.address(), second.address())))
                .isEqualTo(new GrantStickersService.Result.TooManyWallets(1));
        assertThat(service.grant(new GrantStickersService.Command(GrantKind.ADMIN, admin, 999_999, null,
                List.of(first.address()), "gift", null))).isInstanceOf(GrantStickersService.Result.TemplateNotFound.class);
        assertThat(service.grant(new GrantStickersService.Command(GrantKind.ADMIN, admin, template.id(),
                StickerType.SOULBOUND, List.of(first.address()), "gift", null)))
                .isInstanceOf(GrantStickersService.Result.WrongType.class);
        assertThat(bed.store.mintJobs().countByStage().values().stream().mapToLong(Long::longValue).sum()).isZero();
    }

    private GrantStickersService.Command adminGrant(UUID requestId, Address... fans) {
        return new GrantStickersService.Command(GrantKind.ADMIN, admin, template.id(), StickerType.GOLDEN,
                List.of(fans), "airdrop", requestId);
    }

    private GrantStickersService service(GrantBudget budget, int creatorQuota) {
        return new GrantStickersService(bed.store, budget, new SeededRandomness(1), bed.clock,
                new GrantStickersService.Config(creatorQuota, 10));
    }

    private MintJob mintToRest(MintJob job) {
        MintPipeline pipeline = new MintPipeline(bed.chain, bed.store, bed.signers, bed.clock);
        MintJob current = pipeline.advance(job);
        bed.block();
        return pipeline.advance(current);
    }
}
