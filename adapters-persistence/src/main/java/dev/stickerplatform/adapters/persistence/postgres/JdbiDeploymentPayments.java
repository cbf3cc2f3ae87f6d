package dev.stickerplatform.adapters.persistence.postgres;

import dev.stickerplatform.domain.model.DeploymentPayment;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.DuplicateException;
import dev.stickerplatform.domain.port.Store;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;

/** Deployment payments by txid (a second use of a txid is a {@code DuplicateException}). */
final class JdbiDeploymentPayments implements Store.DeploymentPayments {
    private static final RowMapper<DeploymentPayment> ROW = (rs, ctx) -> new DeploymentPayment(
            Columns.txId(rs, "tx_id"), Columns.address(rs, "creator_wallet"),
            MicroAlgos.of(rs.getLong("amount_micro_algos")),
            Columns.enumOf(DeploymentPayment.Purpose.class, rs, "purpose"), rs.getObject("tip_jar_id", UUID.class),
            Columns.instant(rs, "used_at"));

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
                .bind("tx_id", payment.txId().value())
                .bind("creator_wallet", payment.creator().value())
                .bind("amount", payment.amount().value())
                .bind("purpose", payment.purpose().name())
                .bind("tip_jar_id", payment.tipJarId())
                .bind("used_at", Columns.time(payment.usedAt()))
                .execute());
        if (inserted == 0) {
            throw new DuplicateException("payment " + payment.txId() + " is already used");
        }
    }

    @Override
    public Optional<DeploymentPayment> find(TxId txId) {
        return session.read(h -> h.createQuery("SELECT * FROM deployment_payments WHERE tx_id = :id")
                .bind("id", txId.value()).map(ROW).findOne());
    }
}
