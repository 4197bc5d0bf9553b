package io.github.smtplint.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Finds the Java files under the given files and folders, in a stable order. */
final class SourceFiles {
    private SourceFiles() {
    }

    static List<Path> discover(List<Path> paths) throws ConfigurationException {
        TreeSet<Path> files = new TreeSet<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p))
                            .map(Path::normalize)
                            .forEach(files::add);
                } catch (IOException | UncheckedIOException e) {
                    throw new ConfigurationException("cannot read the source folder " + path + ": " + e.getMessage());
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path.normalize());
            } else {
                throw new ConfigurationException("source path " + path + " does not exist; give an existing file or"
                        + " folder of Java sources");
            }
        }
        return List.copyOf(files);
    }
}
