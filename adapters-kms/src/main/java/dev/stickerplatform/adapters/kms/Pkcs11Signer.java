package dev.stickerplatform.adapters.kms;

import static org.xipki.pkcs11.wrapper.PKCS11Constants.CKA_EC_PARAMS;
import static org.xipki.pkcs11.wrapper.PKCS11Constants.CKA_EC_POINT;
import static org.xipki.pkcs11.wrapper.PKCS11Constants.CKK_EC_EDWARDS;
import static org.xipki.pkcs11.wrapper.PKCS11Constants.CKM_EDDSA;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.port.Signer;
import dev.stickerplatform.domain.port.SignerUnavailableException;
import java.util.Objects;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.xipki.pkcs11.wrapper.AttributeVector;
import org.xipki.pkcs11.wrapper.Mechanism;
import org.xipki.pkcs11.wrapper.PKCS11Exception;
import org.xipki.pkcs11.wrapper.PKCS11Token;
import org.xipki.pkcs11.wrapper.Slot;
import org.xipki.pkcs11.wrapper.TokenException;

/**
 * Signs with an Ed25519 key inside a hardware security module, through PKCS#11 ({@code CKM_EDDSA}, pure Ed25519)
 * and the ipkcs11wrapper library. The private key never leaves the token; the address comes from the public key
 * object's {@code CKA_EC_POINT}.
 *
 * <p>Concurrent callers share a pool of logged-in sessions ({@link Pkcs11Config#maxSessions()}); a caller waits
 * for a free session. Every signature is verified against the address before it is returned. All PKCS#11 failures
 * become {@link SignerUnavailableException}s naming the operation and the CKR code, never the PIN. {@link #close()}
 * closes the sessions and, with the last user, finalises the module.
 */
public final class Pkcs11Signer implements Signer, AutoCloseable {
    private final Pkcs11Modules.Lease module;
    private final PKCS11Token token;
    private final long privateKey;
    private final Address address;
    private final String keyId;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private boolean closed;

    private Pkcs11Signer(Pkcs11Modules.Lease module, PKCS11Token token, long privateKey, Address address,
                         String keyId) {
        this.module = module;
        this.token = token;
        this.privateKey = privateKey;
        this.address = address;
        this.keyId = keyId;
    }

    /** Loads the module, logs in to the token and finds the key pair; throws if any of it fails. */
    public static Pkcs11Signer open(Pkcs11Config config) {
        Objects.requireNonNull(config, "config");
        Pkcs11Modules.Lease module = Pkcs11Modules.acquire(config.library());
        PKCS11Token token = null;
        try {
            Slot slot = findSlot(module, config);
            module.claimToken(slot.getSlotID(), config.pin());
            token = new PKCS11Token(slot.getToken(), true, config.pin().toChars(), config.maxSessions());
            // EdDSA has no multi-part operation in most modules: always sign in one C_Sign call
            token.setMaxMessageSize(Integer.MAX_VALUE);
            long privateKey = findOne(token, AttributeVector.newPrivateKey(CKK_EC_EDWARDS), config, "private");
            long publicKey = findOne(token, AttributeVector.newPublicKey(CKK_EC_EDWARDS), config, "public");
            byte[] ecPoint = token.getAttrValues(publicKey, CKA_EC_POINT, CKA_EC_PARAMS).ecPoint();
            Address address = Address.fromPublicKey(RemoteSignerChecks.fromEcPoint(ecPoint));
            return new Pkcs11Signer(module, token, privateKey, address, config.keyId());
        } catch (TokenException | RuntimeException e) {
            if (token != null) {
                token.closeAllSessions();
            }
            module.release();
            throw e instanceof TokenException te ? failure("opening " + config.keyId(), te)
                    : (RuntimeException) e;
        }
    }

    private static Slot findSlot(Pkcs11Modules.Lease module, Pkcs11Config config) throws TokenException {
        for (Slot slot : module.module().getSlotList(true)) {
            boolean match = config.tokenLabel() == null
                    ? slot.getSlotID() == config.slotId()
                    : config.tokenLabel().equals(slot.getToken().getTokenInfo().getLabel().strip());
            if (match) {
                return slot;
            }
        }
        throw new SignerUnavailableException("no PKCS#11 token " + config.tokenName() + " in " + config.library());
    }

    private static long findOne(PKCS11Token token, AttributeVector template, Pkcs11Config config, String kind)
            throws TokenException {
        if (config.keyLabel() != null) {
            template.label(config.keyLabel());
        }
        if (config.keyIdHex() != null) {
            template.id(config.keyIdBytes());
        }
        long[] found = token.findObjects(template, 2);
        if (found.length != 1) {
            throw new SignerUnavailableException((found.length == 0 ? "no" : "more than one") + " Ed25519 " + kind
                    + " key " + config.keyName() + " on PKCS#11 token " + config.tokenName());
        }
        return found[0];
    }

    @Override
    public Address address() {
        return address;
    }

    @Override
    public byte[] sign(byte[] bytesToSign) {
        Objects.requireNonNull(bytesToSign, "bytesToSign");
        if (bytesToSign.length == 0) {
            // PKCS#11 modules answer CKR_ARGUMENTS_BAD; Algorand never signs without a domain prefix anyway
            throw new IllegalArgumentException("nothing to sign: PKCS#11 signs no empty message");
        }
        lock.readLock().lock();
        try {
            if (closed) {
                throw new SignerUnavailableException("the PKCS#11 signer " + keyId + " is closed");
            }
            byte[] signature = token.sign(new Mechanism(CKM_EDDSA), privateKey, bytesToSign);
            return RemoteSignerChecks.checked(address, bytesToSign, signature, keyId);
        } catch (TokenException e) {
            throw failure("signing with " + keyId, e);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Closes the sessions and releases the module; later {@link #sign} calls fail. Idempotent. */
    @Override
    public void close() {
        lock.writeLock().lock();
        try {
            if (!closed) {
                closed = true;
                token.closeAllSessions();
                module.release();
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    private static SignerUnavailableException failure(String operation, TokenException e) {
        String reason = e instanceof PKCS11Exception p11 ? p11.getErrorName() : e.getMessage();
        return new SignerUnavailableException(operation + " failed: " + reason, e);
    }

    @Override
    public String toString() {
        return "Pkcs11Signer[" + keyId + ", " + address + "]";
    }
}
