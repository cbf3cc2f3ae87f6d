package dev.stickerplatform.application.network;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AssetId;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.TxnRequest;

/**
 * Prepares the unsigned asset opt-in (a zero transfer from the fan to itself) that the fan's wallet signs before
 * a sticker can be delivered. Only for assets that exist, so a typo does not cost the fan a fee.
 */
public final class PrepareOptInService {
    private final Chain chain;

    public PrepareOptInService(Chain chain) {
        this.chain = chain;
    }

    public record Command(Address fan, AssetId asset) {
        public Command {
            if (fan == null || asset == null) {
                throw new IllegalArgumentException("fan and asset are required");
            }
        }
    }

    public sealed interface Result {
        /** {@code unsignedTxn}: the msgpack transaction for the wallet to sign. */
        record Prepared(Address fan, AssetId asset, byte[] unsignedTxn) implements Result {
            public Prepared {
                unsignedTxn = unsignedTxn.clone();
            }

            @Override
            public byte[] unsignedTxn() {
                return unsignedTxn.clone();
            }
        }

        /** The chain has no such asset. */
        record NotFound(AssetId asset) implements Result {
        }
    }

    public Result prepare(Command command) {
        if (chain.asset(command.asset()).isEmpty()) {
            return new Result.NotFound(command.asset());
        }
        byte[] txn = chain.encodeUnsigned(TxnRequest.AssetTransfer.optIn(command.fan(), command.asset()));
        return new Result.Prepared(command.fan(), command.asset(), txn);
    }
}
