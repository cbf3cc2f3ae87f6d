package dev.stickerplatform.adapters.http.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AssetId;
import dev.stickerplatform.domain.model.MicroAlgos;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
    static final String WALLET = Address.fromPublicKey(new byte[32]).value();
    final ObjectMapper json = Json.mapper();

    record Request(Address wallet, AlgoAmount amount, AssetId assetId, Long count, String name) {
    }

    @Test
    void floatsAreReadExactlyNeverThroughDouble() throws Exception {
        // 0.1 + 0.2 style values and 6-decimal amounts survive exactly
        assertThat(json.readValue("{\"amount\": 2.01}", Request.class).amount().value()).isEqualTo(MicroAlgos.of(2_010_000));
        assertThat(json.readValue("{\"amount\": \"0.3\"}", Request.class).amount().value()).isEqualTo(MicroAlgos.of(300_000));
        // as a double, 4503599.62737 × 1e6 is 4503599627369.99…, which truncation would turn into a lost microAlgo
        assertThat(json.readValue("{\"amount\": 4503599.62737}", Request.class).amount().value())
                .isEqualTo(MicroAlgos.of(4_503_599_627_370L));
    }

    @Test
    void badValuesNameTheirField() {
        assertThatThrownBy(() -> json.readValue("{\"wallet\": \"ABC\"}", Request.class))
                .isInstanceOf(InvalidFieldException.class)
                .satisfies(e -> assertThat(((InvalidFieldException) e).getOriginalMessage()).contains("58 characters"))
                .satisfies(e -> assertThat(((InvalidFieldException) e).getPath().getFirst().getFieldName()).isEqualTo("wallet"));
        assertThatThrownBy(() -> json.readValue("{\"assetId\": -5}", Request.class)).isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> json.readValue("{\"amount\": true}", Request.class)).isInstanceOf(InvalidFieldException.class);
    }

    @Test
    void floatsAreNeverTruncatedIntoIntegersNorStringsCoerced() {
        assertThatThrownBy(() -> json.readValue("{\"count\": 1.5}", Request.class)).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> json.readValue("{\"count\": \"5\"}", Request.class)).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> json.readValue("{\"name\": 5}", Request.class)).isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void instantsAreIsoWithZ() throws Exception {
        assertThat(json.writeValueAsString(Map.of("at", Instant.parse("2025-01-02T03:04:05Z"))))
                .isEqualTo("{\"at\":\"2025-01-02T03:04:05Z\"}");
    }
}
