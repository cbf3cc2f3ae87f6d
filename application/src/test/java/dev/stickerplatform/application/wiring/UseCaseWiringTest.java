package dev.stickerplatform.application.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.adapters.algorand.tipproxy.TipProxyAbi;
import dev.stickerplatform.adapters.persistence.memory.InMemoryAuditTrail;
import dev.stickerplatform.adapters.persistence.memory.InMemoryDailyCaps;
import dev.stickerplatform.adapters.persistence.memory.LocalContentStore;
import dev.stickerplatform.adapters.persistence.memory.SeededRandomness;
import dev.stickerplatform.application.Testbed;
import dev.stickerplatform.application.metrics.PipelineMetrics;
import dev.stickerplatform.application.tipjar.DeploymentCost;
import dev.stickerplatform.application.tipjar.DeploymentQuote;
import dev.stickerplatform.application.tipjar.RegistrationMode;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.port.SignerRole;
import dev.stickerplatform.domain.port.TestKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UseCaseWiringTest {
    private final Testbed bed = new Testbed();
    private final UseCaseWiring.Ports ports = new UseCaseWiring.Ports(bed.chain, bed.store, bed.signers,
            new LocalContentStore("http://localhost/ipfs/"), new SeededRandomness(7), bed.clock,
            new InMemoryAuditTrail(), new InMemoryDailyCaps());

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void withoutTheTipJarSchemaNoDeploymentIsQuoted() {
        var wiring = new UseCaseWiring(ports, UseCaseWiring.Settings.defaults(false), PipelineMetrics.NONE);

        assertThat(wiring.registerCreator().quote(TestKeys.newAddress())).isNull();
    }

    @Test
    void withTheTipJarSchemaTheDeployerIsPaidTheQuote() {
        var defaults = UseCaseWiring.Settings.defaults(false);
        var settings = new UseCaseWiring.Settings(defaults.deployment(), RegistrationMode.OPEN,
                new DeploymentCost.AppSchema(TipProxyAbi.GLOBAL_UINTS, TipProxyAbi.GLOBAL_BYTES),
                defaults.dailyCaps(), defaults.maxTemplatesPerCreator(), defaults.pipeline(), defaults.params(),
                defaults.faucet(), defaults.grants(), defaults.transfers(), defaults.onramp());
        var wiring = new UseCaseWiring(ports, settings, PipelineMetrics.NONE);
        Address creator = TestKeys.newAddress();

        DeploymentQuote quote = wiring.registerCreator().quote(creator);

        assertThat(quote.mode()).isEqualTo(RegistrationMode.OPEN);
        assertThat(quote.receiver()).isEqualTo(bed.signer(SignerRole.DEPLOYER).address());
        assertThat(quote.amount().value()).isGreaterThan(defaults.deployment().fundAmount().value());
    }
}
