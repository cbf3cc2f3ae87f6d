package dev.stickerplatform.application.tipjar;

import dev.stickerplatform.application.chainwrite.ChainWrites;
import dev.stickerplatform.application.chainwrite.ChainWrites.Progress;
import dev.stickerplatform.application.chainwrite.Leases;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.ChainWrite;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.PlatformFee;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.model.TipJar;
import dev.stickerplatform.domain.model.TipJarStatus;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.Signer;
import dev.stickerplatform.domain.port.SignerRole;
import dev.stickerplatform.domain.port.Signers;
import dev.stickerplatform.domain.port.Store;
import dev.stickerplatform.domain.port.TxnRequest;
import java.time.Clock;
import java.util.UUID;

/**
 * Moves a tip jar through DEPLOYING → FUNDING → ACTIVE, one recorded chain write at a time. Every write is
 * stored before it is submitted and re-examined on the chain whenever the process comes back to it, so a crash
 * anywhere leaves at most one app and one funding payment, and {@link #advance} finishes the job later.
 * Shared by registration, upgrade and start-up recovery.
 */
public final class TipJarDeployer {
    private final Chain chain;
    private final ChainWrites writes;
    private final Store store;
    private final Signers signers;
    private final Clock clock;
    private final DeploymentConfig config;

    public TipJarDeployer(Chain chain, Store store, Signers signers, Clock clock, DeploymentConfig config) {
        this.chain = chain;
        this.writes = new ChainWrites(chain);
        this.store = store;
        this.signers = signers;
        this.clock = clock;
        this.config = config;
    }

    /**
     * Signs the create transaction of a new tip jar (not submitted): the current TipProxy with the ADMIN account as
     * platform and the configured fee and treasury.
     *
     * @throws IllegalArgumentException when {@code minTip} is not above the fee's floor (the contract would refuse it)
     */
    public ChainWrite signCreate(UUID tipJarId, Address creator, MicroAlgos minTip) {
        Signer deployer = signers.forRole(SignerRole.DEPLOYER);
        Terms terms = terms();
        var request = new TxnRequest.CreateTipProxy(deployer.address(), creator, terms.platform(), terms.treasury(),
                minTip, terms.fee(), Leases.of(tipJarId, "create"));
        return chain.sign(request, deployer);
    }

    /**
     * What a new TipProxy is created with, besides its creator and minimum tip: the platform account (may delete it
     * and tip on a fan's behalf), the treasury and the fee it pays there on every tip.
     */
    public record Terms(Address platform, Address treasury, PlatformFee fee) {
    }

    public Terms terms() {
        return new Terms(signers.forRole(SignerRole.ADMIN).address(), treasury(), config.fee());
    }

    /** The account new TipProxies pay their fee to. */
    private Address treasury() {
        return config.treasury() != null ? config.treasury() : signers.forRole(SignerRole.MINTER).address();
    }

    /**
     * Returns {@code minTip} if a new TipProxy accepts it: above the platform fee's floor, so that every tip leaves
     * the creator something.
     *
     * @throws IllegalArgumentException naming the floor otherwise
     */
    public MicroAlgos checkMinTip(MicroAlgos minTip) {
        if (!config.fee().allowsMinTip(minTip)) {
            throw new IllegalArgumentException("minimum tip must be above the platform fee floor of "
                    + config.fee().floor().toAlgo().toPlainString() + " ALGO");
        }
        return minTip;
    }

    /** Advances the tip jar as far as it goes within {@code maxRounds} rounds; returns its latest state. */
    public TipJar advance(TipJar tipJar, int maxRounds) {
        Round start = chain.currentRound();
        Round seen = start;
        TipJar current = step(tipJar);
        while (current.status() != TipJarStatus.ACTIVE && current.status() != TipJarStatus.RETIRED
                && seen.value() - start.value() < maxRounds) {
            seen = chain.awaitRoundAfter(seen, config.roundTimeout());
            current = step(current);
        }
        return current;
    }

    private TipJar step(TipJar jar) {
        return switch (jar.status()) {
            case DEPLOYING -> switch (writes.check(jar.pendingWrite())) {
                case Progress.Confirmed confirmed -> fund(jar.created(confirmed.status().createdApp(),
                        confirmed.status().txId(), null));
                case Progress.Dead dead -> record(jar.withPendingWrite(
                        signCreate(jar.id(), jar.creator(), jar.minTip())));
                case Progress.Open open -> jar;
            };
            case FUNDING -> switch (writes.check(jar.pendingWrite())) {
                case Progress.Confirmed confirmed -> save(jar.activated(clock.instant()));
                case Progress.Dead dead -> fund(jar);
                case Progress.Open open -> jar;
            };
            case ACTIVE, RETIRED -> jar;
        };
    }

    private TipJar fund(TipJar created) {
        Signer deployer = signers.forRole(SignerRole.DEPLOYER);
        var payment = new TxnRequest.Payment(deployer.address(), created.appAddress(), config.fundAmount(),
                null, Leases.of(created.id(), "fund"));
        return record(created.withPendingWrite(chain.sign(payment, deployer)));
    }

    /** Stores the tip jar with its new pending write first, then submits the write. */
    private TipJar record(TipJar jar) {
        save(jar);
        writes.submit(jar.pendingWrite());
        return jar;
    }

    private TipJar save(TipJar jar) {
        store.tipJars().update(jar);
        return jar;
    }
}
