package dev.stickerplatform.application.network;

import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.ChainRejectedException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Relays transactions signed by a wallet (one, or an atomic group in order) to the chain. A transaction the
 * chain refuses is an expected outcome with the chain's reason in plain words; an unreachable node is not
 * ({@code ChainUnavailableException} propagates).
 */
public final class SubmitTransactionsService {
    /** Algorand's maximum atomic group size. */
    public static final int MAX_GROUP = 16;

    private final Chain chain;

    public SubmitTransactionsService(Chain chain) {
        this.chain = chain;
    }

    /** Signed transactions as msgpack bytes, in group order: 1 to 16, none empty. */
    public record Command(List<byte[]> signedTxns) {
        public Command {
            if (signedTxns == null || signedTxns.isEmpty()) {
                throw new IllegalArgumentException("at least one signed transaction is required");
            }
            if (signedTxns.size() > MAX_GROUP) {
                throw new IllegalArgumentException("a group has at most 16 transactions");
            }
            List<byte[]> copies = new ArrayList<>(signedTxns.size());
            for (byte[] txn : signedTxns) {
                if (txn == null || txn.length == 0) {
                    throw new IllegalArgumentException("signed transactions must not be empty");
                }
                copies.add(txn.clone());
            }
            signedTxns = List.copyOf(copies);
        }

        /** Decodes standard base64 (padding optional); a bad entry is an {@link IllegalArgumentException}. */
        public static Command ofBase64(List<String> signedTxns) {
            if (signedTxns == null) {
                throw new IllegalArgumentException("at least one signed transaction is required");
            }
            List<byte[]> decoded = new ArrayList<>(signedTxns.size());
            for (int i = 0; i < signedTxns.size(); i++) {
                String text = signedTxns.get(i);
                try {
                    decoded.add(Base64.getDecoder().decode(text == null ? "" : text.strip()));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("signed transaction " + (i + 1) + " is not valid base64");
                }
            }
            return new Command(decoded);
        }

        @Override
        public List<byte[]> signedTxns() {
            return signedTxns.stream().map(byte[]::clone).toList();
        }
    }

    public sealed interface Result {
        /** The ids of the submitted transactions, in order. */
        record Submitted(List<TxId> txIds) implements Result {
            public Submitted {
                txIds = List.copyOf(txIds);
            }

            /** The first (for a single transaction, the only) id. */
            public TxId txId() {
                return txIds.getFirst();
            }
        }

        /** The chain refused the transaction(s); {@code reason} is safe to show the client. */
        record Rejected(String reason) implements Result {
        }
    }

    public Result submit(Command command) {
        try {
            return new Result.Submitted(chain.submitSigned(command.signedTxns()));
        } catch (ChainRejectedException e) {
            return new Result.Rejected(e.reason());
        }
    }
}
