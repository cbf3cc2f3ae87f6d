package dev.stickerplatform.adapters.algorand.devnet;

import dev.stickerplatform.adapters.algorand.AlgodChain;
import dev.stickerplatform.adapters.algorand.AlgodConfig;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.ChainContractTest;
import dev.stickerplatform.domain.port.Signer;
import dev.stickerplatform.domain.port.TestKeys;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Chain contract on {@link AlgodChain} over HTTP against {@code devnet} itself (journal on disk, its own HTTP
 * server and token), as against the algod double. Rounds are produced on cue (a block time of an hour).
 */
class DevnetChainContractTest extends ChainContractTest {
    @TempDir
    Path data;
    private Devnet devnet;
    private AlgodChain chain;

    @BeforeEach
    void startDevnet() throws IOException {
        devnet = Devnet.start(Devnet.Options.defaults(data).withPort(0).withBlockTime(Duration.ofHours(1)));
        chain = new AlgodChain(new AlgodConfig(devnet.url(), Devnet.TOKEN, AlgodConfig.ALGOD_TOKEN_HEADER,
                Duration.ofSeconds(5), 3, Duration.ofMillis(10)));
    }

    @AfterEach
    void stopDevnet() {
        devnet.close();
    }

    @Override
    protected Chain chain() {
        return chain;
    }

    @Override
    protected Signer fundedSigner(MicroAlgos amount) {
        Signer signer = TestKeys.newSigner();
        devnet.node().fund(signer.address(), amount.value());
        return signer;
    }

    @Override
    protected void advanceRound() {
        devnet.node().produceBlock();
    }
}
