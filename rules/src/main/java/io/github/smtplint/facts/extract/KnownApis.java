package io.github.smtplint.facts.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The library APIs that tell SMTP code from the code of other protocols, read from
 * {@code known-apis.tsv}: adding a library is one line there.
 */
final class KnownApis {
    /** Which protocol an API belongs to. */
    enum Protocol { SMTP, OTHER }

    private final Map<Protocol, List<String>> importPrefixes = new HashMap<>();
    private final Map<String, Protocol> types = new HashMap<>();
    private final Map<String, Protocol> codeMethods = new HashMap<>();
    private final Map<String, Protocol> codeArguments = new HashMap<>();

    private static final KnownApis STANDARD = load();

    static KnownApis standard() {
        return STANDARD;
    }

    private static KnownApis load() {
        KnownApis apis = new KnownApis();
        try (InputStream in = KnownApis.class.getResourceAsStream("known-apis.tsv")) {
            if (in == null) {
                throw new IllegalStateException("known-apis.tsv is missing from the smtp-lint jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                if (fields.length != 3) {
                    throw new IllegalStateException("known-apis.tsv line " + lineNumber + ": expected 3 fields");
                }
                apis.add(Protocol.valueOf(fields[0].toUpperCase(java.util.Locale.ROOT)), fields[1], fields[2]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read known-apis.tsv", e);
        }
        return apis;
    }

    private void add(Protocol protocol, String kind, String name) {
        switch (kind) {
            case "import" -> importPrefixes.computeIfAbsent(protocol, p -> new java.util.ArrayList<>()).add(name);
            case "type" -> types.put(name, protocol);
            case "code-method" -> codeMethods.put(name, protocol);
            case "code-arg" -> codeArguments.put(name, protocol);
            default -> throw new IllegalStateException("known-apis.tsv: unknown kind '" + kind + "'");
        }
    }

    /** The protocols whose packages an import names. */
    Set<Protocol> protocolsOfImport(String importName) {
        Set<Protocol> result = new HashSet<>();
        importPrefixes.forEach((protocol, prefixes) -> {
            for (String prefix : prefixes) {
                if (importName.startsWith(prefix)
                        || (prefix.endsWith(".") && importName.length() == prefix.length() - 1 && prefix.startsWith(importName))) {
                    result.add(protocol);
                }
            }
        });
        return result;
    }

    Optional<Protocol> protocolOfType(String simpleTypeName) {
        return Optional.ofNullable(types.get(simpleTypeName));
    }

    /** The protocol of a method that returns a reply or status code. */
    Optional<Protocol> protocolOfCodeMethod(String methodName) {
        return Optional.ofNullable(codeMethods.get(methodName));
    }

    /** The protocol of a method or constructor that takes a reply or status code at {@code index}. */
    Optional<Protocol> protocolOfCodeArgument(String methodOrType, int index) {
        return Optional.ofNullable(codeArguments.get(methodOrType + "/" + index));
    }
}
