package dev.stickerplatform.adapters.http.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A JSON value that has the right shape but is not acceptable (a bad address checksum, too many decimals). Its
 * original message is client-safe; Jackson adds the path of the field, so the answer can name it.
 */
public final class InvalidFieldException extends JsonMappingException {
    public InvalidFieldException(JsonParser parser, String message) {
        super(parser, message);
    }
}
