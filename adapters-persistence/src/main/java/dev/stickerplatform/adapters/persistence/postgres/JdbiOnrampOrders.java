package dev.stickerplatform.adapters.persistence.postgres;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.OnrampOrder;
import dev.stickerplatform.domain.model.OnrampStatus;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.DuplicateException;
import dev.stickerplatform.domain.port.StaleWriteException;
import dev.stickerplatform.domain.port.Store;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * On-ramp orders, saved under optimistic locking ({@code UPDATE … WHERE version = ?}); one payment per order is a
 * unique constraint. Applied webhook events are rows keyed by the event ({@code ON CONFLICT DO NOTHING}).
 */
final class JdbiOnrampOrders implements Store.OnrampOrders {
    private static final RowMapper<OnrampOrder> ROW = (rs, ctx) -> new OnrampOrder(rs.getString("partner_order_id"),
            Columns.get(rs, ctx, "fan", Address.class), Columns.get(rs, ctx, "creator", Address.class),
            rs.getBigDecimal("fiat_amount"), rs.getString("fiat_currency"),
            Columns.get(rs, ctx, "status", OnrampStatus.class), rs.getString("transak_order_id"),
            Columns.get(rs, ctx, "payment_tx_id", TxId.class), Columns.get(rs, ctx, "received", MicroAlgos.class),
            Columns.get(rs, ctx, "platform_fee", MicroAlgos.class),
            Columns.get(rs, ctx, "tip_amount", MicroAlgos.class), rs.getBytes("tip_group"),
            Columns.get(rs, ctx, "tip_tx_id", TxId.class), Columns.get(rs, ctx, "tip_last_valid", Round.class),
            rs.getString("last_error"), Columns.get(rs, ctx, "created_at", Instant.class),
            Columns.get(rs, ctx, "updated_at", Instant.class), Columns.get(rs, ctx, "completed_at", Instant.class),
            rs.getLong("version"));

    private final Session session;

    JdbiOnrampOrders(Session session) {
        this.session = session;
    }

    @Override
    public void insert(OnrampOrder order) {
        Objects.requireNonNull(order, "order");
        int inserted = session.write(h -> bind(h.createUpdate("""
                INSERT INTO onramp_orders (partner_order_id, fan, creator, fiat_amount, fiat_currency, status,
                       transak_order_id, payment_tx_id, received, platform_fee, tip_amount, tip_group, tip_tx_id,
                       tip_last_valid, last_error, created_at, updated_at, completed_at, version)
                VALUES (:partner_order_id, :fan, :creator, :fiat_amount, :fiat_currency, :status, :transak_order_id,
                        :payment_tx_id, :received, :platform_fee, :tip_amount, :tip_group, :tip_tx_id,
                        :tip_last_valid, :last_error, :created_at, :updated_at, :completed_at, :version)
                ON CONFLICT DO NOTHING
                """), order).execute());
        if (inserted == 0) {
            throw new DuplicateException("order " + order.partnerOrderId() + " exists");
        }
    }

    @Override
    public Optional<OnrampOrder> find(String partnerOrderId) {
        return session.read(h -> h.createQuery("SELECT * FROM onramp_orders WHERE partner_order_id = :id")
                .bind("id", partnerOrderId).map(ROW).findOne());
    }

    @Override
    public OnrampOrder save(OnrampOrder order) {
        Objects.requireNonNull(order, "order");
        int updated = session.write(h -> bind(h.createUpdate("""
                UPDATE onramp_orders SET status = :status, transak_order_id = :transak_order_id,
                       payment_tx_id = :payment_tx_id, received = :received, platform_fee = :platform_fee,
                       tip_amount = :tip_amount, tip_group = :tip_group, tip_tx_id = :tip_tx_id,
                       tip_last_valid = :tip_last_valid, last_error = :last_error, updated_at = :updated_at,
                       completed_at = :completed_at, version = :version + 1
                 WHERE partner_order_id = :partner_order_id AND version = :version
                """), order).execute());
        if (updated == 0) {
            throw new StaleWriteException("order " + order.partnerOrderId() + " is no longer at version "
                    + order.version());
        }
        return order.withVersion(order.version() + 1);
    }

    @Override
    public List<OnrampOrder> byFan(Address fan, int limit) {
        return session.read(h -> h.createQuery("""
                SELECT * FROM onramp_orders WHERE fan = :fan ORDER BY created_at DESC, partner_order_id DESC
                 LIMIT :limit
                """).bind("fan", fan).bind("limit", limit).map(ROW).list());
    }

    @Override
    public List<OnrampOrder> inStatus(OnrampStatus status, int limit) {
        return session.read(h -> h.createQuery("""
                SELECT * FROM onramp_orders WHERE status = :status ORDER BY created_at, partner_order_id
                 LIMIT :limit
                """).bind("status", status).bind("limit", limit).map(ROW).list());
    }

    @Override
    public boolean recordEvent(String eventKey, String partnerOrderId, Instant at) {
        return session.write(h -> h.createUpdate("""
                INSERT INTO onramp_events (event_key, partner_order_id, received_at) VALUES (:key, :order, :at)
                ON CONFLICT DO NOTHING
                """).bind("key", eventKey).bind("order", partnerOrderId).bind("at", at)
                .execute()) == 1;
    }

    private static <S extends SqlStatement<S>> S bind(S statement, OnrampOrder order) {
        return statement.bind("partner_order_id", order.partnerOrderId())
                .bind("fan", order.fan())
                .bind("creator", order.creator())
                .bind("fiat_amount", order.fiatAmount())
                .bind("fiat_currency", order.fiatCurrency())
                .bind("status", order.status())
                .bind("transak_order_id", order.transakOrderId())
                .bindByType("payment_tx_id", order.paymentTxId(), TxId.class)
                .bindByType("received", order.received(), MicroAlgos.class)
                .bindByType("platform_fee", order.platformFee(), MicroAlgos.class)
                .bindByType("tip_amount", order.tipAmount(), MicroAlgos.class)
                .bind("tip_group", order.tipGroup())
                .bindByType("tip_tx_id", order.tipTxId(), TxId.class)
                .bindByType("tip_last_valid", order.tipLastValid(), Round.class)
                .bind("last_error", Columns.diagnostic(order.lastError()))
                .bind("created_at", order.createdAt())
                .bind("updated_at", order.updatedAt())
                .bindByType("completed_at", order.completedAt(), Instant.class)
                .bind("version", order.version());
    }
}
