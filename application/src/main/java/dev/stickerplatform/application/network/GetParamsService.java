package dev.stickerplatform.application.network;

import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.port.Chain;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The parameters a wallet needs to build a transaction. {@code fee} is the flat fee to pay per transaction: the
 * network's minimum fee, never 0 (the prototype returned the per-byte fee, usually 0, and clients built
 * transactions the network rejected). Answers are cached briefly so a burst of clients costs one node call.
 */
public final class GetParamsService {
    /** Algorand's consensus minimum fee, used if a node ever reports none. */
    static final MicroAlgos PROTOCOL_MIN_FEE = MicroAlgos.of(1000);

    private final Chain chain;
    private final Clock clock;
    private final Config config;
    private volatile Cached cached;

    public GetParamsService(Chain chain, Clock clock, Config config) {
        this.chain = chain;
        this.clock = clock;
        this.config = config;
    }

    /** {@code cacheFor}: how long one answer of the node is reused (zero: never). */
    public record Config(Duration cacheFor) {
        public Config {
            if (cacheFor == null || cacheFor.isNegative()) {
                throw new IllegalArgumentException("cacheFor must not be negative");
            }
        }

        public static Config defaults() {
            return new Config(Duration.ofSeconds(2));
        }
    }

    /** {@code genesisHash} is base64, as wallets expect it. */
    public record Params(MicroAlgos fee, MicroAlgos minFee, Round firstValid, Round lastValid, String genesisId,
                         String genesisHash) {
    }

    private record Cached(Params params, Instant expiresAt) {
    }

    public Params get() {
        Cached current = cached;
        if (current != null && clock.instant().isBefore(current.expiresAt())) {
            return current.params();
        }
        return refresh();
    }

    private synchronized Params refresh() {
        Instant now = clock.instant();
        Cached current = cached;
        if (current != null && now.isBefore(current.expiresAt())) {
            return current.params();
        }
        Chain.TxParams p = chain.suggestedParams();
        MicroAlgos fee = p.minFee().isAtLeast(PROTOCOL_MIN_FEE) ? p.minFee() : PROTOCOL_MIN_FEE;
        Params params = new Params(fee, p.minFee(), p.firstValid(), p.lastValid(), p.genesisId(), p.genesisHash());
        cached = new Cached(params, now.plus(config.cacheFor()));
        return params;
    }
}
