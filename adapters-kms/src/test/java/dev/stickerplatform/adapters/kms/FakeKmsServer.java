package dev.stickerplatform.adapters.kms;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * What the cloud KMS doubles ({@link FakeAwsKms}, {@link FakeGcpKms}) share: an HTTP server on a free port of
 * 127.0.0.1 until {@link #close()}, every request received (as {@code R}), failures to answer the next requests
 * with, and a signature to answer instead of the real one. Thread-safe.
 *
 * @param <R> what the double records of a request
 */
abstract class FakeKmsServer<R> implements AutoCloseable {
    /** An answer forced on the next requests: HTTP {@code status} with the service's error {@code code}. */
    record Failure(int status, String code) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(8);
    private final List<R> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicReference<Failure> failure = new AtomicReference<>();
    private final AtomicReference<byte[]> forcedSignature = new AtomicReference<>();
    private final SecureRandom random = new SecureRandom();

    /** Starts serving {@code context} (a path prefix) with {@link #handle}. */
    FakeKmsServer(String context) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(context, this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** Answers one request (after {@link #record}ing it). */
    abstract void handle(HttpExchange exchange) throws IOException;

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Every request received so far, in order. */
    public List<R> requests() {
        return new ArrayList<>(requests);
    }

    void record(R request) {
        requests.add(request);
    }

    /** The next {@code count} requests are answered {@code status} with error {@code code}. */
    void failNext(int count, int status, String code) {
        failure.set(new Failure(status, code));
        failures.set(count);
    }

    /** How many requests of {@code operation} (in the service's own words) were received. */
    public abstract long count(String operation);

    /** The next {@code count} requests are answered as the service answers when it throttles. */
    abstract void throttleNext(int count);

    /** The failure to answer this request with (one of the next ones {@link #failNext} named), or null. */
    Failure nextFailure() {
        return failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? failure.get() : null;
    }

    /** Signatures are {@code signature} from now on, whatever was signed. */
    void answerSignature(byte[] signature) {
        forcedSignature.set(signature);
    }

    void behaveNormally() {
        failures.set(0);
        forcedSignature.set(null);
    }

    /** A fresh Ed25519 private key for a new key of the service. */
    Ed25519PrivateKeyParameters newEd25519Key() {
        return new Ed25519PrivateKeyParameters(random);
    }

    /** The DER SubjectPublicKeyInfo of {@code key}'s public key, as the services hand it out. */
    static byte[] publicKeyInfo(Ed25519PrivateKeyParameters key) {
        return RemoteSignerChecks.toSubjectPublicKeyInfo(key.generatePublicKey().getEncoded());
    }

    /** The DER SubjectPublicKeyInfo of a fresh NIST P-256 key, a signing key an Algorand signer must refuse. */
    static byte[] p256PublicKeyInfo() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair().getPublic().getEncoded();
    }

    /** The pure Ed25519 signature of {@code message} by {@code key}, or the one {@link #answerSignature} forced. */
    byte[] sign(Ed25519PrivateKeyParameters key, byte[] message) {
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, key);
        signer.update(message, 0, message.length);
        return forcedSignature.get() != null ? forcedSignature.get() : signer.generateSignature();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
