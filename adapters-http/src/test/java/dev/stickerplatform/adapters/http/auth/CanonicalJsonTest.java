package dev.stickerplatform.adapters.http.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stickerplatform.adapters.http.json.Json;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** RFC 8785 canonical JSON, as far as a sign-in request needs it. */
class CanonicalJsonTest {
    private final ObjectMapper json = Json.mapper();

    @Test
    void membersAreSortedAndWhitespaceDropped() throws Exception {
        assertThat(canonical("{ \"b\" : [ 1 , true , null ],\n \"a\" : { \"z\": \"x\", \"y\": \"w\" } }"))
                .isEqualTo("{\"a\":{\"y\":\"w\",\"z\":\"x\"},\"b\":[1,true,null]}");
    }

    @Test
    void membersSortByUtf16CodeUnits() throws Exception {
        assertThat(canonical("{\"\u00e9\":1,\"\ud83d\ude00\":2,\"z\":3,\"A\":4}"))
                .isEqualTo("{\"A\":4,\"z\":3,\"\u00e9\":1,\"\ud83d\ude00\":2}");
    }

    @Test
    void stringsKeepOnlyTheMandatoryEscapes() throws Exception {
        assertThat(canonical("{\"s\":\"\\u0041/\\\"\\\\\\n\\u0001\u20ac\"}"))
                .isEqualTo("{\"s\":\"A/\\\"\\\\\\n\\u0001\u20ac\"}");
    }

    @Test
    void onlyExactIntegersAreAccepted() throws Exception {
        assertThat(canonical("{\"n\":9007199254740992}")).isEqualTo("{\"n\":9007199254740992}");
        assertThatThrownBy(() -> canonical("{\"n\":1.5}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> canonical("{\"n\":9007199254740993}")).isInstanceOf(IllegalArgumentException.class);
    }

    private String canonical(String text) throws Exception {
        return new String(CanonicalJson.bytes(json.readTree(text)), StandardCharsets.UTF_8);
    }
}
