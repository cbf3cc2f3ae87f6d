package dev.stickerplatform.adapters.algorand.simulated;

import static dev.stickerplatform.adapters.algorand.tipproxy.TipProxyAbi.CONTRACT_VERSION;
import static dev.stickerplatform.adapters.algorand.tipproxy.TipProxyAbi.CREATOR_ADDRESS;
import static dev.stickerplatform.adapters.algorand.tipproxy.TipProxyAbi.FEE_BPS;
import static dev.stickerplatform.adapters.algorand.tipproxy.TipProxyAbi.FEE_FLOOR;
import static dev.stickerplatform.adapters.algorand.tipproxy.TipProxyAbi.MIN_TIP_AMOUNT;
import static dev.stickerplatform.adapters.algorand.tipproxy.TipProxyAbi.PAUSED;
import static dev.stickerplatform.adapters.algorand.tipproxy.TipProxyAbi.PLATFORM_ADDRESS;
import static dev.stickerplatform.adapters.algorand.tipproxy.TipProxyAbi.TOTAL_AMOUNT;
import static dev.stickerplatform.adapters.algorand.tipproxy.TipProxyAbi.TOTAL_TIPS;
import static dev.stickerplatform.adapters.algorand.tipproxy.TipProxyAbi.TREASURY_ADDRESS;

import dev.stickerplatform.adapters.algorand.tipproxy.TipProxyAbi;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.PlatformFee;
import dev.stickerplatform.domain.model.TipEvent;
import dev.stickerplatform.domain.port.Chain.StateValue;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;

/**
 * TipProxy's approval program in Java, in both deployed versions: {@link Version#V2} ({@code approval.teal}) and the
 * frozen {@link Version#V1} ({@code v1/approval.teal}). The checks run in exactly the order of the TEAL (see
 * {@code contracts/README.md}, "Checks and reason classes"), because the first failing check decides the reason
 * class and the conformance vectors compare it.
 */
public final class TipProxyProgram implements AppProgram {
    private static final byte[] CREATE = TipProxyAbi.selector(TipProxyAbi.CREATE);
    private static final byte[] CREATE_VERSION_1 = TipProxyAbi.selector(TipProxyAbi.CREATE_VERSION_1);
    private static final byte[] TIP = TipProxyAbi.selector(TipProxyAbi.TIP);
    private static final byte[] TIP_FOR = TipProxyAbi.selector(TipProxyAbi.TIP_FOR);
    private static final byte[] UPDATE_MIN_TIP = TipProxyAbi.selector(TipProxyAbi.UPDATE_MIN_TIP);
    private static final byte[] PAUSE = TipProxyAbi.selector(TipProxyAbi.PAUSE);
    private static final byte[] UNPAUSE = TipProxyAbi.selector(TipProxyAbi.UNPAUSE);

    /** Which program: the differences are listed in {@code contracts/README.md}, "Version 1". */
    public enum Version {
        /** Deployed before fees: no treasury, self-tips allowed, no tip_for, delete strands the balance. */
        V1(TipEvent.Layout.TIP),
        /** The current program. */
        V2(TipEvent.Layout.TIP_WITH_FEE);

        private final TipEvent.Layout event;

        Version(TipEvent.Layout event) {
            this.event = event;
        }

        /** The memo argument (uint16 length + bytes) of the longest memo the event log can carry. */
        private int maxMemoArg() {
            return event.maxMemoBytes() + 2;
        }
    }

    private final Version version;

    public TipProxyProgram(Version version) {
        this.version = version;
    }

    @Override
    public void approve(AppContext ctx) {
        if (ctx.appId() == 0) {
            if (version == Version.V1) {
                createVersion1(ctx);
            } else {
                create(ctx);
            }
            return;
        }
        switch (ctx.onCompletion()) {
            case DELETE_APPLICATION -> delete(ctx);
            case UPDATE_APPLICATION -> throw new AppRejectedException("UPDATE_FORBIDDEN");
            case NO_OP -> dispatch(ctx);
            default -> throw new AppRejectedException("ON_COMPLETION_FORBIDDEN");
        }
    }

    private void dispatch(AppContext ctx) {
        check(!ctx.args().isEmpty(), "UNKNOWN_METHOD");
        byte[] selector = ctx.args().get(0);
        if (Arrays.equals(selector, TIP)) {
            check(ctx.args().size() == 2, "BAD_ARGS");
            tip(ctx, ctx.sender());
        } else if (version == Version.V2 && Arrays.equals(selector, TIP_FOR)) {
            tipFor(ctx);
        } else if (Arrays.equals(selector, UPDATE_MIN_TIP)) {
            updateMinTip(ctx);
        } else if (Arrays.equals(selector, PAUSE)) {
            setPaused(ctx, 1);
        } else if (Arrays.equals(selector, UNPAUSE)) {
            setPaused(ctx, 0);
        } else {
            throw new AppRejectedException("UNKNOWN_METHOD");
        }
    }

    private static void create(AppContext ctx) {
        List<byte[]> args = createArgs(ctx, CREATE, 7);
        for (int i = 1; i <= 3; i++) {
            check(args.get(i).length == 32, "BAD_ARGS");
        }
        for (int i = 4; i <= 6; i++) {
            check(args.get(i).length == 8, "BAD_ARGS");
        }
        for (int i = 1; i <= 3; i++) {
            check(!Arrays.equals(args.get(i), new byte[32]), "BAD_ARGS");
        }
        long minTip = btoi(args.get(4));
        long feeBps = btoi(args.get(5));
        long feeFloor = btoi(args.get(6));
        check(Long.compareUnsigned(feeBps, 10_000) < 0, "BAD_FEE");
        check(Long.compareUnsigned(minTip, feeFloor) > 0, "BAD_MIN_TIP");
        ctx.putGlobal(CREATOR_ADDRESS, StateValue.ofBytes(args.get(1)));
        ctx.putGlobal(PLATFORM_ADDRESS, StateValue.ofBytes(args.get(2)));
        ctx.putGlobal(TREASURY_ADDRESS, StateValue.ofBytes(args.get(3)));
        ctx.putGlobal(MIN_TIP_AMOUNT, StateValue.ofUint(minTip));
        ctx.putGlobal(FEE_BPS, StateValue.ofUint(feeBps));
        ctx.putGlobal(FEE_FLOOR, StateValue.ofUint(feeFloor));
        ctx.putGlobal(TOTAL_TIPS, StateValue.ofUint(0));
        ctx.putGlobal(TOTAL_AMOUNT, StateValue.ofUint(0));
        ctx.putGlobal(CONTRACT_VERSION, StateValue.ofUint(TipProxyAbi.CONTRACT_VERSION_2));
        ctx.putGlobal(PAUSED, StateValue.ofUint(0));
    }

    private static void createVersion1(AppContext ctx) {
        List<byte[]> args = createArgs(ctx, CREATE_VERSION_1, 5);
        check(args.get(1).length == 32, "BAD_ARGS");
        check(args.get(2).length == 32, "BAD_ARGS");
        check(args.get(3).length == 8, "BAD_ARGS");
        check(args.get(4).length == 8, "BAD_ARGS");
        check(!Arrays.equals(args.get(1), new byte[32]), "BAD_ARGS");
        check(!Arrays.equals(args.get(2), new byte[32]), "BAD_ARGS");
        long minTip = btoi(args.get(3));
        check(minTip != 0, "BAD_MIN_TIP");
        ctx.putGlobal(CREATOR_ADDRESS, StateValue.ofBytes(args.get(1)));
        ctx.putGlobal(PLATFORM_ADDRESS, StateValue.ofBytes(args.get(2)));
        ctx.putGlobal(MIN_TIP_AMOUNT, StateValue.ofUint(minTip));
        ctx.putGlobal(TOTAL_TIPS, StateValue.ofUint(0));
        ctx.putGlobal(TOTAL_AMOUNT, StateValue.ofUint(0));
        ctx.putGlobal(CONTRACT_VERSION, StateValue.ofUint(btoi(args.get(4))));
        ctx.putGlobal(PAUSED, StateValue.ofUint(0));
    }

    /** The checks both versions make before reading the create arguments. */
    private static List<byte[]> createArgs(AppContext ctx, byte[] selector, int count) {
        check(ctx.onCompletion() == OnCompletion.NO_OP, "ON_COMPLETION_FORBIDDEN");
        List<byte[]> args = ctx.args();
        check(!args.isEmpty(), "UNKNOWN_METHOD");
        check(Arrays.equals(args.get(0), selector), "UNKNOWN_METHOD");
        check(args.size() == count, "BAD_ARGS");
        return args;
    }

    /** Platform only; version 2 closes the app account (its funding and anything sent to it) to the platform. */
    private void delete(AppContext ctx) {
        Address platform = address(ctx, PLATFORM_ADDRESS);
        check(ctx.sender().equals(platform), "NOT_PLATFORM");
        if (version == Version.V2 && ctx.balance(ctx.currentApplicationAddress()) != 0) {
            ctx.innerPayment(platform, 0, 0, platform);
        }
    }

    private void tipFor(AppContext ctx) {
        List<byte[]> args = ctx.args();
        check(args.size() == 3, "BAD_ARGS");
        check(ctx.sender().equals(address(ctx, PLATFORM_ADDRESS)), "NOT_PLATFORM");
        check(args.get(1).length == 32, "BAD_ARGS");
        check(!Arrays.equals(args.get(1), new byte[32]), "BAD_ARGS");
        tip(ctx, Address.fromPublicKey(args.get(1)));
    }

    /** {@code tip} and {@code tip_for} after their own argument checks; {@code fan} is who the event names. */
    private void tip(AppContext ctx, Address fan) {
        Address creator = address(ctx, CREATOR_ADDRESS);
        if (version == Version.V2) {
            check(!fan.equals(creator), "SELF_TIP");
        }
        check(uint(ctx, PAUSED) == 0, "PAUSED");
        check(ctx.callerApplicationId() == 0, "INNER_CALL");
        check(ctx.rekeyTo().equals(Address.ZERO), "REKEY");
        check(ctx.groupIndex() >= 1, "NO_PAYMENT");
        GroupTxn payment = ctx.groupTxn(ctx.groupIndex() - 1);
        check(payment.isPayment(), "NO_PAYMENT");
        check(payment.sender().equals(ctx.sender()), "WRONG_SENDER");
        check(payment.receiver().equals(ctx.currentApplicationAddress()), "WRONG_RECEIVER");
        check(payment.closeRemainderTo().equals(Address.ZERO), "CLOSE_REMAINDER_TO");
        check(payment.rekeyTo().equals(Address.ZERO), "REKEY");
        long amount = payment.amount();
        check(Long.compareUnsigned(amount, uint(ctx, MIN_TIP_AMOUNT)) >= 0, "BELOW_MIN_TIP");
        byte[] memo = ctx.args().get(ctx.args().size() - 1);
        check(memo.length >= 2, "BAD_ARGS");
        check(Short.toUnsignedInt(ByteBuffer.wrap(memo).getShort()) == memo.length - 2, "BAD_ARGS");
        check(memo.length <= version.maxMemoArg(), "MEMO_TOO_LONG");
        long fee = version == Version.V2 ? fee(ctx, amount) : 0;
        check(ctx.isAvailable(creator), "CREATOR_NOT_IN_ACCOUNTS");
        ctx.innerPayment(creator, amount - fee, 0, null);
        if (fee > 0) {
            Address treasury = address(ctx, TREASURY_ADDRESS);
            check(ctx.isAvailable(treasury), "TREASURY_NOT_IN_ACCOUNTS");
            ctx.innerPayment(treasury, fee, 0, null);
        }
        ctx.log(event(fan, amount, fee, memo));
        ctx.putGlobal(TOTAL_TIPS, StateValue.ofUint(uint(ctx, TOTAL_TIPS) + 1));
        ctx.putGlobal(TOTAL_AMOUNT, StateValue.ofUint(addChecked(uint(ctx, TOTAL_AMOUNT), amount)));
    }

    /** The platform fee: the rule of {@link PlatformFee}, on the values the app holds. */
    private static long fee(AppContext ctx, long amount) {
        PlatformFee fee = new PlatformFee((int) uint(ctx, FEE_BPS), MicroAlgos.of(uint(ctx, FEE_FLOOR)));
        return fee.on(MicroAlgos.of(amount)).value();
    }

    /** The event log, with the memo argument exactly as sent (the contract does not validate its UTF-8). */
    private byte[] event(Address fan, long amount, long fee, byte[] memoArg) {
        TipEvent withoutMemo = version == Version.V1 ? TipEvent.version1(fan, MicroAlgos.of(amount), "")
                : TipEvent.withFee(fan, MicroAlgos.of(amount), MicroAlgos.of(fee), "");
        byte[] head = withoutMemo.encode();
        int headLength = head.length - 2;   // without the empty memo's uint16 length: the argument carries its own
        return ByteBuffer.allocate(headLength + memoArg.length).put(head, 0, headLength).put(memoArg).array();
    }

    private void updateMinTip(AppContext ctx) {
        check(ctx.args().size() == 2, "BAD_ARGS");
        check(ctx.sender().equals(address(ctx, CREATOR_ADDRESS)), "NOT_CREATOR");
        check(ctx.args().get(1).length == 8, "BAD_ARGS");
        long minTip = btoi(ctx.args().get(1));
        check(Long.compareUnsigned(minTip, uint(ctx, FEE_FLOOR)) > 0, "BAD_MIN_TIP");
        ctx.putGlobal(MIN_TIP_AMOUNT, StateValue.ofUint(minTip));
    }

    private static void setPaused(AppContext ctx, long paused) {
        check(ctx.args().size() == 1, "BAD_ARGS");
        check(ctx.sender().equals(address(ctx, CREATOR_ADDRESS)) || ctx.sender().equals(address(ctx, PLATFORM_ADDRESS)),
                "NOT_ADMIN");
        ctx.putGlobal(PAUSED, StateValue.ofUint(paused));
    }

    private static void check(boolean condition, String reasonClass) {
        if (!condition) {
            throw new AppRejectedException(reasonClass);
        }
    }

    /** {@code app_global_get} of a uint; a missing key reads as 0, as in the AVM (version 1 has no fee keys). */
    private static long uint(AppContext ctx, String key) {
        return ctx.global(key).map(StateValue::uint).orElse(0L);
    }

    private static Address address(AppContext ctx, String key) {
        return ctx.global(key).filter(StateValue::isBytes).filter(v -> v.bytes().length == 32)
                .map(v -> Address.fromPublicKey(v.bytes()))
                .orElseThrow(() -> new AppRejectedException("PANIC: " + key + " is not an address"));
    }

    private static long btoi(byte[] bytes) {
        long value = 0;
        for (byte b : bytes) {
            value = (value << 8) | (b & 0xFF);
        }
        return value;
    }

    /** The AVM panics on uint64 overflow rather than wrapping. */
    private static long addChecked(long a, long b) {
        long sum = a + b;
        if (Long.compareUnsigned(sum, a) < 0) {
            throw new AppRejectedException("PANIC: + overflowed");
        }
        return sum;
    }
}
