package io.github.smtplint.catalog.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.smtplint.catalog.Catalog;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;

/** Writes the catalog as JSON Lines: one object per entry, each on its own line. */
final class CatalogJsonWriter {
    private final JsonFactory factory = new JsonFactory();

    void write(Catalog catalog, Writer out) throws IOException {
        for (CatalogRow row : CatalogRows.of(catalog)) {
            out.write(toJson(catalog, row));
            out.write("\n");
        }
        out.flush();
    }

    private String toJson(Catalog catalog, CatalogRow row) throws IOException {
        StringWriter line = new StringWriter();
        try (JsonGenerator json = factory.createGenerator(line)) {
            json.writeStartObject();
            json.writeStringField("kind", row.kind());
            json.writeStringField("code", row.code());
            json.writeStringField("class", row.replyClass());
            json.writeStringField("category", row.category());
            json.writeStringField("text", row.text());
            array(json, "references", row.references());
            array(json, "related", row.related());
            array(json, "notes", row.notes());
            json.writeStringField("registryDate", catalog.registryDate());
            json.writeEndObject();
        }
        return line.toString();
    }

    private static void array(JsonGenerator json, String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
