package dev.stickerplatform.adapters.algorand;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.port.ChainRejectedException;
import dev.stickerplatform.domain.port.NotAuthorizedException;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * algod's error answers made plain. algod answers {@code {"message": "..."}}; a refused transaction reads like
 * {@code TransactionPool.Remember: transaction TXID: overspend (account A, data {...}, tried to spend {N})}, with Go
 * structure dumps a client should never see. {@link #plainReason} keeps what the reason is and drops the rest.
 */
final class AlgodErrors {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_REASON = 300;
    private static final Pattern POOL_PREFIX = Pattern.compile("^(TransactionPool\\.\\w+: )+");
    private static final Pattern TXN_PREFIX = Pattern.compile("^transaction [A-Z2-7]{52}: ");
    private static final Pattern OVERSPEND = Pattern.compile(
            "overspend \\(account ([A-Z2-7]{58}),.*tried to spend \\{(\\d+)}\\)", Pattern.DOTALL);
    private static final Pattern BELOW_MIN = Pattern.compile(
            "account ([A-Z2-7]{58}) balance (\\d+) below min (\\d+)(?: \\((\\d+) assets\\))?");
    private static final Pattern DEAD = Pattern.compile("txn dead: round (\\d+) outside of (\\d+)--(\\d+)");
    private static final Pattern NOT_AUTHORIZED = Pattern.compile(
            "should have been authorized by ([A-Z2-7]{58}) but was actually authorized by ([A-Z2-7]{58})");
    private static final Pattern LOGIC = Pattern.compile("logic eval error: (.*?)(?:\\. Details: .*)?$",
            Pattern.DOTALL);

    private AlgodErrors() {
    }

    /** The {@code message} of algod's JSON error body, or the body itself when it is not that JSON. */
    static String message(String body) {
        if (body == null || body.isBlank()) {
            return "(no message)";
        }
        try {
            JsonNode node = JSON.readTree(body);
            if (node != null && node.hasNonNull("message")) {
                return node.get("message").asText();
            }
        } catch (IOException e) {
            // not JSON: a proxy's page or plain text, shown as it is
        }
        return truncate(body.strip());
    }

    /**
     * Whether a 404 body is algod saying "no such thing" ({@code {"message": "application does not exist"}} and the
     * like), rather than "no such route" ({@code Not Found}, algod's answer to an unknown path) or a page from
     * something in front of algod.
     */
    static boolean isAbsence(String body) {
        try {
            JsonNode node = body == null ? null : JSON.readTree(body);
            return node != null && node.hasNonNull("message")
                    && !node.get("message").asText().strip().equalsIgnoreCase("Not Found");
        } catch (IOException e) {
            return false;
        }
    }

    /** The node already holds this transaction (in its pool or its ledger): resubmitting it changed nothing. */
    static boolean isDuplicate(String message) {
        return message.contains("transaction already in ledger") || message.contains("already in the pool")
                || message.contains("already in pool");
    }

    /**
     * The exception for algod's refusal of a submission: a {@link NotAuthorizedException} naming both keys when the
     * signing key is not the sender's auth address (the account was rekeyed), else a plain rejection.
     */
    static ChainRejectedException rejection(String message) {
        Matcher m = NOT_AUTHORIZED.matcher(message);
        if (m.find()) {
            return new NotAuthorizedException(plainReason(message), new Address(m.group(1)), new Address(m.group(2)));
        }
        return new ChainRejectedException(plainReason(message));
    }

    /** Why algod refused a transaction, in words a client may read. */
    static String plainReason(String message) {
        String reason = TXN_PREFIX.matcher(POOL_PREFIX.matcher(message.strip()).replaceFirst("")).replaceFirst("");
        Matcher m;
        if ((m = OVERSPEND.matcher(reason)).find()) {
            return "overspend: account " + m.group(1) + " cannot pay " + m.group(2) + " µALGO from its balance";
        }
        if ((m = BELOW_MIN.matcher(reason)).find()) {
            return "overspend: account " + m.group(1) + " would keep " + m.group(2)
                    + " µALGO, below its minimum balance of " + m.group(3) + " µALGO";
        }
        if ((m = DEAD.matcher(reason)).find()) {
            return "transaction outside its validity window: round " + m.group(1) + " is not within rounds "
                    + m.group(2) + " to " + m.group(3);
        }
        if ((m = NOT_AUTHORIZED.matcher(reason)).find()) {
            return "not authorized: the account must be signed by " + m.group(1) + " but the transaction was signed by "
                    + m.group(2);
        }
        if (reason.contains("overlapping lease")) {
            return "lease in use: another transaction of the sender holds the same lease in an overlapping window";
        }
        if ((m = LOGIC.matcher(reason)).find()) {
            return "rejected by the application: " + truncate(m.group(1).strip());
        }
        return truncate(reason.isEmpty() ? message : reason);
    }

    private static String truncate(String text) {
        String line = text.lines().findFirst().orElse("").strip();
        return line.length() <= MAX_REASON ? line : line.substring(0, MAX_REASON) + "…";
    }
}
