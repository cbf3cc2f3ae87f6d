package dev.stickerplatform.application.network;

import static dev.stickerplatform.application.query.Fixtures.CREATOR;
import static dev.stickerplatform.application.query.Fixtures.FAN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.application.network.PrepareOptInService.Command;
import dev.stickerplatform.application.network.PrepareOptInService.Result;
import dev.stickerplatform.domain.model.AssetId;
import dev.stickerplatform.domain.port.Chain.AssetInfo;
import dev.stickerplatform.domain.port.TxnRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PrepareOptInServiceTest {
    private static final AssetId ASSET = AssetId.of(77);
    private final FakeChain chain = new FakeChain();
    private final PrepareOptInService service = new PrepareOptInService(chain);

    @Test
    void preparesAZeroTransferFromTheFanToItself() {
        chain.assets.put(ASSET, new AssetInfo(ASSET, CREATOR, 1, 0, true, "STICKER", "Thanks", "ipfs://b#arc3",
                null, CREATOR, CREATOR, CREATOR, CREATOR));

        Result.Prepared prepared = (Result.Prepared) service.prepare(new Command(FAN, ASSET));

        assertThat(chain.encoded).containsExactly(TxnRequest.AssetTransfer.optIn(FAN, ASSET));
        assertThat(prepared.unsignedTxn()).isEqualTo(TxnRequest.AssetTransfer.optIn(FAN, ASSET).toString()
                .getBytes(StandardCharsets.UTF_8));
        assertThat(prepared.fan()).isEqualTo(FAN);
    }

    @Test
    void anAssetThatDoesNotExistIsNotFound() {
        assertThat(service.prepare(new Command(FAN, ASSET))).isEqualTo(new Result.NotFound(ASSET));
        assertThat(chain.encoded).isEmpty();
    }
}
