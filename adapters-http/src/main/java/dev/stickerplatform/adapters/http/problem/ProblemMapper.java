package dev.stickerplatform.adapters.http.problem;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.stickerplatform.adapters.http.AccessDeniedException;
import dev.stickerplatform.adapters.http.json.InvalidFieldException;
import dev.stickerplatform.application.minting.WriteRefusedException;
import dev.stickerplatform.domain.port.ChainRejectedException;
import dev.stickerplatform.domain.port.ChainUnavailableException;
import dev.stickerplatform.domain.port.ContentIntegrityException;
import dev.stickerplatform.domain.port.ContentQuotaExceededException;
import dev.stickerplatform.domain.port.ContentStoreUnavailableException;
import dev.stickerplatform.domain.port.DuplicateException;
import dev.stickerplatform.domain.port.RateLimiterUnavailableException;
import dev.stickerplatform.domain.port.SignerUnavailableException;
import dev.stickerplatform.domain.port.StaleWriteException;
import dev.stickerplatform.domain.port.StoreUnavailableException;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where an exception becomes an HTTP answer. Client mistakes (bad JSON, wrong types, invalid
 * values, unknown routes, oversized bodies) are 4xx with a precise message; an unavailable dependency is 503;
 * anything else is a generic 500 whose cause is logged here and never sent to the client.
 */
public final class ProblemMapper {
    static final String UNAVAILABLE_DETAIL = "A service the platform depends on is temporarily unavailable. Try again shortly.";
    static final String INTERNAL_DETAIL = "The server could not complete the request.";
    private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);

    private final ObjectMapper json;

    public ProblemMapper(ObjectMapper json) {
        this.json = json;
    }

    /** A problem and the extra headers to send with it. */
    public record Answer(Problem problem, Map<String, String> headers) {
    }

    /** Writes the problem for {@code failure} to the response. */
    public void handle(Throwable failure, Context ctx) {
        Answer answer = map(failure);
        if (answer.problem().status() >= 500 && answer.problem().type() == ProblemType.INTERNAL) {
            LOG.error("unexpected failure of {} {}", ctx.method(), ctx.path(), failure);
        }
        write(ctx, answer);
    }

    public void write(Context ctx, Answer answer) {
        answer.headers().forEach(ctx::header);
        try {
            ctx.status(answer.problem().status())
                    .contentType(Problem.MEDIA_TYPE)
                    .result(json.writeValueAsBytes(answer.problem().toJson()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("problem not serialisable", e);
        }
    }

    /** The answer for a failure; pure, so every mapping can be tested without a server. */
    public Answer map(Throwable failure) {
        return switch (failure) {
            case ProblemException e -> new Answer(e.problem(), e.headers());
            case AccessDeniedException e -> denied(e);
            case HttpResponseException e -> new Answer(framework(e.getStatus()), Map.of());
            case JacksonException e -> new Answer(json(e), Map.of());
            case ChainRejectedException e -> new Answer(Problem.of(ProblemType.CHAIN_REJECTED, e.reason()), Map.of());
            case DuplicateException e -> new Answer(Problem.of(ProblemType.CONFLICT,
                    "The request conflicts with an existing record."), Map.of());
            case StaleWriteException e -> new Answer(Problem.of(ProblemType.CONFLICT,
                    "The record changed while the request ran. Try again."), Map.of());
            case StoreUnavailableException e -> unavailable(e);
            case ChainUnavailableException e -> unavailable(e);
            case ContentStoreUnavailableException e -> unavailable(e);
            case ContentQuotaExceededException e -> new Answer(Problem.of(ProblemType.CONTENT_QUOTA_EXCEEDED,
                    "Refused: " + e.getMessage() + ". Delete a template to make room.")
                    .withExtension("limit", e.limit().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                    .withExtension("maxBytes", e.maxBytes()), Map.of());
            case ContentIntegrityException e -> {
                LOG.error("content integrity: {}", e.getMessage());
                yield new Answer(Problem.of(ProblemType.CONTENT_MISMATCH, "The pinning service stored the content"
                        + " under another CID than the platform computed; nothing was recorded."), Map.of());
            }
            case SignerUnavailableException e -> unavailable(e);
            case RateLimiterUnavailableException e -> unavailable(e);
            case WriteRefusedException e -> unavailable(e);
            default -> new Answer(Problem.of(ProblemType.INTERNAL, INTERNAL_DETAIL), Map.of());
        };
    }

    private static Answer denied(AccessDeniedException e) {
        if (e.status() == 401) {
            return new Answer(Problem.of(ProblemType.UNAUTHENTICATED, e.getMessage()),
                    Map.of("WWW-Authenticate", "Bearer"));
        }
        return new Answer(Problem.of(ProblemType.FORBIDDEN, e.getMessage()), Map.of());
    }

    private static Answer unavailable(RuntimeException e) {
        LOG.warn("dependency unavailable: {}", e.toString());
        return new Answer(Problem.of(ProblemType.UNAVAILABLE, UNAVAILABLE_DETAIL), Map.of("Retry-After", "5"));
    }

    private static Problem framework(int status) {
        return switch (status) {
            case 404 -> Problem.of(ProblemType.NOT_FOUND, "No endpoint matches this method and path.");
            case 405 -> Problem.of(ProblemType.METHOD_NOT_ALLOWED, "This path does not support this method.");
            case 413 -> Problem.of(ProblemType.TOO_LARGE, "The request body is larger than allowed.");
            case 415 -> Problem.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, "The request body has an unsupported type.");
            default -> status >= 500
                    ? Problem.of(ProblemType.INTERNAL, INTERNAL_DETAIL)
                    : new Problem(ProblemType.forStatus(status), status, "The request could not be processed.",
                            List.of(), Map.of());
        };
    }

    private static Problem json(JacksonException e) {
        return switch (e) {
            case StreamConstraintsException c -> Problem.of(ProblemType.MALFORMED_JSON,
                    "The JSON body exceeds the parser's limits (nesting, number or string length).");
            case StreamReadException r -> Problem.of(ProblemType.MALFORMED_JSON, "The body is not valid JSON"
                    + (r.getLocation() == null ? "." : " (line " + r.getLocation().getLineNr() + ", column "
                    + r.getLocation().getColumnNr() + ")."));
            case InvalidFieldException f -> Problem.invalid(List.of(new FieldError(JsonPaths.of(f), f.getOriginalMessage())));
            case MismatchedInputException m -> Problem.invalid(List.of(JsonPaths.typeError(m)));
            case JsonMappingException m -> Problem.invalid(List.of(new FieldError(JsonPaths.of(m), "is invalid")));
            default -> Problem.of(ProblemType.MALFORMED_JSON, "The body is not valid JSON.");
        };
    }
}
