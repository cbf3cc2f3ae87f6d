package dev.stickerplatform.bootstrap.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.adapters.algorand.SimulatedChain;
import dev.stickerplatform.adapters.algorand.simulated.SimulatedLedger;
import dev.stickerplatform.adapters.algorand.simulated.TxConfirmation;
import dev.stickerplatform.adapters.kms.StaticSigners;
import dev.stickerplatform.adapters.persistence.memory.InMemoryStore;
import dev.stickerplatform.bootstrap.support.LedgerRuns;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.TipJarStatus;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.SignerRole;
import dev.stickerplatform.domain.port.Store;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the fault tests start from, fresh for every test: a simulated ledger with manual rounds of 20 ms, dev signers
 * holding 1,000 ALGO each, and the store under test ({@link #newStore()}: in memory, or PostgreSQL in the Postgres
 * subclasses). The ledger closes after the test.
 */
abstract class FundedLedgerTest {
    SimulatedLedger ledger;
    Chain chain;
    Store store;
    StaticSigners signers;

    @BeforeEach
    void startFundedLedger() {
        ledger = new SimulatedLedger(SimulatedLedger.Config.manualBlocks().withBlockTime(Duration.ofMillis(20)));
        chain = new SimulatedChain(ledger);
        store = newStore();
        signers = StaticSigners.generateDev(new SecureRandom());
        for (SignerRole role : SignerRole.values()) {
            ledger.fund(signers.forRole(role).address(), MicroAlgos.ofAlgo(1000));
        }
    }

    /** The store under test; a Postgres subclass runs the same cases on the real database. */
    Store newStore() {
        return new InMemoryStore();
    }

    @AfterEach
    void closeLedger() {
        ledger.close();
    }

    /** Every confirmed transaction, round by round. */
    Stream<TxConfirmation> confirmations() {
        return LedgerRuns.confirmations(ledger);
    }

    long appsCreated() {
        return confirmations().filter(c -> c.createdApp() != null).count();
    }

    /** The creator's tip jar is ACTIVE, one app was created on chain, and the jar's account holds its 0.1 ALGO. */
    void assertOneActiveFundedTipJar(Address creator) {
        var jar = store.tipJars().current(creator).orElseThrow();
        assertThat(jar.status()).isEqualTo(TipJarStatus.ACTIVE);
        assertThat(appsCreated()).isEqualTo(1);
        assertThat(ledger.account(jar.appAddress()).balance()).isEqualTo(MicroAlgos.of(100_000));
    }
}
