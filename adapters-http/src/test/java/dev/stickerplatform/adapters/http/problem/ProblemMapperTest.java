package dev.stickerplatform.adapters.http.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stickerplatform.adapters.http.AccessDeniedException;
import dev.stickerplatform.adapters.http.json.Json;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.port.ChainRejectedException;
import dev.stickerplatform.domain.port.ChainUnavailableException;
import dev.stickerplatform.domain.port.ContentIntegrityException;
import dev.stickerplatform.domain.port.ContentQuotaExceededException;
import dev.stickerplatform.domain.port.ContentStoreUnavailableException;
import dev.stickerplatform.domain.port.DuplicateException;
import dev.stickerplatform.domain.port.StoreUnavailableException;
import io.javalin.http.HttpResponseException;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProblemMapperTest {
    final ObjectMapper json = Json.mapper();
    final ProblemMapper mapper = new ProblemMapper(json);

    record Body(Address wallet, List<String> items, long count) {
    }

    ProblemMapper.Answer parse(String body) {
        return mapper.map(catchThrowable(() -> json.readValue(body, Body.class)));
    }

    @Test
    void malformedJsonIs400() {
        assertThat(parse("{\"wallet\": ").problem().type()).isEqualTo(ProblemType.MALFORMED_JSON);
        assertThat(parse("{} trailing").problem().status()).isEqualTo(400);
        assertThat(parse("[".repeat(100)).problem().status()).isEqualTo(400);
    }

    @Test
    void wrongTypesNameTheFieldAndTheExpectedType() {
        Problem problem = parse("{\"items\": 5}").problem();
        assertThat(problem.type()).isEqualTo(ProblemType.VALIDATION);
        assertThat(problem.errors()).containsExactly(new FieldError("items", "must be a list"));
        assertThat(parse("{\"count\": \"x\"}").problem().errors()).containsExactly(new FieldError("count", "must be an integer"));
        assertThat(parse("[1]").problem().errors()).containsExactly(new FieldError("body", "must be a JSON object"));
    }

    @Test
    void invalidValuesSayWhy() {
        Problem problem = parse("{\"wallet\": \"" + "A".repeat(58) + "\"}").problem();
        assertThat(problem.errors()).containsExactly(new FieldError("wallet", "address checksum does not match"));
    }

    @Test
    void accessRefusalsAre401Or403() {
        var unauthenticated = mapper.map(AccessDeniedException.unauthenticated("token required"));
        assertThat(unauthenticated.problem().status()).isEqualTo(401);
        assertThat(unauthenticated.headers()).containsEntry("WWW-Authenticate", "Bearer");
        assertThat(mapper.map(AccessDeniedException.forbidden("not yours")).problem().type()).isEqualTo(ProblemType.FORBIDDEN);
    }

    @Test
    void frameworkStatusesKeepTheirMeaning() {
        assertThat(mapper.map(new NotFoundResponse()).problem().status()).isEqualTo(404);
        assertThat(mapper.map(new HttpResponseException(413, "too big")).problem().type()).isEqualTo(ProblemType.TOO_LARGE);
    }

    @Test
    void chainRejectionsCarryTheReason() {
        Problem problem = mapper.map(new ChainRejectedException("overspend: balance 0 below 1000")).problem();
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.detail()).isEqualTo("overspend: balance 0 below 1000");
    }

    @Test
    void dependencyOutagesAre503WithoutTheirMessages() {
        for (RuntimeException outage : List.of(new StoreUnavailableException("jdbc:postgresql://db:5432 refused"),
                new ChainUnavailableException("algod at 10.0.0.5 timed out"),
                new ContentStoreUnavailableException("pinata key rejected"))) {
            var answer = mapper.map(outage);
            assertThat(answer.problem().status()).isEqualTo(503);
            assertThat(answer.headers()).containsKey("Retry-After");
            assertThat(answer.problem().detail()).isEqualTo(ProblemMapper.UNAVAILABLE_DETAIL);
        }
    }

    @Test
    void aContentQuotaIs413NamingTheLimit() {
        Problem problem = mapper.map(new ContentQuotaExceededException(ContentQuotaExceededException.Limit.OWNER_BYTES,
                52_428_800)).problem();

        assertThat(problem.status()).isEqualTo(413);
        assertThat(problem.type()).isEqualTo(ProblemType.CONTENT_QUOTA_EXCEEDED);
        assertThat(problem.detail()).contains("52428800 bytes per creator");
        assertThat(problem.toJson()).containsEntry("limit", "owner-bytes").containsEntry("maxBytes", 52_428_800L);
    }

    @Test
    void aCidMismatchIs502WithoutTheServicesAddress() {
        Problem problem = mapper.map(new ContentIntegrityException("kubo http://10.0.0.7:5001 returned CID b…"))
                .problem();

        assertThat(problem.status()).isEqualTo(502);
        assertThat(problem.detail()).doesNotContain("10.0.0.7").contains("nothing was recorded");
    }

    @Test
    void conflictsDoNotEchoInternalDetails() {
        Problem problem = mapper.map(new DuplicateException("unique constraint tip_jars_creator_key (APP 12)")).problem();
        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.detail()).doesNotContain("constraint");
    }

    @ParameterizedTest
    @ValueSource(strings = {"password=hunter2", "NullPointerException at Foo.java:12"})
    void anythingUnexpectedIsAGeneric500(String secret) {
        Problem problem = mapper.map(new IllegalStateException(secret)).problem();
        assertThat(problem.status()).isEqualTo(500);
        assertThat(problem.toJson().toString()).doesNotContain(secret);
    }

    @Test
    void problemsSerialiseAsRfc9457() throws Exception {
        Problem problem = Problem.invalid(List.of(new FieldError("limit", "must be an integer from 1 to 100")));
        assertThat(json.writeValueAsString(problem.toJson())).isEqualTo("{\"type\":\"" + ProblemType.BASE_URI
                + "validation-error\",\"title\":\"Invalid request\",\"status\":400,\"detail\":\"limit: must be an"
                + " integer from 1 to 100\",\"errors\":[{\"field\":\"limit\",\"message\":\"must be an integer from 1 to 100\"}]}");
    }
}
