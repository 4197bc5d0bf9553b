package io.github.smtplint.resolve;

import io.github.smtplint.engine.SourcePosition;
import io.github.smtplint.facts.ConstantDeclaration;
import io.github.smtplint.facts.TypeScope;
import io.github.smtplint.facts.Value;
import io.github.smtplint.facts.ValueExpression;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The reply-code constants of mail libraries (Commons Net {@code SMTPReply}, Apache James
 * {@code SMTPRetCode}), read from {@code library-constants.tsv}, so that user code comparing with
 * them resolves like code comparing with its own constants.
 */
final class LibraryConstants {
    private static final List<ConstantDeclaration> STANDARD = load();

    private LibraryConstants() {
    }

    static List<ConstantDeclaration> standard() {
        return STANDARD;
    }

    private static List<ConstantDeclaration> load() {
        List<ConstantDeclaration> constants = new ArrayList<>();
        try (InputStream in = LibraryConstants.class.getResourceAsStream("library-constants.tsv")) {
            if (in == null) {
                throw new IllegalStateException("library-constants.tsv is missing from the smtp-lint jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                String type = fields[0];
                Value value = fields[2].equals("int")
                        ? new Value.IntValue(Integer.parseInt(fields[3]))
                        : new Value.StringValue(fields[3]);
                SourcePosition inLibrary = new SourcePosition(Path.of(type.replace('.', '/') + ".java"), 0, 0);
                constants.add(new ConstantDeclaration(type + "." + fields[1], new ValueExpression.Literal(value, inLibrary),
                        new TypeScope(type.substring(0, type.lastIndexOf('.')), List.of(), List.of(type), List.of()),
                        inLibrary));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read library-constants.tsv", e);
        }
        return List.copyOf(constants);
    }
}
