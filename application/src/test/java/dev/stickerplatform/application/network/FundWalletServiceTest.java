package dev.stickerplatform.application.network;

import static dev.stickerplatform.application.query.Fixtures.FAN;
import static dev.stickerplatform.application.query.Fixtures.wallet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.application.network.FundWalletService.Command;
import dev.stickerplatform.application.network.FundWalletService.Config;
import dev.stickerplatform.application.network.FundWalletService.Result;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.port.ChainRejectedException;
import dev.stickerplatform.domain.port.Signer;
import dev.stickerplatform.domain.port.SignerRole;
import dev.stickerplatform.domain.port.Signers;
import dev.stickerplatform.domain.port.TxnRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FundWalletServiceTest {
    private static final MicroAlgos FIVE = MicroAlgos.ofAlgo(5);
    private final FakeChain chain = new FakeChain();
    private final Signers signers = role -> new RoleSigner(role);

    private record RoleSigner(SignerRole role) implements Signer {
        public Address address() {
            return wallet(100 + role.ordinal());
        }

        public byte[] sign(byte[] bytes) {
            return new byte[64];
        }
    }

    private Result fund(Config config, MicroAlgos amount) {
        return new FundWalletService(chain, signers, config, null).fund(new Command(FAN, amount));
    }

    @Test
    void paysTheWalletFromTheFunderAccount() {
        Result.Funded funded = (Result.Funded) fund(Config.defaults(true), FIVE);

        assertThat(chain.signed).containsExactly(new TxnRequest.Payment(wallet(100 + SignerRole.FUNDER.ordinal()), FAN,
                FIVE, FundWalletService.NOTE, null));
        assertThat(chain.signers).containsExactly(new RoleSigner(SignerRole.FUNDER));
        assertThat(funded.amount()).isEqualTo(FIVE);
        assertThat(funded.wallet()).isEqualTo(FAN);
    }

    @Test
    void answersOnceThePaymentIsConfirmed() {
        chain.roundsToConfirm = 3;

        Result.Funded funded = (Result.Funded) fund(Config.defaults(true), FIVE);

        assertThat(funded.confirmedRound()).isEqualTo(Round.of(503));
        assertThat(funded.txId()).isEqualTo(FakeChain.idOf(chain.signed.getFirst().toString()
                .getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void waitsABoundedNumberOfRoundsThenAnswersUnconfirmed() {
        chain.roundsToConfirm = -1;

        Result result = fund(new Config(true, FundWalletService.MAX_PER_CALL, 4, Duration.ofSeconds(1), null), FIVE);

        assertThat(result).isInstanceOf(Result.Unconfirmed.class);
        assertThat(chain.roundWaits).isEqualTo(4);
    }

    @Test
    void aDisabledFaucetPaysNothing() {
        assertThat(fund(Config.defaults(false), FIVE)).isEqualTo(new Result.Disabled());
        assertThat(chain.signed).isEmpty();
    }

    @Test
    void refusesMoreThanTheMaximumPerCall() {
        Config config = new Config(true, MicroAlgos.ofAlgo(2), 4, Duration.ofSeconds(1), null);

        assertThat(fund(config, MicroAlgos.of(2_000_001))).isEqualTo(new Result.AmountTooLarge(MicroAlgos.ofAlgo(2)));
        assertThat(chain.signed).isEmpty();
    }

    @Test
    void aPaymentTheChainRefusesIsRejectedWithItsReason() {
        chain.reject = new ChainRejectedException("receiver balance below min");

        assertThat(fund(Config.defaults(true), MicroAlgos.of(1))).isEqualTo(new Result.Rejected("receiver balance below min"));
    }

    @Test
    void aPaymentThatExpiredIsRejected() {
        chain.expire = true;

        assertThat(fund(Config.defaults(true), FIVE)).isInstanceOf(Result.Rejected.class);
    }

    @Test
    void theMaximumPerCallIsAtMostTenAlgo() {
        assertThatThrownBy(() -> new Config(true, MicroAlgos.of(10_000_001), 4, Duration.ofSeconds(1), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theAmountMustBePositive() {
        assertThatThrownBy(() -> new Command(FAN, MicroAlgos.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
