package dev.stickerplatform.adapters.algorand;

import static org.assertj.core.api.Assertions.assertThat;

import com.algorand.algosdk.v2.client.common.Utils;
import com.algorand.algosdk.v2.client.model.Account;
import com.algorand.algosdk.v2.client.model.Application;
import com.algorand.algosdk.v2.client.model.Asset;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AssetId;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.port.Chain.AccountInfo;
import dev.stickerplatform.domain.port.Chain.AssetInfo;
import dev.stickerplatform.domain.port.Chain.Holding;
import dev.stickerplatform.domain.port.Chain.StateValue;
import dev.stickerplatform.domain.port.TestKeys;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * algod's JSON as it arrives (shapes from algod's handlers and the algorand-sdk-testing response fixtures: absent
 * fields omitted, base64 keys and bytes, typed TEAL values), decoded by algosdk and read into the port's records.
 */
class AlgodViewsTest {
    private static final Address OWNER = TestKeys.newAddress();
    private static final Address KEY = TestKeys.newAddress();

    @Test
    void anAccountReadsBalanceMinimumAuthAddressAndFrozenHoldings() throws Exception {
        String json = "{\"address\":\"" + OWNER + "\",\"amount\":5000000,\"amount-without-pending-rewards\":5000000,"
                + "\"apps-total-schema\":{\"num-byte-slice\":0,\"num-uint\":0},\"assets\":[{\"amount\":1,"
                + "\"asset-id\":1234,\"is-frozen\":true},{\"amount\":0,\"asset-id\":5678,\"is-frozen\":false}],"
                + "\"auth-addr\":\"" + KEY + "\",\"min-balance\":300000,\"pending-rewards\":0,\"reward-base\":0,"
                + "\"rewards\":0,\"round\":42,\"status\":\"Offline\",\"total-apps-opted-in\":0,"
                + "\"total-assets-opted-in\":2,\"total-created-apps\":0,\"total-created-assets\":0}";

        AccountInfo info = AlgodViews.account(OWNER, Utils.jsonReader.forType(Account.class).readValue(json));

        assertThat(info.balance()).isEqualTo(MicroAlgos.of(5_000_000));
        assertThat(info.minBalance()).isEqualTo(MicroAlgos.of(300_000));
        assertThat(info.signingAddress()).isEqualTo(KEY);
        assertThat(info.assets()).isEqualTo(Map.of(AssetId.of(1234), new Holding(1, true),
                AssetId.of(5678), new Holding(0, false)));
    }

    @Test
    void anEmptyAccountHasNoAssetsAndSignsForItself() throws Exception {
        String json = "{\"address\":\"" + OWNER + "\",\"amount\":0,\"amount-without-pending-rewards\":0,"
                + "\"min-balance\":100000,\"pending-rewards\":0,\"rewards\":0,\"round\":7,\"status\":\"Offline\","
                + "\"total-apps-opted-in\":0,\"total-assets-opted-in\":0,\"total-created-apps\":0,"
                + "\"total-created-assets\":0}";

        AccountInfo info = AlgodViews.account(OWNER, Utils.jsonReader.forType(Account.class).readValue(json));

        assertThat(info.assets()).isEmpty();
        assertThat(info.authAddress()).isNull();
    }

    @Test
    void globalStateDecodesBase64KeysBytesAndUints() throws Exception {
        String creator = Base64.getEncoder().encodeToString(OWNER.publicKey());
        String json = "{\"id\":1001,\"params\":{\"approval-program\":\"CCAB\",\"clear-state-program\":\"CIEBQw==\","
                + "\"creator\":\"" + OWNER + "\",\"global-state\":[{\"key\":\"Y3JlYXRvcl9hZGRyZXNz\",\"value\":"
                + "{\"bytes\":\"" + creator + "\",\"type\":1,\"uint\":0}},{\"key\":\"bWluX3RpcF9hbW91bnQ=\","
                + "\"value\":{\"bytes\":\"\",\"type\":2,\"uint\":1500000}}],\"global-state-schema\":"
                + "{\"num-byte-slice\":2,\"num-uint\":5},\"local-state-schema\":{\"num-byte-slice\":0,"
                + "\"num-uint\":0}}}";

        Map<String, StateValue> state = AlgodViews.globalState(
                Utils.jsonReader.forType(Application.class).readValue(json));

        assertThat(state.get("creator_address").bytes()).isEqualTo(OWNER.publicKey());
        assertThat(state.get("min_tip_amount").uint()).isEqualTo(1_500_000);
        assertThat(state.get("min_tip_amount").isBytes()).isFalse();
    }

    @Test
    void anAssetReadsItsParametersAndTreatsAbsentRolesAsNone() throws Exception {
        String json = "{\"index\":1234,\"params\":{\"creator\":\"" + OWNER + "\",\"decimals\":0,"
                + "\"manager\":\"" + OWNER + "\",\"name\":\"Gold Star\",\"name-b64\":\"R29sZCBTdGFy\",\"reserve\":\""
                + OWNER + "\",\"total\":1,\"unit-name\":\"STICKER\",\"unit-name-b64\":\"U1RJQ0tFUg==\","
                + "\"url\":\"https://example.test/s.json\",\"url-b64\":\"aHR0cHM6Ly9leGFtcGxlLnRlc3Qvcy5qc29u\"}}";

        AssetInfo info = AlgodViews.asset(Utils.jsonReader.forType(Asset.class).readValue(json));

        assertThat(info).isEqualTo(new AssetInfo(AssetId.of(1234), OWNER, 1, 0, false, "STICKER", "Gold Star",
                "https://example.test/s.json", null, OWNER, OWNER, null, null));
    }

    @Test
    void aNameThatIsNotPrintableComesFromItsBase64Form() throws Exception {
        String json = "{\"index\":9,\"params\":{\"creator\":\"" + OWNER + "\",\"decimals\":0,\"default-frozen\":true,"
                + "\"name-b64\":\"w6l0b2lsZQ==\",\"total\":1,\"unit-name-b64\":\"\"}}";

        AssetInfo info = AlgodViews.asset(Utils.jsonReader.forType(Asset.class).readValue(json));

        assertThat(info.name()).isEqualTo("étoile");
        assertThat(info.defaultFrozen()).isTrue();
        assertThat(info.url()).isEmpty();
    }
}
