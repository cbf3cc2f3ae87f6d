package dev.stickerplatform.adapters.persistence.postgres;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.Approval;
import dev.stickerplatform.domain.model.ApprovalKind;
import dev.stickerplatform.domain.model.ApprovalState;
import dev.stickerplatform.domain.model.MultisigAccount;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.model.UnsignedTxn;
import dev.stickerplatform.domain.port.DuplicateException;
import dev.stickerplatform.domain.port.PageRequest;
import dev.stickerplatform.domain.port.StaleWriteException;
import dev.stickerplatform.domain.port.Store;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * Approvals, saved under optimistic locking ({@code UPDATE … WHERE id = ? AND version = ?}). Signatures are one
 * column of 96-byte entries (public key, signature) in the order they were given; multisig members are a
 * comma-separated list of addresses in the account's order.
 */
final class JdbiApprovals implements Store.Approvals {
    private static final int ENTRY = 96;
    private static final RowMapper<Approval> ROW = (rs, ctx) -> {
        String members = rs.getString("multisig_members");
        MultisigAccount multisig = members == null ? null : new MultisigAccount(rs.getInt("multisig_threshold"),
                Arrays.stream(members.split(",")).map(Address::new).toList());
        return new Approval(rs.getObject("id", UUID.class), Columns.get(rs, ctx, "kind", ApprovalKind.class),
                rs.getString("role"), rs.getString("summary"), Columns.get(rs, ctx, "account", Address.class), multisig,
                new UnsignedTxn(Columns.get(rs, ctx, "txn_id", TxId.class),
                        Columns.get(rs, ctx, "txn_last_valid", Round.class), rs.getBytes("txn_bytes")),
                signatures(rs.getBytes("signatures")), Columns.get(rs, ctx, "state", ApprovalState.class),
                Columns.chainWrite(rs, ctx), Columns.get(rs, ctx, "confirmed_round", Round.class),
                rs.getString("last_error"), rs.getString("requested_by"),
                Columns.get(rs, ctx, "created_at", Instant.class), Columns.get(rs, ctx, "updated_at", Instant.class),
                rs.getLong("version"));
    };

    private final Session session;

    JdbiApprovals(Session session) {
        this.session = session;
    }

    @Override
    public void insert(Approval approval) {
        Objects.requireNonNull(approval, "approval");
        int inserted = session.write(h -> bind(h.createUpdate("""
                INSERT INTO approvals (id, kind, role, summary, account, multisig_threshold, multisig_members, txn_id,
                       txn_last_valid, txn_bytes, signatures, state, pending_tx_id, pending_last_valid, pending_signed,
                       confirmed_round, last_error, requested_by, created_at, updated_at, version)
                VALUES (:id, :kind, :role, :summary, :account, :multisig_threshold, :multisig_members, :txn_id,
                        :txn_last_valid, :txn_bytes, :signatures, :state, :pending_tx_id, :pending_last_valid,
                        :pending_signed, :confirmed_round, :last_error, :requested_by, :created_at, :updated_at,
                        :version)
                ON CONFLICT DO NOTHING
                """), approval).bind("version", approval.version()).execute());
        if (inserted == 0) {
            throw new DuplicateException("approval " + approval.id() + " exists");
        }
    }

    @Override
    public Optional<Approval> find(UUID id) {
        return session.read(h -> h.createQuery("SELECT * FROM approvals WHERE id = :id")
                .bind("id", id).map(ROW).findOne());
    }

    @Override
    public Approval save(Approval approval) {
        Objects.requireNonNull(approval, "approval");
        int updated = session.write(h -> bind(h.createUpdate("""
                UPDATE approvals SET kind = :kind, role = :role, summary = :summary, account = :account,
                       multisig_threshold = :multisig_threshold, multisig_members = :multisig_members,
                       txn_id = :txn_id, txn_last_valid = :txn_last_valid, txn_bytes = :txn_bytes,
                       signatures = :signatures, state = :state, pending_tx_id = :pending_tx_id,
                       pending_last_valid = :pending_last_valid, pending_signed = :pending_signed,
                       confirmed_round = :confirmed_round, last_error = :last_error, requested_by = :requested_by,
                       created_at = :created_at, updated_at = :updated_at, version = :version + 1
                 WHERE id = :id AND version = :version
                """), approval).bind("version", approval.version()).execute());
        if (updated == 0) {
            throw new StaleWriteException("approval " + approval.id() + " is no longer at version "
                    + approval.version());
        }
        return approval.withVersion(approval.version() + 1);
    }

    @Override
    public List<Approval> list(ApprovalState state, PageRequest page) {
        return session.read(h -> {
            var query = h.createQuery("SELECT * FROM approvals" + (state == null ? "" : " WHERE state = :state")
                            + " ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset")
                    .bind("limit", page.limit())
                    .bind("offset", page.offset());
            if (state != null) {
                query.bind("state", state);
            }
            return query.map(ROW).list();
        });
    }

    @Override
    public Map<ApprovalState, Long> countByState() {
        Map<ApprovalState, Long> counts = new EnumMap<>(ApprovalState.class);
        for (ApprovalState state : ApprovalState.values()) {
            counts.put(state, 0L);
        }
        session.read(h -> h.createQuery("SELECT state, count(*) AS n FROM approvals GROUP BY state")
                .map((rs, ctx) -> Map.entry(Columns.get(rs, ctx, "state", ApprovalState.class), rs.getLong("n")))
                .list()).forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
        return counts;
    }

    private static <S extends SqlStatement<S>> S bind(S statement, Approval approval) {
        MultisigAccount multisig = approval.multisig();
        return Columns.bindWrite(statement, approval.write())
                .bind("id", approval.id())
                .bind("kind", approval.kind())
                .bind("role", approval.role())
                .bind("summary", Columns.diagnostic(approval.summary()))
                .bind("account", approval.account())
                .bind("multisig_threshold", multisig == null ? null : multisig.threshold())
                .bind("multisig_members", multisig == null ? null
                        : String.join(",", multisig.members().stream().map(Address::value).toList()))
                .bind("txn_id", approval.txn().txId())
                .bind("txn_last_valid", approval.txn().lastValid())
                .bind("txn_bytes", approval.txn().bytes())
                .bind("signatures", encode(approval.signatures()))
                .bind("state", approval.state())
                .bindByType("confirmed_round", approval.confirmedRound(), Round.class)
                .bind("last_error", Columns.diagnostic(approval.lastError()))
                .bind("requested_by", approval.requestedBy())
                .bind("created_at", approval.createdAt())
                .bind("updated_at", approval.updatedAt());
    }

    private static byte[] encode(Map<Address, byte[]> signatures) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(signatures.size() * ENTRY);
        signatures.forEach((signer, signature) -> {
            out.writeBytes(signer.publicKey());
            out.writeBytes(signature);
        });
        return out.toByteArray();
    }

    private static Map<Address, byte[]> signatures(byte[] column) {
        Map<Address, byte[]> signatures = new LinkedHashMap<>();
        for (int at = 0; at + ENTRY <= column.length; at += ENTRY) {
            signatures.put(Address.fromPublicKey(Arrays.copyOfRange(column, at, at + 32)),
                    Arrays.copyOfRange(column, at + 32, at + ENTRY));
        }
        return signatures;
    }
}
