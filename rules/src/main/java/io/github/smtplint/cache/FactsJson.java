package io.github.smtplint.cache;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import io.github.smtplint.facts.Effect;
import io.github.smtplint.facts.Value;
import io.github.smtplint.facts.ValueExpression;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The JSON form of the facts the cache keeps: every record by its components, each kind of value
 * expression, value and effect by its simple name, paths as written (relative paths stay relative).
 */
final class FactsJson {
    /** The fact types that are one of several records. */
    private static final List<Class<?>> SEALED_FACTS = List.of(ValueExpression.class, Value.class, Effect.class);

    /** Made on first use: a scan without a cache never pays for it. */
    private static final ObjectMapper MAPPER = build();

    private FactsJson() {
    }

    static ObjectMapper mapper() {
        return MAPPER;
    }

    private static ObjectMapper build() {
        SimpleModule paths = new SimpleModule("paths")
                .addSerializer(Path.class, ToStringSerializer.instance)
                .addDeserializer(Path.class, new PathDeserializer());
        JsonMapper.Builder builder = JsonMapper.builder()
                .addModule(new Jdk8Module())
                .addModule(paths)
                // Records by their components only: derived accessors such as isEmpty() are not facts.
                .visibility(PropertyAccessor.ALL, Visibility.NONE)
                .visibility(PropertyAccessor.FIELD, Visibility.ANY)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        for (Class<?> sealed : SEALED_FACTS) {
            builder.addMixIn(sealed, OneOfSeveral.class);
            builder.registerSubtypes(sealed.getPermittedSubclasses());
        }
        return builder.build();
    }

    /** Names the record a sealed fact type is, by its simple name. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME)
    private interface OneOfSeveral {
    }

    private static final class PathDeserializer extends StdDeserializer<Path> {
        PathDeserializer() {
            super(Path.class);
        }

        @Override
        public Path deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return Path.of(parser.getValueAsString());
        }
    }
}
