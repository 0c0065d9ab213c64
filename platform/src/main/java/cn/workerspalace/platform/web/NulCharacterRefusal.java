package cn.workerspalace.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;

/**
 * PostgreSQL's text columns cannot hold the NUL character (U+0000), so a string carrying one would fail deep in
 * the database with a 500. Refused while reading the request instead: a 400 naming the field.
 */
class NulCharacterRefusal extends StringDeserializer {

    static SimpleModule module() {
        return new SimpleModule("nul-character-refusal").addDeserializer(String.class, new NulCharacterRefusal());
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String value = super.deserialize(parser, context);
        if (value != null && value.indexOf('\u0000') >= 0) {
            throw InvalidFormatException.from(parser, "must not contain the NUL character", value, String.class);
        }
        return value;
    }
}
