package dev.stickerplatform.bootstrap.keys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.adapters.algorand.SimulatedChain;
import dev.stickerplatform.adapters.algorand.simulated.SimulatedLedger;
import dev.stickerplatform.application.keys.RotateSignerService;
import dev.stickerplatform.application.keys.RotateSignerService.Result;
import dev.stickerplatform.domain.model.ChainWrite;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.port.Chain.TxStatus;
import dev.stickerplatform.domain.port.Signer;
import dev.stickerplatform.domain.port.SignerRole;
import dev.stickerplatform.domain.port.TestKeys;
import dev.stickerplatform.domain.port.TxnRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Rotating a role's key by rekeying its account, on the simulated ledger. */
class RotateSignerServiceTest {
    private static final RotateSignerService.Config WAIT = new RotateSignerService.Config(5, Duration.ofSeconds(2));
    private static final MicroAlgos FUNDS = MicroAlgos.ofAlgo(10);

    private final SimulatedLedger ledger = new SimulatedLedger(SimulatedLedger.Config.manualBlocks()
            .withBlockTime(Duration.ofMillis(20)));
    private final SimulatedChain chain = new SimulatedChain(ledger);
    private final RotateSignerService service = new RotateSignerService(chain, WAIT);
    private final Signer current = TestKeys.newSigner();
    private final Signer next = TestKeys.rekeyed(current.address(), TestKeys.newSigner());

    RotateSignerServiceTest() {
        ledger.fund(current.address(), FUNDS);
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    @Test
    void theCurrentKeySignsTheRekeyAndTheChainThenNamesTheNewKey() {
        List<ChainWrite> signed = new ArrayList<>();

        Result result = service.rotate(SignerRole.MINTER, current, next, signed::add);

        assertThat(result).isInstanceOfSatisfying(Result.Rotated.class, rotated -> {
            assertThat(rotated.account()).isEqualTo(current.address());
            assertThat(rotated.from()).isEqualTo(current.address());
            assertThat(rotated.to()).isEqualTo(next.authAddress());
            assertThat(rotated.txId()).isEqualTo(signed.getFirst().txId());
            assertThat(chain.status(rotated.txId(), signed.getFirst().lastValid()))
                    .isEqualTo(new TxStatus.Confirmed(rotated.txId(), rotated.round(), null, null));
        });
        assertThat(ledger.account(current.address()).authAddress()).isEqualTo(next.authAddress());
        assertThat(ledger.account(current.address()).balance()).isEqualTo(MicroAlgos.of(FUNDS.value() - 1_000));
    }

    @Test
    void rotatingAgainAfterASuccessSaysAlreadyRotatedAndSubmitsNothing() {
        service.rotate(SignerRole.MINTER, current, next);
        MicroAlgos balance = ledger.account(current.address()).balance();
        List<ChainWrite> signed = new ArrayList<>();

        Result again = service.rotate(SignerRole.MINTER, current, next, signed::add);

        assertThat(again).isEqualTo(new Result.AlreadyRotated(current.address(), next.authAddress()));
        assertThat(signed).isEmpty();
        assertThat(ledger.account(current.address()).balance()).isEqualTo(balance);
    }

    @Test
    void anAccountTheCurrentKeyNoLongerSignsForIsRefusedAndNothingIsSubmitted() {
        Signer elsewhere = TestKeys.newSigner();
        confirm(chain.sign(new TxnRequest.Rekey(current.address(), elsewhere.address(), null), current));
        List<ChainWrite> signed = new ArrayList<>();

        Result result = service.rotate(SignerRole.MINTER, current, next, signed::add);

        assertThat(result).isInstanceOfSatisfying(Result.Refused.class, refused -> assertThat(refused.reason())
                .contains("MINTER", elsewhere.address().value(), current.address().value(),
                        next.authAddress().value()));
        assertThat(signed).isEmpty();
        assertThat(ledger.account(current.address()).authAddress()).isEqualTo(elsewhere.address());
    }

    @Test
    void aNewKeySetUpForAnotherAccountIsRefused() {
        Signer another = TestKeys.newSigner();

        Result result = service.rotate(SignerRole.MINTER, current, another);

        assertThat(result).isInstanceOfSatisfying(Result.Refused.class, refused -> assertThat(refused.reason())
                .contains("account " + another.address()));
        assertThat(ledger.account(current.address()).authAddress()).isNull();
    }

    @Test
    void aRekeyThatDoesNotConfirmInTimeIsUnconfirmedAndARerunFindsItDone() {
        try (SimulatedLedger stalled = new SimulatedLedger()) {
            SimulatedChain stalledChain = new SimulatedChain(stalled);
            stalled.fund(current.address(), FUNDS);
            var impatient = new RotateSignerService(stalledChain, new RotateSignerService.Config(2,
                    Duration.ofMillis(20)));
            List<ChainWrite> signed = new ArrayList<>();

            Result result = impatient.rotate(SignerRole.MINTER, current, next, signed::add);

            assertThat(result).isEqualTo(new Result.Unconfirmed(current.address(), signed.getFirst().txId(),
                    signed.getFirst().lastValid()));
            stalled.produceBlock();
            assertThat(impatient.rotate(SignerRole.MINTER, current, next))
                    .isEqualTo(new Result.AlreadyRotated(current.address(), next.authAddress()));
        }
    }

    @Test
    void rotatingBackToTheAccountsOwnKeyClearsTheAuthAddress() {
        service.rotate(SignerRole.MINTER, current, next);

        Result back = service.rotate(SignerRole.MINTER, next, current);

        assertThat(back).isInstanceOf(Result.Rotated.class);
        assertThat(ledger.account(current.address()).authAddress()).isNull();
        assertThat(ledger.account(current.address()).signingAddress()).isEqualTo(current.address());
    }

    private void confirm(ChainWrite write) {
        chain.submit(write);
        var start = chain.currentRound();
        while (!(chain.status(write.txId(), write.lastValid()) instanceof TxStatus.Confirmed)) {
            assertThat(chain.awaitRoundAfter(start, Duration.ofSeconds(2))).isGreaterThan(start);
            start = chain.currentRound();
        }
    }
}
