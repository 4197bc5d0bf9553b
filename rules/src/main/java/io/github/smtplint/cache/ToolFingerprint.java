package io.github.smtplint.cache;

import io.github.smtplint.SmtpLint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Which build of smtp-lint wrote a cache: a release by its version; a snapshot, whose code changes
 * under the same version, by the hash of the code itself (its jar, or its folder of classes).
 */
final class ToolFingerprint {
    private static final String CURRENT = compute();

    private ToolFingerprint() {
    }

    static String current() {
        return CURRENT;
    }

    private static String compute() {
        String version = SmtpLint.version();
        if (!version.endsWith("-SNAPSHOT")) {
            return version;
        }
        return version + "+" + codeHash();
    }

    private static String codeHash() {
        CodeSource source = ToolFingerprint.class.getProtectionDomain().getCodeSource();
        if (source == null) {
            return unknownBuild();
        }
        try {
            Path code = Path.of(source.getLocation().toURI());
            MessageDigest digest = ContentHash.digest();
            for (Path file : filesOf(code)) {
                digest.update(code.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(file));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return unknownBuild();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read smtp-lint's own code to tell its build", e);
        }
    }

    /** A build that cannot be told apart from others matches no cache: a fingerprint of this run alone. */
    private static String unknownBuild() {
        return "unknown-" + UUID.randomUUID();
    }

    private static List<Path> filesOf(Path code) throws IOException {
        if (!Files.isDirectory(code)) {
            return List.of(code);
        }
        try (Stream<Path> files = Files.walk(code)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
