package dev.stickerplatform.adapters.algorand.simulated;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.port.ChainRejectedException;
import java.math.BigInteger;

/** Conversions from algosdk field types to the ledger's own, rejecting values a real node would refuse. */
final class Algo {
    private Algo() {
    }

    /** The domain address; algosdk's zero address becomes {@link Address#ZERO}. */
    static Address address(com.algorand.algosdk.crypto.Address address) {
        return address == null ? Address.ZERO : Address.fromPublicKey(address.getBytes());
    }

    /** Null for algosdk's zero ("not set") address. */
    static Address optionalAddress(com.algorand.algosdk.crypto.Address address) {
        Address converted = address(address);
        return converted.equals(Address.ZERO) ? null : converted;
    }

    static boolean isZero(byte[] bytes) {
        for (byte b : bytes) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    /** uint64 fields above 2^63-1 never occur in this product's amounts; refuse rather than wrap. */
    static long uint(BigInteger value, String field) {
        if (value == null) {
            return 0;
        }
        if (value.signum() < 0 || value.bitLength() > 63) {
            throw new ChainRejectedException(field + " out of range: " + value);
        }
        return value.longValue();
    }

    /**
     * A uint64 field that may use the whole range, as ASA totals and asset amounts do on Algorand (up to 2^64−1):
     * its bits, to be read unsigned. Only a value no uint64 can hold is refused.
     */
    static long uint64(BigInteger value, String field) {
        if (value == null) {
            return 0;
        }
        if (value.signum() < 0 || value.bitLength() > 64) {
            throw new ChainRejectedException(field + " out of range: " + value);
        }
        return value.longValue();
    }

    static long uint(Long value) {
        return value == null ? 0 : value;
    }

    /** The 32 bytes a txid's base32 text encodes. */
    static byte[] txIdBytes(dev.stickerplatform.domain.model.TxId txId) {
        return com.algorand.algosdk.util.Encoder.decodeFromBase32StripPad(txId.value());
    }
}
