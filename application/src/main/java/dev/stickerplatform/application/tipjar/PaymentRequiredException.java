package dev.stickerplatform.application.tipjar;

/**
 * A paid deployment ({@code REGISTRATION_MODE=paid}) without an acceptable payment: none given, not confirmed (yet),
 * or not what the quote asks for ({@code reason} says which). Nothing was recorded or deployed.
 */
public final class PaymentRequiredException extends RuntimeException {
    private final transient DeploymentQuote quote;

    public PaymentRequiredException(String reason, DeploymentQuote quote) {
        super(reason);
        this.quote = quote;
    }

    public DeploymentQuote quote() {
        return quote;
    }
}
