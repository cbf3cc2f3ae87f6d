package dev.stickerplatform.adapters.algorand;

import com.algorand.algosdk.v2.client.common.AlgodClient;
import com.algorand.algosdk.v2.client.common.Response;
import dev.stickerplatform.domain.port.ChainRejectedException;
import dev.stickerplatform.domain.port.ChainUnavailableException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every request to algod goes through here: bounded retries with exponential backoff when the node is unreachable,
 * slow or failing (5xx, 429), and the translation of what is left into the port's exceptions. algosdk's
 * {@code Response.body()} is null on failure, so nothing reads a body without checking the status first.
 */
final class AlgodCalls {
    private static final Logger LOG = LoggerFactory.getLogger(AlgodCalls.class);
    private static final Duration MAX_PAUSE = Duration.ofSeconds(30);

    private final AlgodConfig config;
    private final AlgodClient client;

    AlgodCalls(AlgodConfig config) {
        this.config = config;
        this.client = TimedAlgodClient.of(config);
    }

    /** One algod request, made afresh for every attempt (an algosdk query cannot be executed twice). */
    @FunctionalInterface
    interface Call<T> {
        Response<T> on(AlgodClient client) throws Exception;
    }

    /** The body of a successful answer. */
    <T> T get(String operation, Call<T> call) {
        return bodyOf(operation, send(operation, client, call, false));
    }

    /**
     * The body, or empty when algod answers that the thing does not exist (404 with its own message: an absent app,
     * asset, round or transaction). A 404 for an unknown route (a wrong URL or gateway) is an outage, not absence.
     */
    <T> Optional<T> find(String operation, Call<T> call) {
        Response<T> response = send(operation, client, call, false);
        if (response.code() == 404 && AlgodErrors.isAbsence(response.message())) {
            return Optional.empty();
        }
        return Optional.of(bodyOf(operation, response));
    }

    /**
     * A long poll with its own read deadline: empty when the deadline passes without an answer, which is an answer
     * ("nothing new yet"), not a failure.
     */
    <T> Optional<T> poll(String operation, Duration deadline, Call<T> call) {
        Response<T> response = send(operation, TimedAlgodClient.forLongPoll(config, deadline), call, true);
        return response == null ? Optional.empty() : Optional.of(bodyOf(operation, response));
    }

    /**
     * Posts a group of signed transactions (msgpack, concatenated in one body, as algod reads them). A group the
     * node already holds in its pool or ledger is not an error: resubmitting the same bytes is harmless.
     *
     * @throws ChainRejectedException when algod refuses the group, with its reason in plain words
     */
    void post(List<byte[]> signedGroup) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        signedGroup.forEach(body::writeBytes);
        Response<?> response = send("transaction submission", client,
                c -> c.RawTransaction().rawtxn(body.toByteArray()).execute(), false);
        if (response.isSuccessful()) {
            return;
        }
        String message = AlgodErrors.message(response.message());
        if (response.code() == 400 && AlgodErrors.isDuplicate(message)) {
            return;
        }
        if (response.code() == 400) {
            throw AlgodErrors.rejection(message);
        }
        throw refused("transaction submission", response);
    }

    /** Sends with retries; returns algod's final answer (2xx or 4xx), or null when a long poll timed out. */
    private <T> Response<T> send(String operation, AlgodClient via, Call<T> call, boolean longPoll) {
        String failure;
        Exception cause;
        for (int attempt = 1; ; attempt++) {
            try {
                Response<T> response = call.on(via);
                if (!isTransient(response.code())) {
                    return response;
                }
                failure = "HTTP " + response.code() + " " + AlgodErrors.message(response.message());
                cause = null;
            } catch (SocketTimeoutException e) {
                if (longPoll) {
                    return null;
                }
                failure = "no answer within " + config.requestTimeout().toMillis() + " ms";
                cause = e;
            } catch (IOException e) {
                failure = e.getClass().getSimpleName() + ": " + e.getMessage();
                cause = e;
            } catch (Exception e) {
                throw new ChainUnavailableException("algosdk failed on " + operation + ": " + e, e);
            }
            if (attempt >= config.retryAttempts()) {
                throw new ChainUnavailableException("algod at " + config.endpoint() + " did not answer " + operation
                        + " after " + attempt + " attempt(s): " + failure, cause);
            }
            LOG.warn("algod {} failed (attempt {} of {}): {}", operation, attempt, config.retryAttempts(), failure);
            pause(attempt);
        }
    }

    private <T> T bodyOf(String operation, Response<T> response) {
        if (!response.isSuccessful()) {
            throw refused(operation, response);
        }
        T body = response.body();
        if (body == null) {
            throw new ChainUnavailableException("algod answered " + operation + " with a body that cannot be decoded");
        }
        return body;
    }

    private ChainUnavailableException refused(String operation, Response<?> response) {
        String message = AlgodErrors.message(response.message());
        if (response.code() == 401 || response.code() == 403) {
            return new ChainUnavailableException("algod at " + config.endpoint() + " refused the API token (HTTP "
                    + response.code() + ": " + message + "): check the token and its header "
                    + config.tokenHeader());
        }
        return new ChainUnavailableException("algod refused " + operation + " (HTTP " + response.code() + "): "
                + message);
    }

    /** 408 is what algod answers when it drops a long poll; 429 is a provider's rate limit. */
    private static boolean isTransient(int code) {
        return code >= 500 || code == 429 || code == 408;
    }

    private void pause(int attempt) {
        Duration pause = config.retryBackoff().multipliedBy(1L << Math.min(attempt - 1, 20));
        try {
            Thread.sleep(pause.compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChainUnavailableException("interrupted while waiting to retry algod", e);
        }
    }
}
