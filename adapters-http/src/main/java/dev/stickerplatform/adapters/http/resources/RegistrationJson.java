package dev.stickerplatform.adapters.http.resources;

import dev.stickerplatform.domain.model.Approval;
import dev.stickerplatform.domain.model.TipJar;

/**
 * A creator's registration: the tip jar deployed for them ({@code status} {@code active}, or {@code pending} while
 * it confirms); {@code deploymentApproval} is the approval the deployment waits for (registration by approval),
 * else null.
 */
public record RegistrationJson(String walletAddress, String username, Long appId, String appAddress, int version,
                               String minTipAlgo, long minTipMicroAlgos, String txId, String pendingTxId,
                               String status, PendingApprovalJson deploymentApproval) {

    public static RegistrationJson of(TipJar jar, String username, String status, Approval approval) {
        return new RegistrationJson(jar.creator().value(), username, Wire.id(jar.appId()), Wire.text(jar.appAddress()),
                jar.version(), jar.minTip().toAlgoString(), jar.minTip().value(), Wire.text(jar.createTxId()),
                jar.pendingWrite() == null ? null : jar.pendingWrite().txId().value(), status,
                PendingApprovalJson.of(approval));
    }
}
