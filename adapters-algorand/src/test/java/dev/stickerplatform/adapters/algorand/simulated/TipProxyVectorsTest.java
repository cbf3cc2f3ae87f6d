package dev.stickerplatform.adapters.algorand.simulated;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The TipProxy conformance vectors run against the simulated ledger. The same files run against the TEAL on an
 * AVM emulator in the contracts module, so the Java TipProxy cannot drift from the real one.
 */
class TipProxyVectorsTest {
    /** Shipped by the contracts artifact. */
    private static final String CONTRACT_VECTORS = "contracts/tip_proxy/vectors";

    @Test
    void theContractsArtifactShipsVectors() {
        assertThat(TipProxyVector.load(CONTRACT_VECTORS)).isNotEmpty();
    }

    @TestFactory
    Stream<DynamicTest> contractVectors() {
        return tests(TipProxyVector.load(CONTRACT_VECTORS));
    }

    private static Stream<DynamicTest> tests(List<TipProxyVector> vectors) {
        return vectors.stream().map(v -> DynamicTest.dynamicTest(v.name(),
                () -> new TipProxyVectorRunner(v.json()).run()));
    }
}
