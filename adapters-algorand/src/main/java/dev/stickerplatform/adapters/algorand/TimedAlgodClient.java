package dev.stickerplatform.adapters.algorand;

import com.algorand.algosdk.v2.client.common.AlgodClient;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * algosdk's {@link AlgodClient} with explicit timeouts: algosdk leaves its HTTP client at the library default, while
 * a request here must fail within the configured time and a long poll for the next block within its own deadline.
 */
final class TimedAlgodClient extends AlgodClient {
    private TimedAlgodClient(AlgodConfig config, Duration readTimeout) {
        super(config.url().toString(), config.port(), config.sendsToken() ? config.token() : null,
                config.tokenHeader());
        client.setConnectTimeout(millis(config.requestTimeout()), TimeUnit.MILLISECONDS);
        client.setWriteTimeout(millis(config.requestTimeout()), TimeUnit.MILLISECONDS);
        client.setReadTimeout(millis(readTimeout), TimeUnit.MILLISECONDS);
    }

    /** A client whose every timeout is the configured request timeout. */
    static TimedAlgodClient of(AlgodConfig config) {
        return new TimedAlgodClient(config, config.requestTimeout());
    }

    /** A client for one long poll: the same connect/write timeouts, {@code readTimeout} to wait for the answer. */
    static TimedAlgodClient forLongPoll(AlgodConfig config, Duration readTimeout) {
        return new TimedAlgodClient(config, readTimeout);
    }

    /** OkHttp reads 0 as "no timeout", so anything shorter than a millisecond becomes one millisecond. */
    private static long millis(Duration timeout) {
        return Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis()));
    }
}
