package dev.stickerplatform.adapters.http.resources;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.Approval;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * A high-value operation waiting for approvals: its transaction ({@code transaction}, base64), the exact bytes a
 * member signs ({@code bytesToSign}), the multisig members and who signed.
 */
public record ApprovalJson(String id, String kind, String role, String summary, String account, String state,
                           int threshold, int signatureCount, List<MemberJson> members, List<String> signedBy,
                           String txId, long lastValid, String transaction, String bytesToSign, Long confirmedRound,
                           String lastError, String requestedBy, Instant createdAt, Instant updatedAt) {

    /** A multisig member and whether it signed. */
    public record MemberJson(String address, boolean signed) {
    }

    public static ApprovalJson of(Approval a) {
        List<MemberJson> members = a.multisig() == null ? List.of() : a.multisig().members().stream()
                .map(member -> new MemberJson(member.value(), a.signatures().containsKey(member))).toList();
        Base64.Encoder base64 = Base64.getEncoder();
        return new ApprovalJson(a.id().toString(), a.kind().name(), a.role(), a.summary(), a.account().value(),
                a.state().name(), a.threshold(), a.signatures().size(), members,
                a.signatures().keySet().stream().map(Address::value).toList(), a.txn().txId().value(),
                a.txn().lastValid().value(), base64.encodeToString(a.txn().bytes()),
                base64.encodeToString(a.txn().bytesToSign()),
                a.confirmedRound() == null ? null : a.confirmedRound().value(), a.lastError(), a.requestedBy(),
                a.createdAt(), a.updatedAt());
    }
}
