package dev.stickerplatform.adapters.algorand.simulated;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.port.Chain.StateValue;
import java.util.List;
import java.util.Optional;

/**
 * What the ledger offers an {@link AppProgram} while it evaluates one application call: the AVM's {@code txn},
 * {@code gtxns} and {@code global} fields, global state, inner payments and logs. Writes take effect only if the
 * whole group succeeds.
 */
public interface AppContext {
    /** The application id, 0 while the call creates the application. */
    long appId();

    OnCompletion onCompletion();

    Address sender();

    /** The call's own RekeyTo, {@link Address#ZERO} when not set. */
    Address rekeyTo();

    List<byte[]> args();

    /** The foreign accounts array ({@code apat}). */
    List<Address> accounts();

    int groupIndex();

    int groupSize();

    /** Transaction {@code index} of the group; out of range is a program panic. */
    GroupTxn groupTxn(int index);

    /** The app that issued this call from an inner group, 0 for a top-level call. */
    long callerApplicationId();

    Address currentApplicationAddress();

    Optional<StateValue> global(String key);

    void putGlobal(String key, StateValue value);

    /** Whether {@code account} may be referenced by this call (AVM v8: sender, foreign accounts, app addresses). */
    boolean isAvailable(Address account);

    /** {@code balance}: the account's microALGO ({@code account} must be available). */
    long balance(Address account);

    /**
     * Submits an inner payment from the application account; with {@code closeRemainderTo} (nullable) set it also
     * closes the application account into that address. A fee below the minimum is paid from the group's pooled
     * surplus; an unavailable receiver, missing credit or an overspend rejects the call.
     */
    void innerPayment(Address receiver, long amount, long fee, Address closeRemainderTo);

    /** Appends a log entry (at most 32 entries and 1024 bytes in total per call). */
    void log(byte[] entry);
}
