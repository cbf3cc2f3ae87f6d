package dev.stickerplatform.adapters.algorand;

import static dev.stickerplatform.adapters.algorand.AlgodWire.error;
import static dev.stickerplatform.adapters.algorand.AlgodWire.json;

import dev.stickerplatform.adapters.algorand.AlgodWire.Reply;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.AssetId;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.ChainRejectedException;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** algod's REST routes, as far as the platform uses them, answered from the double's ledger. */
final class AlgodRoutes {
    /** algod answers a wait for the next block after at most a minute, with the status as it is then. */
    static final Duration WAIT_FOR_BLOCK_TIMEOUT = Duration.ofMinutes(1);
    private static final Pattern NUMBER = Pattern.compile("/\\d+(?=/|$)");
    private static final Pattern WAIT = Pattern.compile("/v2/status/wait-for-block-after/(\\d+)/?");
    private static final Pattern PENDING = Pattern.compile("/v2/transactions/pending/([A-Z2-7]{52})");
    private static final Pattern ACCOUNT = Pattern.compile("/v2/accounts/([A-Z2-7]{58})");
    private static final Pattern APPLICATION = Pattern.compile("/v2/applications/(\\d+)");
    private static final Pattern ASSET = Pattern.compile("/v2/assets/(\\d+)");
    private static final Pattern BLOCK = Pattern.compile("/v2/blocks/(\\d+)(/logs|/txids)?");

    private final DoubleLedger node;
    private final BooleanSupplier running;

    AlgodRoutes(DoubleLedger node, BooleanSupplier running) {
        this.node = node;
        this.running = running;
    }

    /** The route a path belongs to, ids replaced by placeholders, for counting. */
    static String routeOf(String path) {
        return NUMBER.matcher(path.replaceAll("/[A-Z2-7]{52,58}(?=/|$)", "/{id}")).replaceAll("/{round}");
    }

    Reply answer(String method, String path, String query, byte[] body) {
        try {
            Matcher m;
            if (method.equals("POST") && path.equals("/v2/transactions")) {
                return submit(body);
            }
            if (method.equals("POST") && path.equals("/v2/teal/compile")) {
                return AlgodWire.compiled(node.compile(body));
            }
            if (!method.equals("GET")) {
                return error(405, "Method Not Allowed");
            }
            if (path.equals("/versions")) {
                return AlgodWire.versions(node.ledger);
            }
            if (path.equals("/v2/status")) {
                return json(AlgodWire.status(node.ledger));
            }
            if (path.equals("/v2/transactions/params")) {
                return AlgodWire.params(node);
            }
            if ((m = WAIT.matcher(path)).matches()) {
                return waitForBlockAfter(Long.parseLong(m.group(1)));
            }
            if ((m = PENDING.matcher(path)).matches()) {
                return AlgodWire.pending(node, TxId.of(m.group(1)));
            }
            if ((m = ACCOUNT.matcher(path)).matches()) {
                return AlgodStateWire.account(node, new Address(m.group(1)));
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
        } catch (RuntimeException | IOException e) {
            return error(500, "algod double failed: " + e);
        }
    }

    private Reply submit(byte[] body) {
        List<byte[]> group;
        try {
            group = DoubleLedger.split(body);
        } catch (IOException e) {
            return error(400, "msgpack decode error [pos 0]: " + e.getMessage());
        }
        List<TxId> ids = TxIds.ofSignedGroup(group);
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
                && !node.ledger.currentRound().isAfter(Round.of(round))) {
            node.ledger.awaitRoundAfter(Round.of(round), Duration.ofMillis(50));
        }
        return json(AlgodWire.status(node.ledger));
    }

    private Reply block(long round, String part, String query) throws IOException {
        if (!node.holds(round)) {
            return error(404, "failed to retrieve information from the ledger");
        }
        var served = node.servedBlock(round);
        if (served.isPresent()) {
            return "/logs".equals(part) ? json(RawBlocks.logs(served.get()))
                    : new Reply(200, AlgodWire.MSGPACK, served.get(), Map.of("X-Algorand-Struct", "block-v1"));
        }
        if ("/logs".equals(part)) {
            return BlockWire.logs(node, round);
        }
        if ("/txids".equals(part)) {
            return BlockWire.txids(node, round);
        }
        if (!query.contains("format=msgpack")) {
            return error(400, "the algod double serves blocks as msgpack only");
        }
        return BlockWire.block(node, round);
    }
}
