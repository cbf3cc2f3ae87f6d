package dev.stickerplatform.domain.model;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** Membership tiers bought with a tip whose memo starts with {@code MEMBERSHIP:<TIER>}. */
public enum MembershipTier {
    BRONZE(MicroAlgos.ofAlgo(5), Duration.ofDays(30)),
    SILVER(MicroAlgos.ofAlgo(12), Duration.ofDays(90)),
    GOLD(MicroAlgos.ofAlgo(40), Duration.ofDays(365));

    private static final String PREFIX = "MEMBERSHIP:";
    private final MicroAlgos minimum;
    private final Duration validity;

    MembershipTier(MicroAlgos minimum, Duration validity) {
        this.minimum = minimum;
        this.validity = validity;
    }

    public MicroAlgos minimum() {
        return minimum;
    }

    public Duration validity() {
        return validity;
    }

    /**
     * The tier a memo asks for. The memo is trimmed and upper-cased and must be exactly
     * {@code MEMBERSHIP:<TIER>} or that followed by a non-letter (so "MEMBERSHIP:GOLDEN" is not GOLD,
     * unlike the prototype's prefix match).
     */
    public static Optional<MembershipTier> fromMemo(Memo memo) {
        // on the bytes: a memo that is not UTF-8 may still ask for a tier in its ASCII head
        if (memo == null) {
            return Optional.empty();
        }
        return fromMemo(memo.utf8().orElseGet(() -> asciiHead(memo.bytes())));
    }

    /** The memo's leading ASCII bytes, up to the first byte that is not ASCII. */
    private static String asciiHead(byte[] bytes) {
        StringBuilder head = new StringBuilder();
        for (byte b : bytes) {
            if (b < 0) {
                head.append('\uFFFD');
                break;
            }
            head.append((char) b);
        }
        return head.toString();
    }

    public static Optional<MembershipTier> fromMemo(String memo) {
        if (memo == null) {
            return Optional.empty();
        }
        String text = memo.strip().toUpperCase(Locale.ROOT);
        if (!text.startsWith(PREFIX)) {
            return Optional.empty();
        }
        for (MembershipTier tier : values()) {
            String key = PREFIX + tier.name();
            if (text.equals(key) || (text.startsWith(key) && !Character.isLetterOrDigit(text.charAt(key.length())))) {
                return Optional.of(tier);
            }
        }
        return Optional.empty();
    }
}
