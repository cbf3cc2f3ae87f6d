package dev.stickerplatform.adapters.algorand.simulated;

import com.algorand.algosdk.transaction.AssetParams;
import com.algorand.algosdk.transaction.Transaction;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AssetId;
import dev.stickerplatform.domain.model.Hash32;
import dev.stickerplatform.domain.port.Chain.AssetInfo;
import dev.stickerplatform.domain.port.Chain.Holding;
import dev.stickerplatform.domain.port.ChainRejectedException;
import java.nio.charset.StandardCharsets;

/** Asset configuration: create (the creator holds every unit), reconfigure and destroy (manager only). */
final class AssetConfigRules {
    private AssetConfigRules() {
    }

    static void apply(TxnScope scope) {
        Transaction txn = scope.txn().txn();
        long id = Algo.uint(txn.assetIndex, "asset id");
        if (id == 0) {
            create(scope, txn.assetParams);
            return;
        }
        AssetInfo asset = AssetTransferRules.existing(scope, id);
        Address sender = scope.txn().sender();
        if (asset.manager() == null || !asset.manager().equals(sender)) {
            throw new ChainRejectedException("only the manager of asset " + id + " may reconfigure or destroy it");
        }
        if (txn.assetParams == null || new AssetParams().equals(txn.assetParams)) {
            destroy(scope, asset);
        } else {
            reconfigure(scope, asset, txn.assetParams);
        }
    }

    private static void create(TxnScope scope, AssetParams params) {
        if (params == null) {
            throw new ChainRejectedException("asset creation needs asset parameters");
        }
        checkLength("unit name", params.assetUnitName, 8);
        checkLength("asset name", params.assetName, 32);
        checkLength("url", params.url, 96);
        if (params.assetDecimals != null && (params.assetDecimals < 0 || params.assetDecimals > 19)) {
            throw new ChainRejectedException("asset decimals must be 0 to 19");
        }
        if (params.metadataHash != null && params.metadataHash.length != 32) {
            throw new ChainRejectedException("asset metadata hash must be 32 bytes");
        }
        long id = scope.state.nextId();
        scope.state.setNextId(id + 1);
        Address creator = scope.txn().sender();
        long total = Algo.uint64(params.assetTotal, "asset total");
        AssetInfo asset = new AssetInfo(AssetId.of(id), creator, total,
                params.assetDecimals == null ? 0 : params.assetDecimals, params.assetDefaultFrozen,
                nullToEmpty(params.assetUnitName), nullToEmpty(params.assetName), nullToEmpty(params.url),
                params.metadataHash == null ? null : Hash32.of(params.metadataHash),
                Algo.optionalAddress(params.assetManager), Algo.optionalAddress(params.assetReserve),
                Algo.optionalAddress(params.assetFreeze), Algo.optionalAddress(params.assetClawback));
        scope.state.putAsset(id, asset);
        // the creator's own holding is never frozen, whatever the default
        scope.state.putHolding(creator, id, new Holding(total, false));
        AccountRecord account = scope.account(creator);
        scope.put(creator, account.withAssetCount(account.assetCount() + 1));
        scope.createdAsset = id;
    }

    private static void destroy(TxnScope scope, AssetInfo asset) {
        long id = asset.id().value();
        Holding creatorHolding = scope.state.holding(asset.creator(), id);
        if (creatorHolding == null || creatorHolding.amount() != asset.total()) {
            throw new ChainRejectedException("cannot destroy asset " + id + ": its creator does not hold every unit");
        }
        scope.state.putAsset(id, null);
        scope.state.putHolding(asset.creator(), id, null);
        AccountRecord creator = scope.account(asset.creator());
        scope.put(asset.creator(), creator.withAssetCount(creator.assetCount() - 1));
    }

    /** Only the four role addresses change, and a cleared one can never be set again. */
    private static void reconfigure(TxnScope scope, AssetInfo asset, AssetParams params) {
        Address manager = changed("manager", asset.manager(), Algo.optionalAddress(params.assetManager));
        Address reserve = changed("reserve", asset.reserve(), Algo.optionalAddress(params.assetReserve));
        Address freeze = changed("freeze", asset.freeze(), Algo.optionalAddress(params.assetFreeze));
        Address clawback = changed("clawback", asset.clawback(), Algo.optionalAddress(params.assetClawback));
        scope.state.putAsset(asset.id().value(), new AssetInfo(asset.id(), asset.creator(), asset.total(),
                asset.decimals(), asset.defaultFrozen(), asset.unitName(), asset.name(), asset.url(),
                asset.metadataHash(), manager, reserve, freeze, clawback));
    }

    private static Address changed(String role, Address current, Address requested) {
        if (current == null && requested != null) {
            throw new ChainRejectedException("the " + role + " address of this asset was cleared and cannot be set");
        }
        return requested;
    }

    private static void checkLength(String field, String value, int maxBytes) {
        if (value != null && value.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
            throw new ChainRejectedException(field + " is longer than " + maxBytes + " bytes");
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
