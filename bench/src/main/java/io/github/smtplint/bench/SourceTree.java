package io.github.smtplint.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The Java files under a folder, sorted, and how many lines they have, counted once before any timing.
 *
 * @param root the folder
 * @param files every {@code .java} file under it
 * @param lines their lines in total
 */
public record SourceTree(Path root, List<Path> files, long lines) {
    public SourceTree {
        files = List.copyOf(files);
    }

    public static SourceTree of(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IOException(root + " is not a folder");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p)).sorted().toList();
        }
        long lines = 0;
        for (Path file : files) {
            lines += countLines(Files.readAllBytes(file));
        }
        return new SourceTree(root, files, lines);
    }

    private static long countLines(byte[] bytes) {
        long lines = 0;
        for (byte b : bytes) {
            if (b == '\n') {
                lines++;
            }
        }
        return bytes.length > 0 && bytes[bytes.length - 1] != '\n' ? lines + 1 : lines;
    }
}
