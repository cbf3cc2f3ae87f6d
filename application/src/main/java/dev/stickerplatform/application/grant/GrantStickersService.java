package dev.stickerplatform.application.grant;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.Grant;
import dev.stickerplatform.domain.model.GrantKind;
import dev.stickerplatform.domain.model.MintJob;
import dev.stickerplatform.domain.model.StickerTemplate;
import dev.stickerplatform.domain.model.StickerType;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.Randomness;
import dev.stickerplatform.domain.port.Store;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Grants a template's sticker to one or more wallets: an administrator's gift or airdrop of any template, or a
 * creator's of their own templates within a daily quota. Each wallet's grant and its mint job are recorded in one
 * transaction; the workers then mint and deliver it exactly as a tip's sticker (recorded before submitted, opt-in
 * awaited). A request repeated with the same {@code requestId} grants nothing more, wallet by wallet.
 */
public final class GrantStickersService {
    private final Store store;
    private final GrantBudget budget;
    private final Randomness randomness;
    private final Clock clock;
    private final Config config;

    /**
     * @param creatorDailyQuota how many stickers a creator may grant in 24 hours (0: creators may not grant)
     * @param maxWallets        the most wallets one request may name
     */
    public record Config(int creatorDailyQuota, int maxWallets) {
        public Config {
            if (creatorDailyQuota < 0 || maxWallets < 1) {
                throw new IllegalArgumentException("creatorDailyQuota must be >= 0 and maxWallets >= 1");
            }
        }

        public static Config defaults() {
            return new Config(50, 100);
        }
    }

    /**
     * @param type      the sticker type the route mints (an administrator's mint route), or null for any
     * @param requestId the client's idempotency key, or null for a new request
     */
    public record Command(GrantKind kind, Address grantedBy, long templateId, StickerType type, List<Address> fans,
                          String reason, UUID requestId) {
        public Command {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(grantedBy, "grantedBy");
            fans = List.copyOf(Objects.requireNonNull(fans, "fans"));
            if (fans.isEmpty()) {
                throw new IllegalArgumentException("at least one wallet is required");
            }
            if (!Grant.isValidReason(reason)) {
                throw new IllegalArgumentException(Grant.REASON_RULE);
            }
        }
    }

    /** What became of one wallet of the request. */
    public record WalletOutcome(Address fan, Status status, TxId originId, String reason) {
        public enum Status {
            /** Recorded; its sticker is on its way through the pipeline. */
            QUEUED,
            /** This request already granted it (a retry): nothing more was granted. */
            ALREADY_GRANTED,
            /** Left out: {@code reason} says why (quota, budget). */
            REFUSED
        }
    }

    public sealed interface Result {
        record Granted(UUID requestId, StickerTemplate template, List<WalletOutcome> wallets) implements Result {
        }

        record TemplateNotFound() implements Result {
        }

        /** A creator may grant only their own templates. */
        record NotYourTemplate() implements Result {
        }

        /** The mint route's type is not the template's. */
        record WrongType(StickerTemplate template) implements Result {
        }

        record TooManyWallets(int max) implements Result {
        }
    }

    public GrantStickersService(Store store, GrantBudget budget, Randomness randomness, Clock clock, Config config) {
        this.store = store;
        this.budget = budget;
        this.randomness = randomness;
        this.clock = clock;
        this.config = config;
    }

    public Result grant(Command command) {
        if (command.fans().size() > config.maxWallets()) {
            return new Result.TooManyWallets(config.maxWallets());
        }
        StickerTemplate template = store.templates().find(command.templateId()).orElse(null);
        if (template == null) {
            return new Result.TemplateNotFound();
        }
        if (command.kind() == GrantKind.CREATOR && !template.creator().equals(command.grantedBy())) {
            return new Result.NotYourTemplate();
        }
        if (command.type() != null && template.type() != command.type()) {
            return new Result.WrongType(template);
        }
        UUID requestId = command.requestId() != null ? command.requestId() : newRequestId();
        List<WalletOutcome> outcomes = store.inTransaction(tx -> {
            Instant now = clock.instant();
            long quotaLeft = command.kind() == GrantKind.CREATOR ? config.creatorDailyQuota()
                    - tx.grants().countByGrantorSince(command.grantedBy(), GrantKind.CREATOR,
                    now.minus(Duration.ofDays(1))) : Long.MAX_VALUE;
            List<WalletOutcome> result = new ArrayList<>();
            for (Address fan : command.fans()) {
                result.add(grantOne(tx, command, template, requestId, fan, now, quotaLeft));
                if (result.getLast().status() == WalletOutcome.Status.QUEUED) {
                    quotaLeft--;
                }
            }
            return result;
        });
        return new Result.Granted(requestId, template, outcomes);
    }

    private WalletOutcome grantOne(Store tx, Command command, StickerTemplate template, UUID requestId, Address fan,
                                   Instant now, long quotaLeft) {
        TxId origin = Grant.originIdFor(requestId, fan);
        if (tx.grants().find(origin).isPresent()) {
            return new WalletOutcome(fan, WalletOutcome.Status.ALREADY_GRANTED, origin, null);
        }
        if (quotaLeft <= 0) {
            return new WalletOutcome(fan, WalletOutcome.Status.REFUSED, null,
                    "the creator's grant quota of " + config.creatorDailyQuota() + " stickers a day is used up");
        }
        if (!budget.tryTake(1)) {
            return new WalletOutcome(fan, WalletOutcome.Status.REFUSED, null,
                    "the platform's daily budget for granted stickers is spent");
        }
        Grant grant = new Grant(origin, requestId, command.kind(), command.grantedBy(), template.id(),
                template.creator(), fan, command.reason().strip(), now);
        tx.grants().insertIfAbsent(grant);
        tx.mintJobs().insertIfAbsent(MintJob.granted(grant, template, now));
        return new WalletOutcome(fan, WalletOutcome.Status.QUEUED, origin, null);
    }

    private UUID newRequestId() {
        ByteBuffer bytes = ByteBuffer.wrap(randomness.bytes(16));
        return new UUID(bytes.getLong(), bytes.getLong());
    }
}
