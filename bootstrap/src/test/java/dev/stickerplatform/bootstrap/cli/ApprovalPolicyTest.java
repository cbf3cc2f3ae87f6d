package dev.stickerplatform.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.adapters.algorand.TransactionFacts;
import dev.stickerplatform.bootstrap.config.ConfigException;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.port.TestKeys;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What an approver's tool refuses to sign, and the flag that names each exception. */
class ApprovalPolicyTest {
    final Address sender = TestKeys.newSigner().address();
    final Address other = TestKeys.newSigner().address();
    final ApprovalPolicy policy = ApprovalPolicy.fromEnv(Map.of());

    private TransactionFacts pay(long micro, Address rekeyTo, Address closeTo, Address assetCloseTo) {
        return new TransactionFacts("pay", sender, MicroAlgos.of(micro), MicroAlgos.of(1_000), rekeyTo, closeTo,
                assetCloseTo);
    }

    @Test
    void aPlainPaymentWithinTheLimitPasses() {
        assertThat(policy.refusals("FAUCET_PAYMENT", pay(10_000_000, null, null, null), Set.of())).isEmpty();
    }

    @Test
    void aRekeyIsRefusedUnlessAllowedByName() {
        var rekey = pay(0, other, null, null);

        assertThat(policy.refusals("DELETE_TIP_JAR", rekey, Set.of())).singleElement().asString()
                .contains("REKEYS " + sender + " to " + other).contains("--allow-rekey");
        assertThat(policy.refusals("DELETE_TIP_JAR", rekey, Set.of("allow-close-to", "allow-amount-above")))
                .hasSize(1);
        assertThat(policy.refusals("DELETE_TIP_JAR", rekey, Set.of("allow-rekey"))).isEmpty();
    }

    @Test
    void closingAnAccountOrAnAssetHoldingIsRefusedUnlessAllowedByName() {
        assertThat(policy.refusals("FAUCET_PAYMENT", pay(0, null, other, null), Set.of())).singleElement()
                .asString().contains("CLOSES " + sender).contains("--allow-close-to");
        assertThat(policy.refusals("FAUCET_PAYMENT", pay(0, null, null, other), Set.of())).singleElement()
                .asString().contains("CLOSES an asset holding").contains("--allow-close-to");
        assertThat(policy.refusals("FAUCET_PAYMENT", pay(0, null, other, other), Set.of("allow-close-to")))
                .isEmpty();
    }

    @Test
    void anAmountAboveTheKindsLimitIsRefusedUnlessAllowedByName() {
        assertThat(policy.refusals("FAUCET_PAYMENT", pay(10_000_001, null, null, null), Set.of())).singleElement()
                .asString().contains("pays 10.000001 ALGO, above the 10 ALGO limit for FAUCET_PAYMENT")
                .contains("--allow-amount-above");
        // a deletion pays nothing by default, and a kind this tool does not know may pay nothing either
        assertThat(policy.refusals("DELETE_TIP_JAR", pay(1, null, null, null), Set.of())).hasSize(1);
        assertThat(policy.refusals("SOMETHING_NEW", pay(1, null, null, null), Set.of())).hasSize(1);
        assertThat(policy.refusals("FAUCET_PAYMENT", pay(50_000_000, null, null, null),
                Set.of("allow-amount-above"))).isEmpty();
    }

    @Test
    void limitsComeFromTheApproversEnvironment() {
        var strict = ApprovalPolicy.fromEnv(Map.of("APPROVAL_LIMIT_FAUCET_PAYMENT_MICROALGOS", "1000000"));

        assertThat(strict.refusals("FAUCET_PAYMENT", pay(1_000_001, null, null, null), Set.of())).hasSize(1);
        assertThat(strict.refusals("faucet_payment", pay(1_000_000, null, null, null), Set.of())).isEmpty();
        assertThatThrownBy(() -> ApprovalPolicy.fromEnv(Map.of("APPROVAL_LIMIT_DELETE_TIP_JAR_MICROALGOS", "-1")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("APPROVAL_LIMIT_DELETE_TIP_JAR_MICROALGOS");
    }
}
