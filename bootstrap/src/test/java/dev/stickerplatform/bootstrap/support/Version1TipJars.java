package dev.stickerplatform.bootstrap.support;

import dev.stickerplatform.adapters.algorand.simulated.KnownProgram;
import dev.stickerplatform.adapters.algorand.tipproxy.TipProxyAbi;
import dev.stickerplatform.adapters.algorand.tipproxy.TipProxyPrograms;
import dev.stickerplatform.bootstrap.wiring.Platform;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.Creator;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.TipJar;
import dev.stickerplatform.domain.port.Chain.StateValue;
import dev.stickerplatform.domain.port.SignerRole;
import dev.stickerplatform.domain.port.Store;
import dev.stickerplatform.domain.port.TestData;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A creator's jar deployed before version 2, as on a real network: the version 1 program installed on the simulated
 * ledger by the ADMIN account (funded like a deployment) and recorded as the creator's active tip jar. An upgrade of
 * it deploys a different program (an upgrade of a current jar is refused: it would deploy the same one).
 */
public final class Version1TipJars {
    private Version1TipJars() {
    }

    public static AppId install(Platform platform, Address creator, MicroAlgos minTip) {
        Address admin = platform.services().ports().signers().forRole(SignerRole.ADMIN).address();
        Map<String, StateValue> global = new LinkedHashMap<>();
        global.put(TipProxyAbi.CREATOR_ADDRESS, StateValue.ofBytes(creator.publicKey()));
        global.put(TipProxyAbi.PLATFORM_ADDRESS, StateValue.ofBytes(admin.publicKey()));
        global.put(TipProxyAbi.MIN_TIP_AMOUNT, StateValue.ofUint(minTip.value()));
        global.put(TipProxyAbi.TOTAL_TIPS, StateValue.ofUint(0));
        global.put(TipProxyAbi.TOTAL_AMOUNT, StateValue.ofUint(0));
        global.put(TipProxyAbi.CONTRACT_VERSION, StateValue.ofUint(1));
        global.put(TipProxyAbi.PAUSED, StateValue.ofUint(0));
        AppId app = platform.ledger().installApp(
                KnownProgram.tipProxyVersion1(TipProxyPrograms.tealSourcesVersion1()), admin,
                TipProxyAbi.GLOBAL_UINTS_VERSION_1, TipProxyAbi.GLOBAL_BYTES_VERSION_1, global);
        platform.ledger().fund(app.address(), MicroAlgos.of(100_000));
        Store store = platform.services().ports().store();
        Instant now = Instant.now();
        store.creators().save(new Creator(creator, "veteran", now));
        store.tipJars().insert(TipJar.deploying(UUID.randomUUID(), creator, 1, minTip, null, now)
                .created(app, TestData.uniqueTxId(), null).activated(now));
        return app;
    }
}
