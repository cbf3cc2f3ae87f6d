package dev.stickerplatform.adapters.persistence.memory;

import dev.stickerplatform.domain.model.DeploymentPayment;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.DuplicateException;
import dev.stickerplatform.domain.port.Store;
import java.util.Objects;
import java.util.Optional;

/** Deployment payments by txid. */
final class MemoryDeploymentPayments implements Store.DeploymentPayments {
    private final Context context;

    MemoryDeploymentPayments(Context context) {
        this.context = context;
    }

    @Override
    public void insert(DeploymentPayment payment) {
        Objects.requireNonNull(payment, "payment");
        context.write(t -> {
            if (t.deploymentPayments.get(payment.txId()).isPresent()) {
                throw new DuplicateException("payment " + payment.txId() + " is already used");
            }
            t.deploymentPayments.put(payment.txId(), payment);
            return null;
        });
    }

    @Override
    public Optional<DeploymentPayment> find(TxId txId) {
        return context.read(t -> t.deploymentPayments.get(txId));
    }
}
