package dev.stickerplatform.adapters.algorand;

import com.algorand.algosdk.v2.client.model.Account;
import com.algorand.algosdk.v2.client.model.Application;
import com.algorand.algosdk.v2.client.model.Asset;
import com.algorand.algosdk.v2.client.model.AssetHolding;
import com.algorand.algosdk.v2.client.model.AssetParams;
import com.algorand.algosdk.v2.client.model.TealKeyValue;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AssetId;
import dev.stickerplatform.domain.model.Hash32;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.port.Chain.AccountInfo;
import dev.stickerplatform.domain.port.Chain.AssetInfo;
import dev.stickerplatform.domain.port.Chain.Holding;
import dev.stickerplatform.domain.port.Chain.StateValue;
import dev.stickerplatform.domain.port.ChainUnavailableException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * algod's JSON models (as algosdk decodes them) turned into the port's records. algod omits empty fields, so every
 * absent number reads as 0 and every absent address as "none".
 */
final class AlgodViews {
    /** TEAL value types in {@code global-state}. */
    private static final long TEAL_BYTES = 1;
    private static final long TEAL_UINT = 2;

    private AlgodViews() {
    }

    static AccountInfo account(Address address, Account account) {
        Map<AssetId, Holding> assets = new HashMap<>();
        for (AssetHolding holding : account.assets) {
            assets.put(AssetId.of(holding.assetId), new Holding(uint(holding.amount),
                    Boolean.TRUE.equals(holding.isFrozen)));
        }
        return new AccountInfo(address, MicroAlgos.of(orZero(account.amount)),
                MicroAlgos.of(orZero(account.minBalance)), optionalAddress(authAddress(account)), assets);
    }

    /** {@code global-state}: base64 keys (read as UTF-8) and values of type 1 (bytes, base64) or 2 (uint). */
    static Map<String, StateValue> globalState(Application app) {
        Map<String, StateValue> state = new LinkedHashMap<>();
        if (app.params == null || app.params.globalState == null) {
            return state;
        }
        for (TealKeyValue entry : app.params.globalState) {
            String key = new String(Base64.getDecoder().decode(entry.key), StandardCharsets.UTF_8);
            long type = entry.value == null || entry.value.type == null ? 0 : entry.value.type;
            if (type == TEAL_BYTES) {
                String bytes = entry.value.bytes == null ? "" : entry.value.bytes;
                state.put(key, StateValue.ofBytes(Base64.getDecoder().decode(bytes)));
            } else if (type == TEAL_UINT) {
                state.put(key, StateValue.ofUint(uint(entry.value.uint)));
            } else {
                throw new ChainUnavailableException("algod sent global state of unknown TEAL type " + type);
            }
        }
        return state;
    }

    static AssetInfo asset(Asset asset) {
        AssetParams p = asset.params;
        return new AssetInfo(AssetId.of(asset.index), optionalAddress(p.creator), uint(p.total),
                (int) orZero(p.decimals), Boolean.TRUE.equals(p.defaultFrozen), text(p.unitNameB64, p.unitName),
                text(p.nameB64, p.name), text(p.urlB64, p.url),
                p.metadataHash == null || p.metadataHash.length == 0 ? null : Hash32.of(p.metadataHash),
                optionalAddress(p.manager), optionalAddress(p.reserve), optionalAddress(p.freeze),
                optionalAddress(p.clawback));
    }

    private static String authAddress(Account account) {
        try {
            return account.authAddr();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-512/256 is not available", e);
        }
    }

    /** The raw bytes when algod sent them (names need not be UTF-8), else the printable form, else none. */
    private static String text(byte[] raw, String printable) {
        if (raw != null) {
            return new String(raw, StandardCharsets.UTF_8);
        }
        return printable == null ? "" : printable;
    }

    private static Address optionalAddress(String address) {
        if (address == null || address.isEmpty()) {
            return null;
        }
        Address parsed = new Address(address);
        return parsed.equals(Address.ZERO) ? null : parsed;
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }

    /** A uint64 as its bits (read unsigned): holdings and ASA totals use the whole range, up to 2^64−1. */
    private static long uint(BigInteger value) {
        if (value == null) {
            return 0;
        }
        if (value.signum() < 0 || value.bitLength() > 64) {
            throw new ChainUnavailableException("algod sent a number that is not a uint64: " + value);
        }
        return value.longValue();
    }
}
