package dev.stickerplatform.adapters.kms;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.port.Signer;
import dev.stickerplatform.domain.port.SignerUnavailableException;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the signers that call a key service over the network ({@link AwsKmsSigner}, {@link GcpKmsSigner},
 * {@link VaultTransitSigner}) do alike: the address read once at start-up, the refusal after {@link #close()}, the
 * check of every signature against the address ({@link RemoteSignerChecks#checked}), closing the client when
 * start-up fails, and the JDK HTTP client's transport failures. Subclasses make the one remote call per signature.
 */
abstract class RemoteSigner implements Signer, AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String service;
    private final String keyId;
    private final Address address;
    private volatile boolean closed;

    /** {@code service} names the key service in messages ("AWS KMS"); {@code keyId} names the key in them. */
    RemoteSigner(String service, String keyId, Address address) {
        this.service = service;
        this.keyId = keyId;
        this.address = address;
    }

    @Override
    public final Address address() {
        return address;
    }

    @Override
    public final byte[] sign(byte[] bytesToSign) {
        Objects.requireNonNull(bytesToSign, "bytesToSign");
        refuse(bytesToSign);
        if (closed) {
            throw new SignerUnavailableException("the " + service + " signer " + keyId + " is closed");
        }
        return RemoteSignerChecks.checked(address, bytesToSign, signRemotely(bytesToSign), keyId);
    }

    /** Throws for a message the service cannot sign, before any call; by default every message goes. */
    void refuse(byte[] bytesToSign) {
    }

    /** The service's signature of {@code bytesToSign}, not yet checked; every failure is a SignerUnavailable. */
    abstract byte[] signRemotely(byte[] bytesToSign);

    /** Closes the client; called once or more by {@link #close()}. */
    abstract void closeClient();

    /** Later {@link #sign} calls fail. */
    @Override
    public final void close() {
        closed = true;
        closeClient();
    }

    @Override
    public final String toString() {
        return getClass().getSimpleName() + "[" + keyId + ", " + address + "]";
    }

    /** The signer {@code connect} builds; when that throws, {@code closeClient} runs first. */
    static <S extends RemoteSigner> S closingOnFailure(Runnable closeClient, Supplier<S> connect) {
        try {
            return connect.get();
        } catch (RuntimeException e) {
            closeClient.run();
            throw e;
        }
    }

    /** How a caller turns a transport failure into its exception (whether another call may succeed, the cause). */
    @FunctionalInterface
    interface Failure {
        SignerUnavailableException of(String message, boolean passing, Throwable cause);
    }

    /**
     * Sends {@code request}; a timeout, an unreachable {@code target} or an interrupt becomes {@code failure}'s
     * exception, with a message that starts with {@code what} ("Vault signing with ...").
     */
    static HttpResponse<String> send(HttpClient http, HttpRequest request, String what, Duration timeout,
                                     Object target, Failure failure) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw failure.of(what + " timed out after " + timeout.toMillis() + " ms", true, e);
        } catch (IOException e) {
            throw failure.of(what + " failed: cannot reach " + target, true, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure.of(what + " was interrupted", false, e);
        }
    }

    /** A JSON request body. */
    static String toJson(Map<String, Object> body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a two-field JSON object", e);
        }
    }
}
