package dev.stickerplatform.domain.port;

/** Each platform duty has its own account and key, so one leaked key cannot do everything. */
public enum SignerRole {
    /** Creates, funds and deletes TipProxy apps. */
    DEPLOYER,
    /** Creates sticker ASAs and transfers / claws them back to fans. */
    MINTER,
    /** Co-admin of every TipProxy (pause/unpause/delete) and approver of high-value operations. */
    ADMIN,
    /** Pays the simulated faucet. */
    FUNDER
}
