package io.github.smtplint.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A temporary folder holding the text of the units one round compiles, in UTF-8, for the engine,
 * which reads files. The text is taken from the compiler rather than from the user's files: it is
 * what javac compiles, already decoded with the project's encoding, and it exists even for sources
 * that live only in memory (tests, IDE buffers).
 */
final class ScratchFolder implements AutoCloseable {
    private final Path root;
    private int files;

    private ScratchFolder(Path root) {
        this.root = root;
    }

    static ScratchFolder create() throws IOException {
        return new ScratchFolder(Files.createTempDirectory("smtp-lint-processor-"));
    }

    /** Writes one source under its own file name, in a folder of its own so that equal names do not clash. */
    Path write(String fileName, CharSequence text) throws IOException {
        Path folder = Files.createDirectory(root.resolve(Integer.toString(files++)));
        return Files.writeString(folder.resolve(fileName), text, StandardCharsets.UTF_8).normalize();
    }

    /** Deletes the folder; what cannot be deleted is left in the temporary folder, never failing the compile. */
    @Override
    public void close() {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // Nothing to do: a leftover in the temporary folder is harmless.
        }
    }
}
