package io.github.smtplint.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A tab-separated data file of the catalog: lines starting with {@code #} are comments, every
 * other line has a fixed number of fields.
 */
final class TsvTable {
    private final String name;
    private final List<String> comments;
    private final List<Row> rows;

    private TsvTable(String name, List<String> comments, List<Row> rows) {
        this.name = name;
        this.comments = comments;
        this.rows = rows;
    }

    /** One data line; {@code lineNumber} is 1-based, for error messages. */
    record Row(String table, int lineNumber, List<String> fields) {
        String get(int column) {
            return fields.get(column);
        }

        IllegalStateException error(String problem) {
            return new IllegalStateException(table + " line " + lineNumber + ": " + problem);
        }
    }

    static TsvTable readResource(String name, int columns) {
        try (InputStream in = TsvTable.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("catalog resource " + name + " is missing from the smtp-lint jar");
            }
            return read(name, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), columns);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read catalog resource " + name, e);
        }
    }

    static TsvTable read(String name, BufferedReader reader, int columns) throws IOException {
        List<String> comments = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.startsWith("#")) {
                comments.add(line.substring(1).trim());
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            List<String> fields = Arrays.asList(line.split("\t", -1));
            Row row = new Row(name, lineNumber, fields);
            if (fields.size() != columns) {
                throw row.error("expected " + columns + " tab-separated fields, found " + fields.size());
            }
            rows.add(row);
        }
        return new TsvTable(name, List.copyOf(comments), List.copyOf(rows));
    }

    String name() {
        return name;
    }

    List<String> comments() {
        return comments;
    }

    List<Row> rows() {
        return rows;
    }
}
