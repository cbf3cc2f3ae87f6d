package dev.stickerplatform.application.tipjar;

import dev.stickerplatform.application.approval.ProposeApprovalService;
import dev.stickerplatform.application.chainwrite.Leases;
import dev.stickerplatform.domain.model.Approval;
import dev.stickerplatform.domain.model.ApprovalKind;
import dev.stickerplatform.domain.model.TipJar;
import dev.stickerplatform.domain.model.TipJarStatus;
import dev.stickerplatform.domain.port.ChainUnavailableException;
import dev.stickerplatform.domain.port.SignerRole;
import dev.stickerplatform.domain.port.Signers;
import dev.stickerplatform.domain.port.Store;
import dev.stickerplatform.domain.port.StoreUnavailableException;
import dev.stickerplatform.domain.port.TxnRequest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

/**
 * Proposes deleting the app an upgrade replaced, once the replacement is active. The approval's id is derived from
 * the retired tip jar, so the request that finished the upgrade and the background follower that may finish it
 * later propose it once between them.
 */
final class OldAppDeletion {
    private static final System.Logger LOG = System.getLogger(OldAppDeletion.class.getName());
    private final Store store;
    private final Signers signers;
    private final ProposeApprovalService approvals;

    OldAppDeletion(Store store, Signers signers, ProposeApprovalService approvals) {
        this.store = store;
        this.signers = signers;
        this.approvals = approvals;
    }

    /** The deletion of {@code old}, replaced by {@code replacement}; null when it could not be proposed now. */
    Approval propose(TipJar old, TipJar replacement) {
        var admin = signers.forRole(SignerRole.ADMIN);
        UUID id = UUID.nameUUIDFromBytes(("delete-tip-jar:" + old.id()).getBytes(StandardCharsets.UTF_8));
        try {
            return approvals.proposeOnce(id, ApprovalKind.DELETE_TIP_JAR, SignerRole.ADMIN, "delete TipProxy app "
                    + old.appId() + " (version " + old.version() + ") of creator " + old.creator()
                    + ", replaced by app " + replacement.appId() + " (version " + replacement.version() + ")",
                    new TxnRequest.DeleteTipProxy(admin.address(), old.appId(), Leases.of(old.id(), "delete")),
                    old.creator().value());
        } catch (ChainUnavailableException | StoreUnavailableException e) {
            LOG.log(System.Logger.Level.WARNING, "could not propose deleting retired TipProxy app {0}: {1}",
                    old.appId(), e.getMessage());
            return null;
        }
    }

    /** For an upgrade that has just become active: proposes deleting the app it replaced, if there is one. */
    Optional<Approval> proposeFor(TipJar replacement) {
        if (replacement.version() < 2 || replacement.status() != TipJarStatus.ACTIVE) {
            return Optional.empty();
        }
        // withApps() also lists retired jars; an upgrade completes rarely, so one scan is acceptable here
        return store.tipJars().withApps().stream()
                .filter(jar -> jar.creator().equals(replacement.creator()) && jar.status() == TipJarStatus.RETIRED
                        && jar.version() == replacement.version() - 1)
                .findFirst()
                .map(old -> propose(old, replacement));
    }
}
