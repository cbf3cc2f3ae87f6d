package dev.stickerplatform.adapters.algorand.simulated;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.domain.model.Hashes;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The TipProxy conformance vectors run against the simulated ledger: version 2's and the frozen version 1's. The same
 * files run against the TEAL on an AVM emulator in the contracts module, so the Java TipProxy cannot drift from the
 * real one.
 */
class TipProxyVectorsTest {
    /** Shipped by the contracts artifact. */
    private static final String CONTRACT_VECTORS = "contracts/tip_proxy/vectors";
    private static final String VERSION_1_VECTORS = "contracts/tip_proxy/v1/vectors";

    @Test
    void theContractsArtifactShipsVectorsOfBothVersions() {
        assertThat(TipProxyVector.load(CONTRACT_VECTORS)).hasSizeGreaterThan(80);
        assertThat(TipProxyVector.load(VERSION_1_VECTORS)).hasSize(54);
    }

    /** The seeds are SHA-256 of the account names; the README lists the addresses every runner must derive. */
    @Test
    void vectorSeedsDeriveTheDocumentedAddresses() {
        assertThat(address("fan")).isEqualTo("ZU2EHZ5VRFZUHC4YGK4OLJ2IRYE2GYRWU6XCRP4QRCUJ24L6UJJZTE6HHI");
        assertThat(address("creator")).isEqualTo("FZODNTK65F7XEHDMCJK3VV7ISA547PVN3E4EZBKZ2JZRCUJ4HDFWECW4RA");
        assertThat(address("platform")).isEqualTo("XCEPAPNNNAOOQU5BEVVMMTAYVS7GJB4Z6Z6UDEUKTLZFQKL4ZR5ZTDPFUI");
        assertThat(address("treasury")).isEqualTo("VJ5I66AJGBZQAOC73RT53KHI6GVYAPLPAVO7G6QHBAOVJR2HC5MNK4AHFA");
    }

    @TestFactory
    Stream<DynamicTest> contractVectors() {
        return tests(TipProxyVector.load(CONTRACT_VECTORS), TipProxyVectorRunner.Program.CURRENT);
    }

    @TestFactory
    Stream<DynamicTest> version1Vectors() {
        return tests(TipProxyVector.load(VERSION_1_VECTORS), TipProxyVectorRunner.Program.VERSION_1);
    }

    private static String address(String name) {
        byte[] seed = Hashes.sha256(name.getBytes(StandardCharsets.UTF_8));
        return LedgerKit.address(LedgerKit.accountFromSeed(seed)).value();
    }

    private static Stream<DynamicTest> tests(List<TipProxyVector> vectors, TipProxyVectorRunner.Program program) {
        return vectors.stream().map(v -> DynamicTest.dynamicTest(v.name(),
                () -> new TipProxyVectorRunner(v.json(), program).run()));
    }
}
