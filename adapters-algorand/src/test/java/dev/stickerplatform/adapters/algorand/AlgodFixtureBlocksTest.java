package dev.stickerplatform.adapters.algorand;

import static org.assertj.core.api.Assertions.assertThat;

import com.algorand.algosdk.v2.client.model.AppCallLogs;
import dev.stickerplatform.adapters.algorand.simulated.SimulatedLedger;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.AssetId;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.port.Chain.AssetMove;
import dev.stickerplatform.domain.port.Chain.BlockEvents;
import dev.stickerplatform.domain.port.Chain.OptIn;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Blocks as go-algorand's own evaluator wrote them ({@code ../shared/fixtures/algod}, see its README), served by
 * the algod double and read by the real block reader: every transaction decoded, field by field, none skipped.
 */
class AlgodFixtureBlocksTest {
    private static final Address A = address("3263ff43cebb73a16115114439a6210023e9e089491a442366d53693f79e93c3");
    private static final Address B = address("f4c3acc01a310833faf3438fd07cb49190db8df6eb9adf5c2e084c6a5ea78c26");
    private static final Address C = address("6f67fe480da596747b36c1601207c9d56e19e298cb6d00eabaf0c45e022a17cc");
    private static final Address D = address("72a96614a451781e0fe58c301ad762d49b2ef32ee5b3a6277dffa9851467675f");
    private static final Address INNER_SENDER =
            address("0063000000000000000000000000000000000000000000000000000000000000");
    private static final Round ROUND = Round.of(1);

    private final SimulatedLedger ledger = dev.stickerplatform.adapters.algorand.devnet.AlgodNode.newLedger();
    private final AlgodDouble algod = AlgodDouble.start(ledger);
    private final AlgodCalls calls = new AlgodCalls(algod.config());
    private final AlgodBlocks blocks = new AlgodBlocks(calls);
    private final AlgodChain chain = new AlgodChain(algod.config());

    @AfterEach
    void stop() {
        algod.close();
        ledger.close();
    }

    @Test
    void anAssetWhoseTotalIs2To64Minus1() {
        List<BlockTxn> txns = serve("LargeAssetAmount");

        BlockTxn create = txns.getFirst();
        assertThat(txns).hasSize(1);
        assertThat(create.type()).isEqualTo("acfg");
        assertThat(create.sender()).isEqualTo(A);
        assertThat(Long.toUnsignedString(create.assetTotal())).isEqualTo("18446744073709551615");
        assertThat(create.assetId()).isZero();
        assertThat(create.inner()).isEmpty();
        assertThat(events()).isEqualTo(new BlockEvents(ROUND, Instant.ofEpochSecond(1671041437), List.of(), List.of(),
                List.of()));
    }

    @Test
    void logsThatAreNotPlainTextAtTwoLevels() {
        List<BlockTxn> txns = serve("NonUTF8Logs");

        BlockTxn create = txns.getFirst();
        assertThat(create.type()).isEqualTo("appl");
        assertThat(create.sender()).isEqualTo(A);
        assertThat(create.appId()).isZero();
        assertThat(create.createdApp()).isZero();
        assertThat(create.logCount()).isEqualTo(3);
        assertThat(create.inner()).singleElement().satisfies(inner -> {
            assertThat(inner.type()).isEqualTo("appl");
            assertThat(inner.appId()).isEqualTo(789);
            assertThat(inner.sender()).isEqualTo(A);
            assertThat(inner.logCount()).isEqualTo(3);
        });
        List<AppCallLogs> logs = logs();
        assertThat(logs).extracting(l -> l.applicationIndex).containsExactly(0L, 789L);
        for (AppCallLogs entry : logs) {
            assertThat(entry.logs).containsExactly(hex("f09f92a9"), hex("f09f92b0"), hex("f09f8c90"));
        }
        // a creation whose apply data names no app is nobody's: not followed, not skipped
        assertThat(events()).isEqualTo(new BlockEvents(ROUND, Instant.ofEpochSecond(1671043924), List.of(), List.of(),
                List.of()));
    }

    @Test
    void innerTransactionsToDepthTwo() {
        for (String fixture : List.of("InnerTxn", "InnerTxnParticipation")) {
            List<BlockTxn> txns = serve(fixture);

            BlockTxn outer = txns.getFirst();
            assertThat(txns).as(fixture).hasSize(1);
            assertThat(outer.type()).isEqualTo("appl");
            assertThat(outer.sender()).isEqualTo(A);
            assertThat(outer.depth()).isEqualTo(2);
            assertThat(outer.inner()).hasSize(2);
            BlockTxn pay = outer.inner().get(0);
            assertThat(pay.type()).isEqualTo("pay");
            assertThat(pay.amount()).isEqualTo(12);
            assertThat(pay.receiver()).isEqualTo(C);
            assertThat(pay.sender()).isEqualTo(INNER_SENDER);
            BlockTxn call = outer.inner().get(1);
            assertThat(call.type()).isEqualTo("appl");
            assertThat(call.appId()).isEqualTo(789);
            assertThat(call.inner()).hasSize(2);
            BlockTxn transfer = call.inner().get(0);
            assertThat(transfer.type()).isEqualTo("axfer");
            assertThat(transfer.assetAmount()).isEqualTo(456);
            assertThat(transfer.assetReceiver()).isEqualTo(D);
            assertThat(transfer.isOptIn()).isFalse();
            assertThat(call.inner().get(1).type()).isEqualTo("appl");
            assertThat(call.inner().get(1).appId()).isEqualTo(789);
            assertThat(events().appCalls()).as(fixture).isEmpty();
            // this block's inner transfer names no asset (xaid 0): no asset moved
            assertThat(transfer.assetId()).isZero();
            assertThat(events().assetMoves()).as(fixture).isEmpty();
            assertThat(events().skipped()).as(fixture).isEmpty();
        }
        assertThat(events().timestamp()).isEqualTo(Instant.ofEpochSecond(1671041273));
    }

    @Test
    void onlyTheTopLevelCallsOwnLogsCountNotThoseOfItsInnerCalls() {
        List<BlockTxn> txns = serve("LookupInnerLogs");

        BlockTxn outer = txns.getFirst();
        assertThat(outer.createdApp()).isEqualTo(123);
        assertThat(outer.logCount()).isEqualTo(2);
        assertThat(outer.depth()).isEqualTo(2);
        BlockTxn inner = outer.inner().getFirst();
        assertThat(inner.appId()).isEqualTo(789);
        assertThat(inner.logCount()).isEqualTo(2);
        assertThat(inner.inner()).extracting(BlockTxn::appId).containsExactly(789L, 0L);
        assertThat(inner.inner().get(1).createdApp()).isEqualTo(999);
        assertThat(inner.inner().get(1).logCount()).isEqualTo(2);
        assertThat(logs()).extracting(l -> l.applicationIndex).containsExactly(123L, 789L, 999L);

        BlockEvents events = events();
        assertThat(events.timestamp()).isEqualTo(Instant.ofEpochSecond(1674060133));
        assertThat(events.appCalls()).singleElement().satisfies(call -> {
            assertThat(call.app()).isEqualTo(AppId.of(123));
            assertThat(call.sender()).isEqualTo(A);
            assertThat(call.txId()).isEqualTo(outer.txId());
            assertThat(call.index()).isZero();
            assertThat(call.logs()).containsExactly(text("testing outer appl log"), text("appId 123 log"));
        });
        assertThat(events.skipped()).isEmpty();
    }

    @Test
    void logsAtSeveralInnerLevels() {
        List<BlockTxn> txns = serve("LookupMultiInnerLogs");

        BlockTxn outer = txns.getFirst();
        assertThat(outer.createdApp()).isEqualTo(123);
        assertThat(outer.inner()).extracting(BlockTxn::appId).containsExactly(789L, 222L, 222L, 222L);
        assertThat(outer.inner()).extracting(BlockTxn::logCount).containsExactly(2, 2, 2, 2);
        assertThat(outer.depth()).isEqualTo(2);
        List<AppCallLogs> logs = logs();
        assertThat(logs).extracting(l -> l.applicationIndex).containsExactly(123L, 789L, 222L, 222L, 222L);
        assertThat(logs.get(4).logs).containsExactly(text("testing multiple logs 3"), text("appId 222 log 3"));

        BlockEvents events = events();
        assertThat(events.timestamp()).isEqualTo(Instant.ofEpochSecond(1674060243));
        assertThat(events.appCalls()).singleElement().satisfies(call -> {
            assertThat(call.app()).isEqualTo(AppId.of(123));
            assertThat(call.logs()).containsExactly(text("testing outer appl log"), text("appId 123 log"));
        });
    }

    @Test
    void assetTransfersWithCloseOuts() {
        for (var fixture : Map.of("BlockWithTransactions", 1671036853L, "AssetCloseReopenTransfer", 1671116172L)
                .entrySet()) {
            List<BlockTxn> txns = serve(fixture.getKey());

            assertThat(txns).as(fixture.getKey()).extracting(BlockTxn::type)
                    .containsExactly("acfg", "axfer", "axfer", "axfer", "axfer", "axfer", "axfer", "axfer");
            assertThat(txns.getFirst().sender()).isEqualTo(B);
            assertThat(txns.getFirst().assetTotal()).isEqualTo(1_000_000);
            assertThat(txns.subList(1, 8)).extracting(BlockTxn::assetId).containsOnly(1L);
            assertThat(txns).extracting(BlockTxn::assetAmount).containsExactly(0L, 0L, 10_000L, 0L, 0L, 1_000L, 0L,
                    10_000L);
            assertThat(txns).extracting(BlockTxn::isOptIn).containsExactly(false, true, false, true, true, false, true,
                    false);
            BlockTxn closing = txns.get(5);
            assertThat(closing.sender()).isEqualTo(A);
            assertThat(closing.assetReceiver()).isEqualTo(C);
            assertThat(closing.assetCloseTo()).isEqualTo(D);
            assertThat(txns).extracting(BlockTxn::index).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
            assertThat(txns).extracting(BlockTxn::txId).doesNotContainNull().doesNotHaveDuplicates();

            BlockEvents events = events();
            assertThat(events.timestamp()).isEqualTo(Instant.ofEpochSecond(fixture.getValue()));
            assertThat(events.appCalls()).isEmpty();
            assertThat(events.skipped()).isEmpty();
            assertThat(events.optIns()).containsExactly(new OptIn(txns.get(1).txId(), AssetId.of(1), A),
                    new OptIn(txns.get(3).txId(), AssetId.of(1), C), new OptIn(txns.get(4).txId(), AssetId.of(1), D),
                    new OptIn(txns.get(6).txId(), AssetId.of(1), A));
            // these blocks carry no apply data: the close-out's remainder (aca) is absent, so only units sent move
            assertThat(events.assetMoves()).filteredOn(move -> move.txId().equals(closing.txId()))
                    .containsExactly(new AssetMove(closing.txId(), AssetId.of(1), A, C, 1_000));
        }
    }

    @Test
    void aCloseOutsRemainderMovesToTheCloseToAccount() throws Exception {
        byte[] fixture = SharedFixtures.read(SharedFixtures.algod("AssetCloseReopenTransfer.block_only.msgpack"));
        // the apply data a current node writes for the closing transfer: the 9,000 units A still held went to D
        BlockTxn closing = serve(withApplyData(fixture, 5, "aca", 9_000)).get(5);

        assertThat(closing.assetCloseTo()).isEqualTo(D);
        assertThat(closing.assetClosingAmount()).isEqualTo(9_000);
        assertThat(events().assetMoves()).filteredOn(move -> move.txId().equals(closing.txId())).containsExactly(
                new AssetMove(closing.txId(), AssetId.of(1), A, C, 1_000),
                new AssetMove(closing.txId(), AssetId.of(1), A, D, 9_000));
    }

    @Test
    void anAppsInnerTransferIsAMoveUnderTheTopLevelTxid() throws Exception {
        byte[] fixture = SharedFixtures.read(SharedFixtures.algod("InnerTxn.block_only.msgpack"));
        // the same block with asset 77 named by the inner transfer (depth 2: an escrow app handing units on)
        BlockTxn outer = serve(withInnerAsset(fixture, 77)).getFirst();
        BlockTxn transfer = outer.inner().get(1).inner().get(0);

        assertThat(transfer.assetId()).isEqualTo(77);
        assertThat(events().assetMoves()).containsExactly(new AssetMove(outer.txId(), AssetId.of(77),
                transfer.sender(), D, 456));
    }

    /** The InnerTxn block with {@code xaid} set on the inner transfer (dt.itx[1].dt.itx[0]) of its transaction. */
    private static byte[] withInnerAsset(byte[] body, long asset) throws Exception {
        org.msgpack.value.Value root = org.msgpack.core.MessagePack.newDefaultUnpacker(body).unpackValue();
        return pack(edit(root, List.of("block", "txns", "0", "dt", "itx", "1", "dt", "itx", "0", "txn"),
                txn -> txn.put(org.msgpack.value.ValueFactory.newString("xaid"),
                        org.msgpack.value.ValueFactory.newInteger(asset))));
    }

    /** {@code value} with the map at {@code path} (map keys, list indexes) changed by {@code change}. */
    private static org.msgpack.value.Value edit(org.msgpack.value.Value value, List<String> path,
            java.util.function.Consumer<Map<org.msgpack.value.Value, org.msgpack.value.Value>> change) {
        if (value.isArrayValue()) {
            List<org.msgpack.value.Value> items = new java.util.ArrayList<>(value.asArrayValue().list());
            int i = Integer.parseInt(path.getFirst());
            items.set(i, edit(items.get(i), path.subList(1, path.size()), change));
            return org.msgpack.value.ValueFactory.newArray(items);
        }
        Map<org.msgpack.value.Value, org.msgpack.value.Value> map = new java.util.LinkedHashMap<>(
                value.asMapValue().map());
        if (path.isEmpty()) {
            change.accept(map);
        } else {
            org.msgpack.value.Value key = org.msgpack.value.ValueFactory.newString(path.getFirst());
            map.put(key, edit(map.get(key), path.subList(1, path.size()), change));
        }
        return org.msgpack.value.ValueFactory.newMap(map);
    }

    private static byte[] pack(org.msgpack.value.Value value) throws Exception {
        try (var packer = org.msgpack.core.MessagePack.newDefaultBufferPacker()) {
            packer.packValue(value);
            return packer.toByteArray();
        }
    }

    /** The block with {@code field} added to the apply data of its {@code index}th transaction. */
    private static byte[] withApplyData(byte[] body, int index, String field, long value) throws Exception {
        org.msgpack.value.Value root = org.msgpack.core.MessagePack.newDefaultUnpacker(body).unpackValue();
        Map<org.msgpack.value.Value, org.msgpack.value.Value> top = new java.util.LinkedHashMap<>(
                root.asMapValue().map());
        org.msgpack.value.Value blockKey = org.msgpack.value.ValueFactory.newString("block");
        Map<org.msgpack.value.Value, org.msgpack.value.Value> block = new java.util.LinkedHashMap<>(
                top.get(blockKey).asMapValue().map());
        org.msgpack.value.Value txnsKey = org.msgpack.value.ValueFactory.newString("txns");
        List<org.msgpack.value.Value> txns = new java.util.ArrayList<>(block.get(txnsKey).asArrayValue().list());
        Map<org.msgpack.value.Value, org.msgpack.value.Value> stib = new java.util.LinkedHashMap<>(
                txns.get(index).asMapValue().map());
        stib.put(org.msgpack.value.ValueFactory.newString(field), org.msgpack.value.ValueFactory.newInteger(value));
        txns.set(index, org.msgpack.value.ValueFactory.newMap(stib));
        block.put(txnsKey, org.msgpack.value.ValueFactory.newArray(txns));
        top.put(blockKey, org.msgpack.value.ValueFactory.newMap(block));
        try (var packer = org.msgpack.core.MessagePack.newDefaultBufferPacker()) {
            packer.packValue(org.msgpack.value.ValueFactory.newMap(top));
            return packer.toByteArray();
        }
    }

    /** Serves the fixture as round 1 and reads its transactions back through algod's API. */
    private List<BlockTxn> serve(String fixture) {
        return serve(SharedFixtures.read(SharedFixtures.algod(fixture + ".block_only.msgpack")));
    }

    private List<BlockTxn> serve(byte[] body) {
        algod.serveBlock(ROUND.value(), body);
        Map<String, Object> block = blocks.fetch(ROUND).orElseThrow();
        BlockHeader header = BlockHeader.of(block);
        return java.util.stream.IntStream.range(0, header.payset().size())
                .mapToObj(i -> BlockTxn.read(i, header.payset().get(i), header)).toList();
    }

    private BlockEvents events() {
        return chain.block(ROUND).orElseThrow();
    }

    private List<AppCallLogs> logs() {
        return calls.get("logs", c -> c.GetBlockLogs(ROUND.value()).execute()).logs;
    }

    private static Address address(String hex) {
        return Address.fromPublicKey(HexFormat.of().parseHex(hex));
    }

    private static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex);
    }

    private static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
