package dev.stickerplatform.adapters.algorand.simulated;

import static dev.stickerplatform.adapters.algorand.tipproxy.TipProxyAbi.CONTRACT_VERSION;
import static dev.stickerplatform.adapters.algorand.tipproxy.TipProxyAbi.CREATOR_ADDRESS;
import static dev.stickerplatform.adapters.algorand.tipproxy.TipProxyAbi.MIN_TIP_AMOUNT;
import static dev.stickerplatform.adapters.algorand.tipproxy.TipProxyAbi.PAUSED;
import static dev.stickerplatform.adapters.algorand.tipproxy.TipProxyAbi.PLATFORM_ADDRESS;
import static dev.stickerplatform.adapters.algorand.tipproxy.TipProxyAbi.TOTAL_AMOUNT;
import static dev.stickerplatform.adapters.algorand.tipproxy.TipProxyAbi.TOTAL_TIPS;

import dev.stickerplatform.adapters.algorand.tipproxy.TipProxyAbi;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.TipEvent;
import dev.stickerplatform.domain.port.Chain.StateValue;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;

/**
 * TipProxy's approval program in Java. The checks run in exactly the order of {@code approval.teal} (see
 * {@code contracts/README.md}, "Checks and reason classes"), because the first failing check decides the reason
 * class and the conformance vectors compare it.
 */
public final class TipProxyProgram implements AppProgram {
    private static final byte[] CREATE = TipProxyAbi.selector(TipProxyAbi.CREATE);
    private static final byte[] TIP = TipProxyAbi.selector(TipProxyAbi.TIP);
    private static final byte[] UPDATE_MIN_TIP = TipProxyAbi.selector(TipProxyAbi.UPDATE_MIN_TIP);
    private static final byte[] PAUSE = TipProxyAbi.selector(TipProxyAbi.PAUSE);
    private static final byte[] UNPAUSE = TipProxyAbi.selector(TipProxyAbi.UNPAUSE);
    /** Selector 4 + fan 32 + amount 8 + string offset 2 + memo ABI string; AVM caps a log at 1024 bytes. */
    private static final int MAX_MEMO_ARG = 1024 - 4 - 32 - 8 - 2;

    @Override
    public void approve(AppContext ctx) {
        if (ctx.appId() == 0) {
            create(ctx);
            return;
        }
        switch (ctx.onCompletion()) {
            case DELETE_APPLICATION -> check(ctx.sender().equals(address(ctx, PLATFORM_ADDRESS)), "NOT_PLATFORM");
            case UPDATE_APPLICATION -> throw new AppRejectedException("UPDATE_FORBIDDEN");
            case NO_OP -> dispatch(ctx);
            default -> throw new AppRejectedException("ON_COMPLETION_FORBIDDEN");
        }
    }

    private void dispatch(AppContext ctx) {
        check(!ctx.args().isEmpty(), "UNKNOWN_METHOD");
        byte[] selector = ctx.args().get(0);
        if (Arrays.equals(selector, TIP)) {
            tip(ctx);
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

    private void create(AppContext ctx) {
        check(ctx.onCompletion() == OnCompletion.NO_OP, "ON_COMPLETION_FORBIDDEN");
        List<byte[]> args = ctx.args();
        check(!args.isEmpty(), "UNKNOWN_METHOD");
        check(Arrays.equals(args.get(0), CREATE), "UNKNOWN_METHOD");
        check(args.size() == 5, "BAD_ARGS");
        check(args.get(1).length == 32, "BAD_ARGS");
        check(args.get(2).length == 32, "BAD_ARGS");
        check(args.get(3).length == 8, "BAD_ARGS");
        check(args.get(4).length == 8, "BAD_ARGS");
        check(!Arrays.equals(args.get(1), new byte[32]), "BAD_ARGS");
        check(!Arrays.equals(args.get(2), new byte[32]), "BAD_ARGS");
        long minTip = btoi(args.get(3));
        check(Long.compareUnsigned(minTip, 0) > 0, "BAD_MIN_TIP");
        ctx.putGlobal(CREATOR_ADDRESS, StateValue.ofBytes(args.get(1)));
        ctx.putGlobal(PLATFORM_ADDRESS, StateValue.ofBytes(args.get(2)));
        ctx.putGlobal(MIN_TIP_AMOUNT, StateValue.ofUint(minTip));
        ctx.putGlobal(TOTAL_TIPS, StateValue.ofUint(0));
        ctx.putGlobal(TOTAL_AMOUNT, StateValue.ofUint(0));
        ctx.putGlobal(CONTRACT_VERSION, StateValue.ofUint(btoi(args.get(4))));
        ctx.putGlobal(PAUSED, StateValue.ofUint(0));
    }

    private void tip(AppContext ctx) {
        List<byte[]> args = ctx.args();
        check(args.size() == 2, "BAD_ARGS");
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
        byte[] memo = args.get(1);
        check(memo.length >= 2, "BAD_ARGS");
        check(Short.toUnsignedInt(ByteBuffer.wrap(memo).getShort()) == memo.length - 2, "BAD_ARGS");
        check(memo.length <= MAX_MEMO_ARG, "MEMO_TOO_LONG");
        Address creator = address(ctx, CREATOR_ADDRESS);
        check(ctx.isAvailable(creator), "CREATOR_NOT_IN_ACCOUNTS");
        ctx.innerPayment(creator, amount, 0);
        ctx.log(ByteBuffer.allocate(4 + 32 + 8 + 2 + memo.length)
                .put(TipEvent.SELECTOR).put(ctx.sender().publicKey()).putLong(amount).putShort((short) 42).put(memo)
                .array());
        ctx.putGlobal(TOTAL_TIPS, StateValue.ofUint(uint(ctx, TOTAL_TIPS) + 1));
        ctx.putGlobal(TOTAL_AMOUNT, StateValue.ofUint(addChecked(uint(ctx, TOTAL_AMOUNT), amount)));
    }

    private void updateMinTip(AppContext ctx) {
        check(ctx.args().size() == 2, "BAD_ARGS");
        check(ctx.sender().equals(address(ctx, CREATOR_ADDRESS)), "NOT_CREATOR");
        check(ctx.args().get(1).length == 8, "BAD_ARGS");
        long minTip = btoi(ctx.args().get(1));
        check(minTip != 0, "BAD_MIN_TIP");
        ctx.putGlobal(MIN_TIP_AMOUNT, StateValue.ofUint(minTip));
    }

    private void setPaused(AppContext ctx, long paused) {
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

    /** {@code app_global_get} of a uint; a missing key reads as 0, as in the AVM. */
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
