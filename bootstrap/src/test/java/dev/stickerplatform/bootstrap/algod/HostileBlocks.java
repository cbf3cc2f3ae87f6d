package dev.stickerplatform.bootstrap.algod;

import com.algorand.algosdk.crypto.Digest;
import com.algorand.algosdk.transaction.Transaction;
import com.algorand.algosdk.util.Encoder;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.Memo;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.TipEvent;
import dev.stickerplatform.domain.model.TxId;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random blocks as a hostile chain could write them, built with algosdk's own transaction builders and msgpack
 * encoder: genuine tips (a fan's own, the platform's tip_for) mixed with what must never count or stop a round —
 * extreme amounts and ASA totals (up to 2^64−1), unknown transaction types, inner transactions nested to the
 * protocol's depth, huge and empty logs, wrapper apps calling a TipProxy, strangers' and self tips, opt-ins, logs
 * no TipProxy could write, malformed fields. Each block says which of its transactions are genuine tips.
 */
final class HostileBlocks {
    static final String GENESIS_ID = "hostile-v1";
    private static final BigInteger MAX_UINT64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
    private static final int MAX_INNER_DEPTH = 8;
    private static final String[] UNKNOWN_TYPES = {"keyreg", "stpf", "hb", "zzz", "", "appl2"};

    private final Random random;
    private final byte[] genesisHash = new byte[32];
    private final List<AppId> ours;
    private final Map<AppId, Address> creators;
    private final Address platform;
    private final List<Address> fans = new ArrayList<>();

    /** What one block holds: its body as algod serves it, its genuine tips and its transaction count. */
    record Block(byte[] body, Map<TxId, Expected> tips, int transactions, int innerTransactions) {
    }

    /** A tip the listener must record. */
    record Expected(Address fan, AppId app, MicroAlgos amount, Memo memo) {
    }

    HostileBlocks(long seed, List<AppId> ours, Map<AppId, Address> creators, Address platform) {
        this.random = new Random(seed);
        random.nextBytes(genesisHash);
        this.ours = ours;
        this.creators = creators;
        this.platform = platform;
        for (int i = 0; i < 8; i++) {
            fans.add(randomAddress());
        }
    }

    Block next(long round) {
        List<Object> payset = new ArrayList<>();
        Map<TxId, Expected> tips = new LinkedHashMap<>();
        int[] inner = {0};
        int count = random.nextInt(13);
        for (int i = 0; i < count; i++) {
            payset.add(transaction(round, tips, inner));
        }
        Map<String, Object> header = new HashMap<>();
        header.put("rnd", round);
        header.put("gen", GENESIS_ID);
        header.put("gh", genesisHash);
        header.put("ts", 1_700_000_000L + round);
        header.put("proto", "future");
        if (!payset.isEmpty()) {
            header.put("txns", payset);
        }
        return new Block(encode(Map.of("block", header)), tips, count, inner[0]);
    }

    private Object transaction(long round, Map<TxId, Expected> tips, int[] inner) {
        int kind = random.nextInt(100);
        AppId app = ours.get(random.nextInt(ours.size()));
        Address fan = fans.get(random.nextInt(fans.size()));
        if (kind < 20) {                                     // a fan's own tip
            return tip(round, fan, app, TipEvent.withFee(fan, amount(), MicroAlgos.ZERO, memo()), tips, true);
        }
        if (kind < 25) {                                     // the platform's tip_for a fan
            return tip(round, platform, app, TipEvent.withFee(fan, amount(), MicroAlgos.ZERO, memo()), tips,
                    true);
        }
        if (kind < 30) {                                     // a stranger naming another fan, or a self-tip
            Address sender = random.nextBoolean() ? randomAddress() : creators.get(app);
            Address named = sender.equals(creators.get(app)) ? sender : fan;
            return tip(round, sender, app, TipEvent.withFee(named, amount(), MicroAlgos.ZERO, memo()), tips, false);
        }
        if (kind < 40) {                                     // a wrapper app forging tips from inner calls
            return wrapper(round, fan, app, inner);
        }
        if (kind < 45) {                                     // a log beyond any ALGO supply: skipped
            byte[] log = TipEvent.withFee(fan, amount(), MicroAlgos.ZERO, memo()).encode();
            log[36] = (byte) (0x80 | random.nextInt(0x80));
            return appCall(round, fan, app, List.of(log), List.of());
        }
        if (kind < 55) {                                     // huge, empty or junk logs
            List<byte[]> logs = new ArrayList<>();
            int n = random.nextInt(4) == 0 ? 32 : random.nextInt(3);
            for (int i = 0; i < n; i++) {
                byte[] log = new byte[random.nextBoolean() ? 1024 : random.nextInt(8)];
                random.nextBytes(log);
                logs.add(log);
            }
            return appCall(round, fan, app, logs, List.of());
        }
        if (kind < 65) {
            return payment(round);
        }
        if (kind < 75) {
            return assetTransfer(round, fan);
        }
        if (kind < 80) {
            return assetCreation(round);
        }
        if (kind < 92) {
            return unknownType(round);
        }
        return malformed(round, fan, app);
    }

    private Map<String, Object> tip(long round, Address sender, AppId app, TipEvent event, Map<TxId, Expected> tips,
                                    boolean genuine) {
        Transaction txn = appl(round, sender, app);
        if (genuine) {
            tips.put(txId(txn), new Expected(event.fan(), app, event.amount(), event.memo()));
        }
        return inBlock(txn, List.of(event.encode()), List.of(), null);
    }

    private Map<String, Object> appCall(long round, Address sender, AppId app, List<byte[]> logs,
                                        List<Object> innerTxns) {
        return inBlock(appl(round, sender, app), logs, innerTxns, null);
    }

    /**
     * A top-level call (to an app that is not ours, or to one of our TipProxies that logs nothing itself) whose
     * inner calls, nested up to the protocol's depth, call TipProxies that log tip events naming the fan. As on
     * Algorand, no app appears among the inner calls of its own call.
     */
    private Map<String, Object> wrapper(long round, Address fan, AppId target, int[] inner) {
        AppId top = random.nextBoolean() ? AppId.of(9_000_000 + random.nextInt(1_000))
                : ours.get(random.nextInt(ours.size()));
        List<AppId> callable = ours.stream().filter(a -> !a.equals(top)).toList();
        if (callable.isEmpty()) {
            return payment(round);
        }
        int depth = 1 + random.nextInt(MAX_INNER_DEPTH);
        Object innermost = null;
        for (int level = depth; level >= 1; level--) {
            AppId called = callable.contains(target) && level % 2 == 1 ? target
                    : callable.get(random.nextInt(callable.size()));
            Map<String, Object> txn = raw(appl(round, top.address(), called));
            txn.remove("gh");
            txn.remove("gen");
            Map<String, Object> dt = new HashMap<>();
            dt.put("lg", List.of(TipEvent.withFee(fan, amount(), MicroAlgos.ZERO, memo()).encode()));
            if (innermost != null) {
                dt.put("itx", List.of(innermost));
            }
            innermost = new HashMap<>(Map.of("txn", txn, "dt", dt));
            inner[0]++;
        }
        return inBlock(appl(round, fan, top), List.of(), List.of(innermost), null);
    }

    private Map<String, Object> payment(long round) {
        Transaction txn = built(Transaction.PaymentTransactionBuilder().receiver(algo(randomAddress()))
                .amount(extreme()), round, randomAddress());
        return inBlock(txn, List.of(), List.of(), null);
    }

    private Map<String, Object> assetTransfer(long round, Address fan) {
        BigInteger amount = random.nextInt(3) == 0 ? BigInteger.ZERO : extreme();
        Address receiver = amount.signum() == 0 && random.nextBoolean() ? fan : randomAddress();
        var builder = Transaction.AssetTransferTransactionBuilder().assetIndex(1 + random.nextInt(1_000_000))
                .assetReceiver(algo(receiver)).assetAmount(amount);
        boolean closes = random.nextInt(4) == 0;
        if (closes) {
            builder.assetCloseTo(algo(randomAddress()));
        }
        Map<String, Object> stib = inBlock(built(builder, round, fan), List.of(), List.of(), null);
        if (closes && random.nextBoolean()) {
            stib.put("aca", extreme());     // the close-out's remainder, in the apply data (beyond 2^63: skipped)
        }
        return stib;
    }

    private Map<String, Object> assetCreation(long round) {
        Transaction txn = built(Transaction.AssetCreateTransactionBuilder()
                .assetTotal(random.nextBoolean() ? MAX_UINT64 : extreme()).assetDecimals(random.nextInt(20))
                .assetUnitName("H").assetName("hostile"), round, randomAddress());
        return inBlock(txn, List.of(), List.of(), BigInteger.valueOf(1 + random.nextInt(1_000_000)));
    }

    private Map<String, Object> unknownType(long round) {
        Map<String, Object> txn = raw(built(Transaction.PaymentTransactionBuilder().receiver(algo(randomAddress()))
                .amount(1L), round, randomAddress()));
        txn.put("type", UNKNOWN_TYPES[random.nextInt(UNKNOWN_TYPES.length)]);
        txn.put("xyz", extreme());
        return stib(txn, List.of(), List.of(), null);
    }

    /** Fields of the wrong shape: each makes this transaction unreadable, never the block. */
    private Object malformed(long round, Address fan, AppId app) {
        Map<String, Object> txn = raw(appl(round, fan, app));
        switch (random.nextInt(5)) {
            case 0 -> txn.put("snd", new byte[31]);
            case 1 -> txn.put("apid", "not a number");
            case 2 -> txn.remove("type");
            case 3 -> {
                return List.of("not", "a", "transaction");
            }
            default -> {
                Map<String, Object> stib = stib(txn, List.of(), List.of(), null);
                stib.put("dt", Map.of("itx", "not a list"));
                return stib;
            }
        }
        return stib(txn, List.of(), List.of(), null);
    }

    private Transaction appl(long round, Address sender, AppId app) {
        return built(Transaction.ApplicationCallTransactionBuilder().applicationId(app.value())
                .args(List.of(new byte[] {1, 2, 3, 4}, ("n" + random.nextInt()).getBytes(StandardCharsets.UTF_8))),
                round, sender);
    }

    /** Builds {@code builder}'s transaction with the common fields: sender, fee, validity, genesis. */
    private Transaction built(com.algorand.algosdk.builder.transaction.TransactionBuilder<?> builder, long round,
                              Address sender) {
        builder.sender(algo(sender)).flatFee(1_000L).firstValid(Math.max(1, round - 10)).lastValid(round + 990)
                .genesisHash(new Digest(genesisHash)).genesisID(GENESIS_ID);
        return builder.build();
    }

    /** A SignedTxnInBlock: the txn without its genesis (the block has it; {@code hgi} says it had the id). */
    private Map<String, Object> inBlock(Transaction txn, List<byte[]> logs, List<Object> innerTxns,
                                        BigInteger createdAsset) {
        return stib(raw(txn), logs, innerTxns, createdAsset);
    }

    private Map<String, Object> stib(Map<String, Object> txn, List<byte[]> logs, List<Object> innerTxns,
                                     BigInteger createdAsset) {
        txn.remove("gh");
        boolean hadGenesisId = txn.remove("gen") != null;
        Map<String, Object> stib = new HashMap<>();
        byte[] sig = new byte[64];
        random.nextBytes(sig);
        stib.put("sig", sig);
        stib.put("txn", txn);
        if (hadGenesisId) {
            stib.put("hgi", true);
        }
        Map<String, Object> dt = new HashMap<>();
        if (!logs.isEmpty()) {
            dt.put("lg", logs);
        }
        if (!innerTxns.isEmpty()) {
            dt.put("itx", innerTxns);
        }
        if (!dt.isEmpty()) {
            stib.put("dt", dt);
        }
        if (createdAsset != null) {
            stib.put("caid", createdAsset);
        }
        return stib;
    }

    /** The transaction's fields exactly as algosdk encodes them (canonical: no empty fields). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> raw(Transaction txn) {
        try {
            return new HashMap<>(Encoder.decodeFromMsgPack(Encoder.encodeToMsgPack(txn), Map.class));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The id algosdk gives the transaction (with its genesis id and hash, as signed). */
    private static TxId txId(Transaction txn) {
        try {
            return TxId.of(txn.txID());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] encode(Object value) {
        try {
            return Encoder.encodeToMsgPack(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private MicroAlgos amount() {
        return MicroAlgos.of(1 + (long) (random.nextDouble() * (random.nextBoolean() ? 10_000_000 : 1e16)));
    }

    /** Small, around 2^63 or up to 2^64−1. */
    private BigInteger extreme() {
        return switch (random.nextInt(4)) {
            case 0 -> BigInteger.valueOf(random.nextInt(1_000));
            case 1 -> BigInteger.ONE.shiftLeft(63).add(BigInteger.valueOf(random.nextInt(3) - 1));
            case 2 -> MAX_UINT64.subtract(BigInteger.valueOf(random.nextInt(2)));
            default -> new BigInteger(64, random);
        };
    }

    private Memo memo() {
        return switch (random.nextInt(4)) {
            case 0 -> Memo.EMPTY;
            case 1 -> Memo.ofText("MEMBERSHIP:GOLD");
            default -> {
                byte[] bytes = new byte[random.nextInt(64)];
                random.nextBytes(bytes);
                yield Memo.of(bytes);
            }
        };
    }

    private Address randomAddress() {
        byte[] key = new byte[32];
        random.nextBytes(key);
        return Address.fromPublicKey(key);
    }

    private static com.algorand.algosdk.crypto.Address algo(Address address) {
        return new com.algorand.algosdk.crypto.Address(address.publicKey());
    }
}
