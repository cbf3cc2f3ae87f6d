package dev.stickerplatform.adapters.algorand.devnet;

import static dev.stickerplatform.adapters.algorand.devnet.AlgodWire.error;
import static dev.stickerplatform.adapters.algorand.devnet.AlgodWire.json;

import com.algorand.algosdk.transaction.SignedTransaction;
import com.algorand.algosdk.v2.client.model.Account;
import com.algorand.algosdk.v2.client.model.Application;
import com.algorand.algosdk.v2.client.model.ApplicationParams;
import com.algorand.algosdk.v2.client.model.ApplicationStateSchema;
import com.algorand.algosdk.v2.client.model.Asset;
import com.algorand.algosdk.v2.client.model.AssetHolding;
import com.algorand.algosdk.v2.client.model.AssetParams;
import com.algorand.algosdk.v2.client.model.TealKeyValue;
import com.algorand.algosdk.v2.client.model.TealValue;
import dev.stickerplatform.adapters.algorand.devnet.AlgodWire.Reply;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.AssetId;
import dev.stickerplatform.domain.model.Hash32;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.Chain.AccountInfo;
import dev.stickerplatform.domain.port.Chain.AssetInfo;
import dev.stickerplatform.domain.port.Chain.StateValue;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * algod's JSON for accounts ({@code /v2/accounts/{address}}), applications ({@code /v2/applications/{id}}: global
 * state with base64 keys, type 1 = bytes, 2 = uint) and assets ({@code /v2/assets/{id}}), rendered from the
 * simulated ledger. Optional fields algod leaves out when empty are left out here too.
 */
final class AlgodStateWire {
    private AlgodStateWire() {
    }

    static Reply account(AlgodNode node, Address address, String query) {
        try {
            Account account = accountModel(node, address);
            if (query.contains("exclude=all") || query.contains("exclude=assets")) {
                account.assets = null;
            }
            return query.contains("format=msgpack") ? AlgodWire.msgpack(account) : json(account);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Account accountModel(AlgodNode node, Address address)
            throws java.security.NoSuchAlgorithmException {
        AccountInfo info = node.ledger().account(address);
        Account account = new Account();
        account.address(address.value());
        account.amount = info.balance().value();
        account.amountWithoutPendingRewards = info.balance().value();
        account.minBalance = info.minBalance().value();
        account.pendingRewards = 0L;
        account.rewards = 0L;
        account.round = node.ledger().currentRound().value();
        account.status = "Offline";
        account.totalAppsOptedIn = 0L;
        account.totalAssetsOptedIn = (long) info.assets().size();
        account.totalCreatedApps = 0L;
        account.totalCreatedAssets = 0L;
        if (info.authAddress() != null) {
            account.authAddr(info.authAddress().value());
        }
        List<AssetHolding> holdings = new ArrayList<>();
        info.assets().forEach((id, holding) -> {
            AssetHolding h = new AssetHolding();
            h.assetId = id.value();
            h.amount = new BigInteger(Long.toUnsignedString(holding.amount()));
            h.isFrozen = holding.frozen();
            holdings.add(h);
        });
        account.assets = holdings.isEmpty() ? null : holdings;
        account.appsLocalState = null;
        account.createdApps = null;
        account.createdAssets = null;
        return account;
    }

    /** {@code GET /v2/accounts/{address}/assets/{asset-id}}: the holding, or 404 as algod says it. */
    static Reply accountAsset(AlgodNode node, Address address, AssetId asset) {
        AccountInfo info = node.ledger().account(address);
        var holding = info.assets().get(asset);
        if (holding == null) {
            return error(404, "account asset info not found");
        }
        AssetHolding h = new AssetHolding();
        h.assetId = asset.value();
        h.amount = BigInteger.valueOf(holding.amount());
        h.isFrozen = holding.frozen();
        com.algorand.algosdk.v2.client.model.AccountAssetResponse response =
                new com.algorand.algosdk.v2.client.model.AccountAssetResponse();
        response.assetHolding = h;
        response.round = node.ledger().currentRound().value();
        return json(response);
    }

    static Reply application(AlgodNode node, AppId id) {
        Optional<Map<String, StateValue>> global = node.ledger().appGlobalState(id);
        if (global.isEmpty()) {
            return error(404, "application does not exist");
        }
        Optional<SignedTransaction> create = creation(node, id);
        ApplicationParams params = new ApplicationParams();
        setCreator(params, create.map(c -> c.tx.sender.toString()).orElse(Address.ZERO.value()));
        Hash32 approvalHash = node.ledger().appApprovalHash(id).orElseThrow();
        params.approvalProgram = node.program(approvalHash).orElseThrow();
        params.clearStateProgram = create.map(c -> c.tx.clearStateProgram.getBytes()).orElse(new byte[] {0x08, 0x01});
        params.globalStateSchema = schema(
                create.map(c -> c.tx.globalStateSchema.numByteSlice.longValue()).orElse(2L),
                create.map(c -> c.tx.globalStateSchema.numUint.longValue()).orElse(5L));
        params.localStateSchema = schema(0, 0);
        params.globalState = new ArrayList<>();
        global.get().forEach((key, value) -> params.globalState.add(keyValue(key, value)));
        Application app = new Application();
        app.id = id.value();
        app.params = params;
        return json(app);
    }

    static Reply asset(AlgodNode node, AssetId id) {
        Optional<AssetInfo> found = node.ledger().asset(id);
        if (found.isEmpty()) {
            return error(404, "asset does not exist");
        }
        AssetInfo info = found.get();
        AssetParams params = new AssetParams();
        params.creator = info.creator().value();
        params.total = new BigInteger(Long.toUnsignedString(info.total()));
        params.decimals = (long) info.decimals();
        params.defaultFrozen = info.defaultFrozen() ? Boolean.TRUE : null;
        params.unitName = info.unitName();
        params.unitNameB64 = info.unitName().getBytes(StandardCharsets.UTF_8);
        params.name = info.name();
        params.nameB64 = info.name().getBytes(StandardCharsets.UTF_8);
        params.url = info.url();
        params.urlB64 = info.url().getBytes(StandardCharsets.UTF_8);
        params.metadataHash = info.metadataHash() == null ? null : info.metadataHash().bytes();
        params.manager = value(info.manager());
        params.reserve = value(info.reserve());
        params.freeze = value(info.freeze());
        params.clawback = value(info.clawback());
        Asset asset = new Asset();
        asset.index = id.value();
        asset.params = params;
        return json(asset);
    }

    /** The create transaction of {@code app}, when it went through this node (fixtures installed apps do not). */
    private static Optional<SignedTransaction> creation(AlgodNode node, AppId app) {
        for (Map.Entry<TxId, byte[]> entry : node.allSigned().entrySet()) {
            boolean created = node.ledger().confirmation(entry.getKey())
                    .map(c -> app.equals(c.createdApp())).orElse(false);
            if (created) {
                return Optional.of(AlgodWire.signed(entry.getValue()));
            }
        }
        return Optional.empty();
    }

    private static void setCreator(ApplicationParams params, String creator) {
        try {
            params.creator(creator);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TealKeyValue keyValue(String key, StateValue value) {
        TealValue teal = new TealValue();
        if (value.isBytes()) {
            teal.type = 1L;
            teal.bytes = Base64.getEncoder().encodeToString(value.bytes());
            teal.uint = BigInteger.ZERO;
        } else {
            teal.type = 2L;
            teal.bytes = "";
            teal.uint = BigInteger.valueOf(value.uint());
        }
        TealKeyValue entry = new TealKeyValue();
        entry.key = Base64.getEncoder().encodeToString(key.getBytes(StandardCharsets.UTF_8));
        entry.value = teal;
        return entry;
    }

    private static ApplicationStateSchema schema(long byteSlices, long uints) {
        ApplicationStateSchema schema = new ApplicationStateSchema();
        schema.numByteSlice = byteSlices;
        schema.numUint = uints;
        return schema;
    }

    private static String value(Address address) {
        return address == null ? null : address.value();
    }
}
