package io.github.smtplint.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Finds the Java files to scan: files given by name, and the files under given folders that an
 * include glob matches and no exclude glob does, in a stable order.
 */
final class SourceFiles {
    private final List<PathMatcher> includes;
    private final List<PathMatcher> excludes;

    private SourceFiles(List<PathMatcher> includes, List<PathMatcher> excludes) {
        this.includes = includes;
        this.excludes = excludes;
    }

    static List<Path> discover(List<Path> paths, EngineConfig config) throws ConfigurationException {
        return new SourceFiles(matchers(config.includes(), "includes"), matchers(config.excludes(), "excludes"))
                .find(paths);
    }

    private List<Path> find(List<Path> paths) throws ConfigurationException {
        TreeSet<Path> files = new TreeSet<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(p -> Files.isRegularFile(p) && selected(path.relativize(p)))
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

    private boolean selected(Path relative) {
        return matchesAny(includes, relative) && !matchesAny(excludes, relative);
    }

    private static boolean matchesAny(List<PathMatcher> matchers, Path relative) {
        return matchers.stream().anyMatch(m -> m.matches(relative));
    }

    /** A glob starting with "**&#47;" also matches at the top of the folder, as users of Ant-style globs expect. */
    private static List<PathMatcher> matchers(List<String> globs, String setting) throws ConfigurationException {
        List<PathMatcher> matchers = new ArrayList<>();
        for (String glob : globs) {
            try {
                matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
                if (glob.startsWith("**/")) {
                    matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob.substring(3)));
                }
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException(setting + " has the glob '" + glob + "', which is not valid: "
                        + e.getMessage() + "; write globs like **/*.java or **/generated/**");
            }
        }
        return matchers;
    }
}
