package dev.stickerplatform.bootstrap.cli;

import dev.stickerplatform.adapters.algorand.TransactionFacts;
import dev.stickerplatform.bootstrap.config.ConfigException;
import dev.stickerplatform.domain.model.ApprovalKind;
import dev.stickerplatform.domain.model.MicroAlgos;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What an approver's tool refuses to sign unless the approver names the exception with a flag: a transaction that
 * rekeys its sender ({@code --allow-rekey}), closes its account or an asset holding ({@code --allow-close-to}), or
 * pays more than the limit of its approval kind ({@code --allow-amount-above}). The limits come from
 * {@code APPROVAL_LIMIT_<KIND>_MICROALGOS} in the approver's environment; by default a TipProxy deletion pays
 * nothing and a faucet payment at most the faucet's 10 ALGO. A kind this tool does not know has a limit of 0.
 */
record ApprovalPolicy(Map<ApprovalKind, MicroAlgos> limits) {
    static final String ALLOW_REKEY = "allow-rekey";
    static final String ALLOW_CLOSE_TO = "allow-close-to";
    static final String ALLOW_AMOUNT_ABOVE = "allow-amount-above";

    ApprovalPolicy {
        limits = Map.copyOf(limits);
    }

    static ApprovalPolicy fromEnv(Map<String, String> env) {
        Map<ApprovalKind, MicroAlgos> limits = new EnumMap<>(ApprovalKind.class);
        for (ApprovalKind kind : ApprovalKind.values()) {
            String name = "APPROVAL_LIMIT_" + kind.name() + "_MICROALGOS";
            String raw = env.get(name);
            long fallback = kind == ApprovalKind.FAUCET_PAYMENT ? MicroAlgos.ofAlgo(10).value() : 0;
            try {
                long value = raw == null || raw.isBlank() ? fallback : Long.parseLong(raw.strip());
                if (value < 0) {
                    throw new NumberFormatException();
                }
                limits.put(kind, MicroAlgos.of(value));
            } catch (NumberFormatException e) {
                throw new ConfigException(name + " must be a whole number of µALGO of at least 0, got '" + raw + "'");
            }
        }
        return new ApprovalPolicy(limits);
    }

    /** The limit of {@code kind} (the server's name for it); 0 for a kind this tool does not know. */
    MicroAlgos limit(String kind) {
        try {
            return limits.getOrDefault(ApprovalKind.valueOf(kind.toUpperCase(Locale.ROOT)), MicroAlgos.ZERO);
        } catch (IllegalArgumentException e) {
            return MicroAlgos.ZERO;
        }
    }

    /**
     * Why {@code facts} may not be signed as an approval of {@code kind}, each naming the flag that allows it;
     * empty when nothing stands in the way. {@code allowed} holds the flags the approver passed.
     */
    List<String> refusals(String kind, TransactionFacts facts, java.util.Set<String> allowed) {
        List<String> refusals = new ArrayList<>();
        if (facts.rekeyTo() != null && !allowed.contains(ALLOW_REKEY)) {
            refusals.add("it REKEYS " + facts.sender() + " to " + facts.rekeyTo() + ", handing the account to that key"
                    + " (pass --" + ALLOW_REKEY + " if that is intended)");
        }
        if (facts.closeRemainderTo() != null && !allowed.contains(ALLOW_CLOSE_TO)) {
            refusals.add("it CLOSES " + facts.sender() + " and sends everything it holds to "
                    + facts.closeRemainderTo() + " (pass --" + ALLOW_CLOSE_TO + " if that is intended)");
        }
        if (facts.assetCloseTo() != null && !allowed.contains(ALLOW_CLOSE_TO)) {
            refusals.add("it CLOSES an asset holding of " + facts.sender() + " into " + facts.assetCloseTo()
                    + " (pass --" + ALLOW_CLOSE_TO + " if that is intended)");
        }
        MicroAlgos limit = limit(kind);
        if (facts.amount().value() > limit.value() && !allowed.contains(ALLOW_AMOUNT_ABOVE)) {
            refusals.add("it pays " + algo(facts.amount()) + " ALGO, above the " + algo(limit)
                    + " ALGO limit for " + kind + " (APPROVAL_LIMIT_" + kind.toUpperCase(Locale.ROOT)
                    + "_MICROALGOS; pass --" + ALLOW_AMOUNT_ABOVE + " if that is intended)");
        }
        return refusals;
    }

    /** ALGO without trailing zeros: 8, 0.001. */
    static String algo(MicroAlgos amount) {
        return java.math.BigDecimal.valueOf(amount.value(), 6).stripTrailingZeros().toPlainString();
    }
}
