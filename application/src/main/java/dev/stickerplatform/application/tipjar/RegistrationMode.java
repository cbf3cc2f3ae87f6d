package dev.stickerplatform.application.tipjar;

/**
 * Who covers what a TipProxy deployment (registration or upgrade) costs the platform ({@code REGISTRATION_MODE}).
 */
public enum RegistrationMode {
    /** Free for the creator, inside the per-client and daily budgets (the simulated network's default). */
    OPEN,
    /**
     * The creator pays the deployment's cost: a confirmed payment of the quoted amount from the creator's wallet to
     * the DEPLOYER, with the quoted note, checked before anything is deployed (see {@link PaymentCheck}).
     */
    PAID,
    /**
     * An administrator approves each deployment through the approvals machinery; the DEPLOYER may then be a k-of-n
     * multisig (the app is funded by the MINTER, a platform-held key, when it is).
     */
    APPROVAL
}
