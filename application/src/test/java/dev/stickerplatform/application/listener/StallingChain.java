package dev.stickerplatform.application.listener;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.AssetId;
import dev.stickerplatform.domain.model.ChainWrite;
import dev.stickerplatform.domain.model.MultisigAccount;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.model.UnsignedTxn;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.Signer;
import dev.stickerplatform.domain.port.TxnRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * A chain of empty rounds produced on demand, whose next block read can be made to hang (ignoring interrupts,
 * like a socket read that never returns) or to kill its thread. Only what the listener calls is implemented.
 */
final class StallingChain implements Chain {
    private long round;
    private CountDownLatch hang;
    private Error fatal;
    private final CountDownLatch hanging = new CountDownLatch(1);

    synchronized void produce(int rounds) {
        round += rounds;
        notifyAll();
    }

    /** The next block read blocks until {@link #release()}, whatever interrupts its thread. */
    synchronized void hangNextBlockRead() {
        hang = new CountDownLatch(1);
    }

    synchronized void release() {
        if (hang != null) {
            hang.countDown();
        }
    }

    /** Whether a block read is hanging now. */
    boolean isHanging() {
        return hanging.getCount() == 0;
    }

    /** The next block read throws {@code error}, which no loop catches. */
    synchronized void failNextBlockRead(Error error) {
        fatal = error;
    }

    @Override
    public Optional<BlockEvents> block(Round wanted) {
        CountDownLatch latch;
        synchronized (this) {
            if (fatal != null) {
                Error error = fatal;
                fatal = null;
                throw error;
            }
            latch = hang;
            hang = null;
        }
        if (latch != null) {
            hanging.countDown();
            awaitIgnoringInterrupts(latch);
        }
        synchronized (this) {
            return wanted.value() > round ? Optional.empty()
                    : Optional.of(new BlockEvents(wanted, Instant.EPOCH, List.of(), List.of()));
        }
    }

    @Override
    public synchronized Round currentRound() {
        return Round.of(round);
    }

    @Override
    public synchronized Round awaitRoundAfter(Round after, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (round <= after.value() && System.nanoTime() < deadline) {
                wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Round.of(round);
    }

    private static void awaitIgnoringInterrupts(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public NetworkInfo network() {
        throw new UnsupportedOperationException();
    }

    @Override
    public TxParams suggestedParams() {
        throw new UnsupportedOperationException();
    }

    @Override
    public ChainWrite sign(TxnRequest request, Signer signer) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ChainWrite resign(ChainWrite write, Signer signer) {
        throw new UnsupportedOperationException();
    }

    @Override
    public byte[] encodeUnsigned(TxnRequest request) {
        throw new UnsupportedOperationException();
    }

    @Override
    public UnsignedTxn prepare(TxnRequest request) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ChainWrite withSignature(UnsignedTxn txn, Address signer, byte[] signature) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ChainWrite withMultisig(UnsignedTxn txn, MultisigAccount account, Map<Address, byte[]> signatures) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void submit(ChainWrite write) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<TxId> submitSigned(List<byte[]> signedGroup) {
        throw new UnsupportedOperationException();
    }

    @Override
    public TxStatus status(TxId txId, Round lastValid) {
        throw new UnsupportedOperationException();
    }

    @Override
    public AccountInfo account(Address address) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Map<String, StateValue>> appGlobalState(AppId app) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<AssetInfo> asset(AssetId asset) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<ConfirmedPayment> payment(dev.stickerplatform.domain.model.TxId txId) {
        throw new UnsupportedOperationException("not used by these tests");
    }

    @Override
    public SignedGroup signTipFor(TipFor request, dev.stickerplatform.domain.port.Signer signer) {
        throw new UnsupportedOperationException("not used by these tests");
    }
}
