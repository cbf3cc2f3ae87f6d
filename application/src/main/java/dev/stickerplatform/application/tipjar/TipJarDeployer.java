package dev.stickerplatform.application.tipjar;

import dev.stickerplatform.application.chainwrite.ChainWrites;
import dev.stickerplatform.application.chainwrite.ChainWrites.Progress;
import dev.stickerplatform.application.chainwrite.Leases;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.ChainWrite;
import dev.stickerplatform.domain.model.MicroAlgos;
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

    /** Signs the create transaction of a new tip jar (not submitted). */
    public ChainWrite signCreate(UUID tipJarId, Address creator,
                                 MicroAlgos minTip, int version) {
        Signer deployer = signers.forRole(SignerRole.DEPLOYER);
        var request = new TxnRequest.CreateTipProxy(deployer.address(), creator,
                signers.forRole(SignerRole.ADMIN).address(), minTip, version, Leases.of(tipJarId, "create"));
        return chain.sign(request, deployer);
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
                        signCreate(jar.id(), jar.creator(), jar.minTip(), jar.version())));
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
