package dev.stickerplatform.application.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.adapters.algorand.DevWallet;
import dev.stickerplatform.application.CrashAfterSubmit;
import dev.stickerplatform.application.LosingChain;
import dev.stickerplatform.application.OneBlockPerWait;
import dev.stickerplatform.application.Testbed;
import dev.stickerplatform.application.minting.MintPipeline;
import dev.stickerplatform.domain.model.ChainWrite;
import dev.stickerplatform.domain.model.JobStage;
import dev.stickerplatform.domain.model.MintJob;
import dev.stickerplatform.domain.model.StickerType;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.Signer;
import dev.stickerplatform.domain.port.SignerRole;
import dev.stickerplatform.domain.port.TestKeys;
import dev.stickerplatform.domain.port.TxnRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Rotating the MINTER's key on the simulated chain (one block per round it waits for): the account is rekeyed once
 * and keeps minting with the new key, a second rotation finds it done, the kill point after the rekey's submit
 * leaves one rekey, and the refusals submit nothing.
 */
class RotateSignerServiceTest {
    final Testbed bed = new Testbed();
    final Chain chain = new OneBlockPerWait(bed.chain, bed.ledger);
    final RotateSignerService.Config config = new RotateSignerService.Config(4, Duration.ofSeconds(1));
    final Signer current = bed.signer(SignerRole.MINTER);
    final Signer newKey = TestKeys.newSigner();
    final Signer next = TestKeys.rekeyed(current.address(), newKey);

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void theAccountIsRekeyedAndMintsWithTheNewKey() {
        var rotated = (RotateSignerService.Result.Rotated) new RotateSignerService(chain, config)
                .rotate(SignerRole.MINTER, current, next);

        assertThat(rotated.account()).isEqualTo(current.address());
        assertThat(rotated.to()).isEqualTo(newKey.address());
        assertThat(bed.ledger.account(current.address()).authAddress()).isEqualTo(newKey.address());
        DevWallet fan = bed.fundedWallet();
        MintPipeline pipeline = new MintPipeline(bed.chain, bed.store,
                role -> role == SignerRole.MINTER ? next : bed.signer(role), bed.clock);
        MintJob job = pipeline.advance(bed.queuedJob(fan, StickerType.SOULBOUND));
        bed.block();
        assertThat(pipeline.advance(job).stage()).isEqualTo(JobStage.PENDING_OPTIN);
    }

    @Test
    void aSecondRotationFindsItDone() {
        new RotateSignerService(chain, config).rotate(SignerRole.MINTER, current, next);
        long transactions = bed.transactions();

        assertThat(new RotateSignerService(chain, config).rotate(SignerRole.MINTER, current, next))
                .isEqualTo(new RotateSignerService.Result.AlreadyRotated(current.address(), newKey.address()));
        bed.block();
        assertThat(bed.transactions()).isEqualTo(transactions);
    }

    @Test
    void killedRightAfterSubmittingTheRekeyTheNextRunFindsOneRekey() {
        assertThatThrownBy(() -> new RotateSignerService(new CrashAfterSubmit(chain, 1), config)
                .rotate(SignerRole.MINTER, current, next)).isInstanceOf(CrashAfterSubmit.Crash.class);
        bed.block();

        var result = new RotateSignerService(chain, config).rotate(SignerRole.MINTER, current, next);

        assertThat(result).isInstanceOf(RotateSignerService.Result.AlreadyRotated.class);
        assertThat(bed.transactions()).isEqualTo(1);
    }

    @Test
    void aRekeyThatDoesNotConfirmInTimeIsUnconfirmed() {
        Chain losing = new OneBlockPerWait(new LosingChain(bed.chain), bed.ledger);

        var result = new RotateSignerService(losing, config).rotate(SignerRole.MINTER, current, next);

        assertThat(result).isInstanceOf(RotateSignerService.Result.Unconfirmed.class);
        assertThat(bed.ledger.account(current.address()).authAddress()).isNull();
    }

    @Test
    void aKeyForAnotherAccountOrTheSameKeyIsRefused() {
        var service = new RotateSignerService(chain, config);

        assertThat(service.rotate(SignerRole.MINTER, current, TestKeys.newSigner()))
                .isInstanceOf(RotateSignerService.Result.Refused.class);
        assertThat(service.rotate(SignerRole.MINTER, current, current))
                .isInstanceOf(RotateSignerService.Result.Refused.class);
        assertThat(bed.transactions()).isZero();
    }

    @Test
    void anAccountTheCurrentKeyNoLongerSignsForIsRefusedAndNothingIsSubmitted() {
        Signer elsewhere = TestKeys.newSigner();
        ChainWrite away = chain.sign(new TxnRequest.Rekey(current.address(), elsewhere.address(), null), current);
        chain.submit(away);
        bed.block();
        long transactions = bed.transactions();
        List<ChainWrite> signed = new ArrayList<>();

        var result = new RotateSignerService(chain, config).rotate(SignerRole.MINTER, current, next, signed::add);

        assertThat(result).isInstanceOfSatisfying(RotateSignerService.Result.Refused.class, refused ->
                assertThat(refused.reason()).contains("MINTER", elsewhere.address().value(),
                        current.address().value(), next.authAddress().value()));
        assertThat(signed).isEmpty();
        assertThat(bed.transactions()).isEqualTo(transactions);
        assertThat(bed.ledger.account(current.address()).authAddress()).isEqualTo(elsewhere.address());
    }

    @Test
    void rotatingBackToTheAccountsOwnKeyClearsTheAuthAddress() {
        var service = new RotateSignerService(chain, config);
        service.rotate(SignerRole.MINTER, current, next);

        var back = service.rotate(SignerRole.MINTER, next, current);

        assertThat(back).isInstanceOf(RotateSignerService.Result.Rotated.class);
        assertThat(bed.ledger.account(current.address()).authAddress()).isNull();
        assertThat(bed.ledger.account(current.address()).signingAddress()).isEqualTo(current.address());
    }
}
