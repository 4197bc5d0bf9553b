package io.github.smtplint.catalog.export;

import io.github.smtplint.catalog.Catalog;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes the catalog as tab-separated values, one entry a line. */
final class CatalogTsvWriter {
    private static final String HEADER = String.join("\t",
            "kind", "code", "class", "category", "text", "references", "related", "notes");

    void write(Catalog catalog, Writer out) throws IOException {
        out.write("# smtp-lint catalog: RFC 5321 and extensions; IANA SMTP Enhanced Status Codes registry updated "
                + catalog.registryDate() + "\n");
        out.write(HEADER + "\n");
        for (CatalogRow row : CatalogRows.of(catalog)) {
            out.write(String.join("\t",
                    row.kind(), row.code(), row.replyClass(), row.category(), clean(row.text()),
                    joined(row.references()), joined(row.related()), joined(row.notes())));
            out.write("\n");
        }
        out.flush();
    }

    private static String joined(List<String> values) {
        return clean(String.join("; ", values));
    }

    private static String clean(String value) {
        return value.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
