package dev.stickerplatform.adapters.http.resources;

import dev.stickerplatform.domain.model.Approval;
import dev.stickerplatform.domain.model.TipJar;

/**
 * A tip jar's upgrade to a new app. {@code oldAppId}: null when a repeated paid upgrade is answered from its
 * payment; {@code oldAppDeletion}: the approval that deletes the old app (null while the new one is not active
 * yet); {@code deploymentApproval}: the approval the new deployment waits for, else null.
 */
public record UpgradeJson(Long oldAppId, Long newAppId, String newAppAddress, int newVersion, String status,
                          PendingApprovalJson oldAppDeletion, PendingApprovalJson deploymentApproval) {

    public static UpgradeJson of(TipJar old, TipJar fresh, String status, Approval deletion, Approval deployment) {
        return new UpgradeJson(old == null ? null : Wire.id(old.appId()), Wire.id(fresh.appId()),
                Wire.text(fresh.appAddress()), fresh.version(), status, PendingApprovalJson.of(deletion),
                PendingApprovalJson.of(deployment));
    }
}
