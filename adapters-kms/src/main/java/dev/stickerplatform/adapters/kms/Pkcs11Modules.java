package dev.stickerplatform.adapters.kms;

import dev.stickerplatform.domain.port.SignerUnavailableException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.Map;
import org.xipki.pkcs11.wrapper.PKCS11Constants;
import org.xipki.pkcs11.wrapper.PKCS11Exception;
import org.xipki.pkcs11.wrapper.PKCS11Module;
import org.xipki.pkcs11.wrapper.StaticLogger;

/**
 * One initialised PKCS#11 module per library in the process, shared by reference count. A PKCS#11 library is
 * process-global ({@code C_Initialize} once, {@code C_Finalize} once), so several signers on the same HSM (one per
 * role) must not initialise or finalise it behind each other's backs.
 *
 * <p>Login is process-global too: once one signer logged in to a token, {@code C_Login} answers "already logged
 * in" to anyone, whatever the PIN. So the first signer's PIN (checked by a real login) is remembered per token, and
 * a later signer with a different PIN is refused instead of silently riding on the first one's login.
 */
final class Pkcs11Modules {
    private static final Map<String, Entry> OPEN = new HashMap<>();

    static {
        // the wrapper prints to System.out unless given a logger
        StaticLogger.setLogger(new Pkcs11Log());
    }

    private Pkcs11Modules() {
    }

    /** A counted use of an initialised module; {@link #release()} exactly once. */
    interface Lease {
        PKCS11Module module();

        /** Before logging in to a slot: refuses a PIN other than the one its open signers logged in with. */
        void claimToken(long slotId, Secret pin);

        /** Gives up the claim on the token (if any) and the use of the module. */
        void release();
    }

    static synchronized Lease acquire(String library) {
        String key = canonical(library);
        Entry entry = OPEN.get(key);
        if (entry == null) {
            entry = new Entry(key, open(library));
            OPEN.put(key, entry);
        }
        entry.users++;
        return entry.lease();
    }

    private static synchronized void release(Entry entry) {
        if (--entry.users > 0) {
            return;
        }
        OPEN.remove(entry.key);
        try {
            entry.module.finalize(null);
        } catch (PKCS11Exception e) {
            System.getLogger(Pkcs11Modules.class.getName()).log(System.Logger.Level.WARNING,
                    "C_Finalize of a PKCS#11 module failed: " + e.getErrorName());
        }
    }

    private static PKCS11Module open(String library) {
        PKCS11Module module;
        try {
            module = PKCS11Module.getInstance(library);
        } catch (IOException | UnsatisfiedLinkError e) {
            throw new SignerUnavailableException("cannot load the PKCS#11 module " + library, e);
        }
        try {
            module.initialize();
        } catch (PKCS11Exception e) {
            if (e.getErrorCode() != PKCS11Constants.CKR_CRYPTOKI_ALREADY_INITIALIZED) {
                throw new SignerUnavailableException("C_Initialize of " + library + " failed: " + e.getErrorName(), e);
            }
        }
        return module;
    }

    private static String canonical(String library) {
        try {
            return Path.of(library).toRealPath().toString();
        } catch (IOException | RuntimeException e) {
            return library;
        }
    }

    private static final class Entry {
        private final String key;
        private final PKCS11Module module;
        private final Map<Long, PinUse> pins = new HashMap<>();
        private int users;

        Entry(String key, PKCS11Module module) {
            this.key = key;
            this.module = module;
        }

        Lease lease() {
            return new Lease() {
                private boolean released;
                private Long claimed;

                @Override
                public PKCS11Module module() {
                    return module;
                }

                @Override
                public void claimToken(long slotId, Secret pin) {
                    synchronized (Pkcs11Modules.class) {
                        if (claimed != null) {
                            throw new IllegalStateException("a lease claims one token");
                        }
                        PinUse use = pins.computeIfAbsent(slotId, id -> new PinUse(pin));
                        if (!use.matches(pin)) {
                            throw new SignerUnavailableException("the PIN differs from the one slot " + slotId
                                    + " is already logged in with");
                        }
                        use.users++;
                        claimed = slotId;
                    }
                }

                @Override
                public void release() {
                    synchronized (Pkcs11Modules.class) {
                        if (released) {
                            return;
                        }
                        released = true;
                        if (claimed != null && --pins.get(claimed).users == 0) {
                            pins.remove(claimed);
                        }
                        Pkcs11Modules.release(Entry.this);
                    }
                }
            };
        }
    }

    private static final class PinUse {
        private final byte[] pin;
        private int users;

        PinUse(Secret pin) {
            this.pin = pin.reveal().getBytes(StandardCharsets.UTF_8);
        }

        boolean matches(Secret other) {
            return MessageDigest.isEqual(pin, other.reveal().getBytes(StandardCharsets.UTF_8));
        }
    }
}
