package dev.stickerplatform.adapters.http.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AssetId;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Reads request fields straight into domain values: {@link Address} (checksum-validated), {@link AssetId} and
 * {@link AlgoAmount} (the id and amount rules are {@link PositiveIds} and {@link AlgoAmounts}, shared with
 * path and query parameters). A bad value fails with {@link InvalidFieldException}, whose message says what is wrong
 * with that field.
 */
final class DomainTypesModule extends SimpleModule {
    DomainTypesModule() {
        super("sticker-platform-domain-types");
        addDeserializer(Address.class, new AddressDeserializer());
        addDeserializer(AssetId.class, new AssetIdDeserializer());
        addDeserializer(AlgoAmount.class, new AlgoAmountDeserializer());
    }

    private static final class AddressDeserializer extends JsonDeserializer<Address> {
        @Override
        public Address deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw new InvalidFieldException(p, "must be an Algorand address (a string of 58 characters)");
            }
            try {
                return new Address(p.getText());
            } catch (IllegalArgumentException e) {
                throw new InvalidFieldException(p, e.getMessage());
            }
        }
    }

    private static final class AssetIdDeserializer extends JsonDeserializer<AssetId> {
        /** The most digits of an id written as a string (leading zeros allowed). */
        private static final int MAX_ID_DIGITS = 64;

        @Override
        public AssetId deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            try {
                return AssetId.of(switch (p.currentToken()) {
                    case VALUE_NUMBER_INT -> PositiveIds.of(p.getBigIntegerValue());
                    case VALUE_STRING -> PositiveIds.parse(p.getText(), MAX_ID_DIGITS);
                    default -> throw new IllegalArgumentException(PositiveIds.NOT_POSITIVE);
                });
            } catch (IllegalArgumentException e) {
                throw new InvalidFieldException(p, e.getMessage());
            }
        }
    }

    private static final class AlgoAmountDeserializer extends JsonDeserializer<AlgoAmount> {
        @Override
        public AlgoAmount deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            try {
                return new AlgoAmount(switch (p.currentToken()) {
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> AlgoAmounts.of(decimal(p));
                    case VALUE_STRING -> AlgoAmounts.parse(p.getText());
                    default -> throw new IllegalArgumentException("must be an ALGO amount (number or decimal string)");
                });
            } catch (IllegalArgumentException e) {
                throw new InvalidFieldException(p, e.getMessage());
            }
        }

        /** The number exactly as written: floats are read as BigDecimal (never through double). */
        private static BigDecimal decimal(JsonParser p) throws IOException {
            return p.currentToken() == JsonToken.VALUE_NUMBER_INT ? new BigDecimal(p.getBigIntegerValue())
                    : p.getDecimalValue();
        }
    }
}
