package dev.stickerplatform.adapters.algorand.simulated;

import dev.stickerplatform.domain.model.Address;

/**
 * The scalar state of one account. Asset holdings are kept apart (by account and asset), so that moving ALGO
 * never copies an account's — possibly large — set of holdings.
 *
 * @param authAddr      the rekeyed signing address, null when the account signs for itself
 * @param assetCount    holdings (opted-in or created assets), each raising the minimum balance
 * @param createdApps   applications this account created
 * @param schemaMinBalance the global-schema part of the minimum balance of those applications
 */
record AccountRecord(long balance, Address authAddr, int assetCount, int createdApps, long schemaMinBalance) {
    static final long BASE_MIN_BALANCE = 100_000;
    static final long PER_ASSET = 100_000;
    static final long PER_APP = 100_000;
    static final long PER_UINT = 28_500;
    static final long PER_BYTE_SLICE = 50_000;
    static final AccountRecord EMPTY = new AccountRecord(0, null, 0, 0, 0);

    long minBalance() {
        return BASE_MIN_BALANCE + PER_ASSET * assetCount + PER_APP * createdApps + schemaMinBalance;
    }

    /** An empty account is deleted from the ledger, so it owes no minimum balance. */
    boolean isEmpty() {
        return balance == 0 && authAddr == null && assetCount == 0 && createdApps == 0;
    }

    AccountRecord withBalance(long newBalance) {
        return new AccountRecord(newBalance, authAddr, assetCount, createdApps, schemaMinBalance);
    }

    AccountRecord withAuthAddr(Address newAuthAddr) {
        return new AccountRecord(balance, newAuthAddr, assetCount, createdApps, schemaMinBalance);
    }

    AccountRecord withAssetCount(int newAssetCount) {
        return new AccountRecord(balance, authAddr, newAssetCount, createdApps, schemaMinBalance);
    }

    AccountRecord withApps(int newCreatedApps, long newSchemaMinBalance) {
        return new AccountRecord(balance, authAddr, assetCount, newCreatedApps, newSchemaMinBalance);
    }

    static long schemaCost(int uints, int byteSlices) {
        return PER_UINT * uints + PER_BYTE_SLICE * byteSlices;
    }
}
