package dev.stickerplatform.adapters.persistence.postgres;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AssetId;
import dev.stickerplatform.domain.model.StickerTransfer;
import dev.stickerplatform.domain.port.DuplicateException;
import dev.stickerplatform.domain.port.Store;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.SqlStatement;

/** Transfers waiting for (or done with) their approval, by approval id. */
final class JdbiStickerTransfers implements Store.StickerTransfers {
    private static final RowMapper<StickerTransfer> ROW = (rs, ctx) -> new StickerTransfer(
            rs.getObject("approval_id", UUID.class), rs.getLong("sticker_id"),
            Columns.get(rs, ctx, "asset_id", AssetId.class), Columns.get(rs, ctx, "from_wallet", Address.class),
            Columns.get(rs, ctx, "to_wallet", Address.class), rs.getString("requested_by"),
            Columns.get(rs, ctx, "state", StickerTransfer.State.class),
            Columns.get(rs, ctx, "created_at", Instant.class), Columns.get(rs, ctx, "updated_at", Instant.class));

    private final Session session;

    JdbiStickerTransfers(Session session) {
        this.session = session;
    }

    @Override
    public void insert(StickerTransfer transfer) {
        Objects.requireNonNull(transfer, "transfer");
        int inserted = session.write(h -> bind(h.createUpdate("""
                INSERT INTO sticker_transfers (approval_id, sticker_id, asset_id, from_wallet, to_wallet,
                                               requested_by, state, created_at, updated_at)
                VALUES (:approval_id, :sticker_id, :asset_id, :from_wallet, :to_wallet, :requested_by, :state,
                        :created_at, :updated_at)
                ON CONFLICT DO NOTHING
                """), transfer).execute());
        if (inserted == 0) {
            throw new DuplicateException("transfer " + transfer.approvalId() + " exists, or another transfer of "
                    + "sticker " + transfer.stickerId() + " awaits approval");
        }
    }

    @Override
    public Optional<StickerTransfer> awaitingFor(long stickerId) {
        return session.read(h -> h.createQuery("""
                SELECT * FROM sticker_transfers WHERE sticker_id = :sticker AND state = 'AWAITING_APPROVAL'
                """).bind("sticker", stickerId).map(ROW).findOne());
    }

    @Override
    public void update(StickerTransfer transfer) {
        Objects.requireNonNull(transfer, "transfer");
        session.write(h -> bind(h.createUpdate("""
                UPDATE sticker_transfers SET sticker_id = :sticker_id, asset_id = :asset_id,
                       from_wallet = :from_wallet, to_wallet = :to_wallet, requested_by = :requested_by,
                       state = :state, created_at = :created_at, updated_at = :updated_at
                 WHERE approval_id = :approval_id
                """), transfer).execute());
    }

    @Override
    public Optional<StickerTransfer> find(UUID approvalId) {
        return session.read(h -> h.createQuery("SELECT * FROM sticker_transfers WHERE approval_id = :id")
                .bind("id", approvalId).map(ROW).findOne());
    }

    @Override
    public List<StickerTransfer> awaitingApproval(int limit) {
        return session.read(h -> h.createQuery("""
                SELECT * FROM sticker_transfers WHERE state = 'AWAITING_APPROVAL'
                 ORDER BY created_at, approval_id LIMIT :limit
                """).bind("limit", limit).map(ROW).list());
    }

    private static <S extends SqlStatement<S>> S bind(S statement, StickerTransfer transfer) {
        return statement.bind("approval_id", transfer.approvalId())
                .bind("sticker_id", transfer.stickerId())
                .bind("asset_id", transfer.assetId())
                .bind("from_wallet", transfer.from())
                .bind("to_wallet", transfer.to())
                .bind("requested_by", transfer.requestedBy())
                .bind("state", transfer.state())
                .bind("created_at", transfer.createdAt())
                .bind("updated_at", transfer.updatedAt());
    }
}
