package dev.stickerplatform.adapters.persistence.postgres;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.DeploymentPayment;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.DuplicateException;
import dev.stickerplatform.domain.port.Store;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;

/** Deployment payments by txid (a second use of a txid is a {@code DuplicateException}). */
final class JdbiDeploymentPayments implements Store.DeploymentPayments {
    private static final RowMapper<DeploymentPayment> ROW = (rs, ctx) -> new DeploymentPayment(
            Columns.get(rs, ctx, "tx_id", TxId.class), Columns.get(rs, ctx, "creator_wallet", Address.class),
            Columns.get(rs, ctx, "amount_micro_algos", MicroAlgos.class),
            Columns.get(rs, ctx, "purpose", DeploymentPayment.Purpose.class), rs.getObject("tip_jar_id", UUID.class),
            Columns.get(rs, ctx, "used_at", Instant.class));

    private final Session session;

    JdbiDeploymentPayments(Session session) {
        this.session = session;
    }

    @Override
    public void insert(DeploymentPayment payment) {
        Objects.requireNonNull(payment, "payment");
        int inserted = session.write(h -> h.createUpdate("""
                INSERT INTO deployment_payments (tx_id, creator_wallet, amount_micro_algos, purpose, tip_jar_id,
                                                 used_at)
                VALUES (:tx_id, :creator_wallet, :amount, :purpose, :tip_jar_id, :used_at)
                ON CONFLICT DO NOTHING
                """)
                .bind("tx_id", payment.txId())
                .bind("creator_wallet", payment.creator())
                .bind("amount", payment.amount())
                .bind("purpose", payment.purpose())
                .bind("tip_jar_id", payment.tipJarId())
                .bind("used_at", payment.usedAt())
                .execute());
        if (inserted == 0) {
            throw new DuplicateException("payment " + payment.txId() + " is already used");
        }
    }

    @Override
    public Optional<DeploymentPayment> find(TxId txId) {
        return session.read(h -> h.createQuery("SELECT * FROM deployment_payments WHERE tx_id = :id")
                .bind("id", txId).map(ROW).findOne());
    }
}
