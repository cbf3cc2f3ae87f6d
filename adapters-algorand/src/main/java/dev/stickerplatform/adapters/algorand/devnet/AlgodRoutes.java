package dev.stickerplatform.adapters.algorand.devnet;

import static dev.stickerplatform.adapters.algorand.devnet.AlgodWire.error;
import static dev.stickerplatform.adapters.algorand.devnet.AlgodWire.json;

import dev.stickerplatform.adapters.algorand.TxIds;
import dev.stickerplatform.adapters.algorand.devnet.AlgodWire.Reply;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.AssetId;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.ChainRejectedException;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * algod's v2 REST routes, answered from a node's ledger: every call {@code AlgodChain} makes and those algosdk's
 * common helpers make ({@code waitForConfirmation}, suggested params, account information), with algod's error
 * shapes ({@code {"message": ...}}) and status codes. The transport (token check, HTTP server) is the caller's.
 */
public final class AlgodRoutes {
    /** algod answers a wait for the next block after at most a minute, with the status as it is then. */
    static final Duration WAIT_FOR_BLOCK_TIMEOUT = Duration.ofMinutes(1);
    private static final Pattern NUMBER = Pattern.compile("/\\d+(?=/|$)");
    private static final Pattern WAIT = Pattern.compile("/v2/status/wait-for-block-after/(\\d+)/?");
    private static final Pattern PENDING = Pattern.compile("/v2/transactions/pending/([A-Z2-7]{52})");
    private static final Pattern ACCOUNT = Pattern.compile("/v2/accounts/([A-Z2-7]{58})/?");
    private static final Pattern ACCOUNT_ASSET = Pattern.compile("/v2/accounts/([A-Z2-7]{58})/assets/(\\d+)/?");
    private static final Pattern ANY_ACCOUNT = Pattern.compile("/v2/accounts/([^/]*)(/.*)?");
    private static final Pattern APPLICATION = Pattern.compile("/v2/applications/(\\d+)");
    private static final Pattern ASSET = Pattern.compile("/v2/assets/(\\d+)");
    private static final Pattern BLOCK = Pattern.compile("/v2/blocks/(\\d+)(/logs|/txids)?");

    private final AlgodNode node;
    private final BooleanSupplier running;

    public AlgodRoutes(AlgodNode node, BooleanSupplier running) {
        this.node = node;
        this.running = running;
    }

    /** The route a path belongs to, ids replaced by placeholders, for counting. */
    public static String routeOf(String path) {
        return NUMBER.matcher(path.replaceAll("/[A-Z2-7]{52,58}(?=/|$)", "/{id}")).replaceAll("/{round}");
    }

    public Reply answer(String method, String path, String query, byte[] body) {
        try {
            Matcher m;
            if (method.equals("POST") && path.equals("/v2/transactions")) {
                return submit(body);
            }
            if (method.equals("POST") && path.equals("/v2/teal/compile")) {
                return AlgodWire.compiled(node.compile(body));
            }
            if (!method.equals("GET") && !method.equals("HEAD")) {
                return error(405, "Method Not Allowed");
            }
            if (path.equals("/health") || path.equals("/ready")) {
                return new Reply(200, AlgodWire.JSON, new byte[0]);
            }
            if (path.equals("/genesis")) {
                return AlgodWire.genesis(node.ledger());
            }
            if (path.equals("/versions")) {
                return AlgodWire.versions(node.ledger());
            }
            if (path.equals("/v2/status")) {
                return json(AlgodWire.status(node.ledger()));
            }
            if (path.equals("/v2/transactions/params")) {
                return AlgodWire.params(node);
            }
            if ((m = WAIT.matcher(path)).matches()) {
                return waitForBlockAfter(Long.parseLong(m.group(1)));
            }
            if ((m = PENDING.matcher(path)).matches()) {
                return AlgodWire.pending(node, TxId.of(m.group(1)), query.contains("format=msgpack"));
            }
            if ((m = ACCOUNT.matcher(path)).matches()) {
                return AlgodStateWire.account(node, new Address(m.group(1)), query);
            }
            if ((m = ACCOUNT_ASSET.matcher(path)).matches()) {
                return AlgodStateWire.accountAsset(node, new Address(m.group(1)),
                        AssetId.of(Long.parseLong(m.group(2))));
            }
            if ((m = ANY_ACCOUNT.matcher(path)).matches() && !validAddress(m.group(1))) {
                return error(400, "failed to parse the address: " + m.group(1));
            }
            if ((m = APPLICATION.matcher(path)).matches()) {
                return AlgodStateWire.application(node, AppId.of(Long.parseLong(m.group(1))));
            }
            if ((m = ASSET.matcher(path)).matches()) {
                return AlgodStateWire.asset(node, AssetId.of(Long.parseLong(m.group(1))));
            }
            if ((m = BLOCK.matcher(path)).matches()) {
                return block(Long.parseLong(m.group(1)), m.group(2), query);
            }
            return error(404, "Not Found");
        } catch (NumberFormatException e) {
            return error(400, "invalid number in " + path);
        } catch (RuntimeException | IOException e) {
            return error(500, "devnet failed: " + e);
        }
    }

    private static boolean validAddress(String text) {
        try {
            new Address(text);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private Reply submit(byte[] body) {
        List<byte[]> group;
        try {
            group = AlgodNode.split(body);
        } catch (IOException e) {
            return error(400, "msgpack decode error [pos 0]: " + e.getMessage());
        }
        List<TxId> ids;
        try {
            ids = TxIds.ofSignedGroup(group);
        } catch (IllegalArgumentException e) {
            return error(400, "msgpack decode error [pos 0]: " + e.getMessage());
        }
        try {
            node.submit(group);
            return AlgodWire.posted(ids.get(0));
        } catch (ChainRejectedException e) {
            return error(400, AlgodWording.rejection(e.reason(), ids.get(0)));
        }
    }

    private Reply waitForBlockAfter(long round) {
        long deadline = System.nanoTime() + WAIT_FOR_BLOCK_TIMEOUT.toNanos();
        while (running.getAsBoolean() && System.nanoTime() < deadline
                && !node.ledger().currentRound().isAfter(Round.of(round))) {
            node.ledger().awaitRoundAfter(Round.of(round), Duration.ofMillis(50));
        }
        return json(AlgodWire.status(node.ledger()));
    }

    private Reply block(long round, String part, String query) throws IOException {
        if (!node.holds(round)) {
            return error(404, "failed to retrieve information from the ledger");
        }
        if ("/logs".equals(part)) {
            return BlockWire.logs(node, round);
        }
        if ("/txids".equals(part)) {
            return BlockWire.txids(node, round);
        }
        if (query.contains("format=msgpack")) {
            return BlockWire.block(node, round);
        }
        return BlockWire.blockJson(node, round);
    }
}
