package io.github.smtplint.catalog.export;

import io.github.smtplint.catalog.Catalog;
import java.io.IOException;
import java.io.Writer;

/** The formats the whole catalog can be written in, for generating docs and diffing catalog versions. */
public enum CatalogFormat {
    /** Tab-separated values: a header line, then one line per entry; lists are joined with "; ". */
    TSV {
        @Override
        public void write(Catalog catalog, Writer out) throws IOException {
            new CatalogTsvWriter().write(catalog, out);
        }
    },
    /** JSON Lines: one JSON object per entry and line, so that two versions diff line by line. */
    JSON {
        @Override
        public void write(Catalog catalog, Writer out) throws IOException {
            new CatalogJsonWriter().write(catalog, out);
        }
    };

    public abstract void write(Catalog catalog, Writer out) throws IOException;
}
