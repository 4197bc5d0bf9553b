package io.github.smtplint.engine;

import io.github.smtplint.rules.RuleSet;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Finds the Java files to scan: files given by name, and the files under given folders that an
 * include glob matches and no exclude glob does, in a stable order. Symbolic links are followed; a
 * link loop or an entry that cannot be read is reported and the walk goes on.
 */
final class SourceFiles {
    private final List<PathMatcher> includes;
    private final List<PathMatcher> excludes;
    private final TreeSet<Path> files = new TreeSet<>();
    private final List<Finding> problems = new ArrayList<>();

    private SourceFiles(List<PathMatcher> includes, List<PathMatcher> excludes) {
        this.includes = includes;
        this.excludes = excludes;
    }

    /** The files found, and a finding for each entry that could not be read. */
    record Found(List<Path> files, List<Finding> problems) {
    }

    static Found discover(List<Path> paths, EngineConfig config) throws ConfigurationException {
        SourceFiles sources = new SourceFiles(matchers(config.includes(), "includes"),
                matchers(config.excludes(), "excludes"));
        List<Path> missing = paths.stream().filter(path -> !Files.exists(path)).toList();
        if (!paths.isEmpty() && missing.size() == paths.size()) {
            throw new ConfigurationException("source path " + missing.get(0) + " does not exist; give an existing"
                    + " file or folder of Java sources");
        }
        for (Path path : paths) {
            sources.add(path);
        }
        return new Found(List.copyOf(sources.files), List.copyOf(sources.problems));
    }

    /** A path that does not exist, among others that do, is reported and the others are scanned. */
    private void add(Path path) throws ConfigurationException {
        if (Files.isDirectory(path)) {
            walk(path);
        } else if (Files.isRegularFile(path)) {
            files.add(path.normalize());
        } else {
            problems.add(new Finding(RuleSet.PARSE_ERROR.id(), Severity.ERROR, new SourcePosition(path, 1, 1),
                    "source path " + path + " does not exist; it was skipped: give an existing file or folder of"
                            + " Java sources", "", Optional.empty(), "", ""));
        }
    }

    private void walk(Path root) throws ConfigurationException {
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                            if (attributes.isRegularFile() && selected(root.relativize(file))) {
                                files.add(file.normalize());
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException problem) {
                            problems.add(unreadable(file, problem));
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            throw new ConfigurationException("cannot read the source folder " + root + ": " + e.getMessage());
        }
    }

    private static Finding unreadable(Path file, IOException problem) {
        String why = problem instanceof FileSystemLoopException
                ? "a symbolic link loop: it leads back to a folder above it; it was skipped"
                : "cannot read it (" + Optional.ofNullable(problem.getMessage()).orElse(problem.getClass().getSimpleName())
                        + "); it was skipped";
        return new Finding(RuleSet.PARSE_ERROR.id(), Severity.ERROR, new SourcePosition(file, 1, 1),
                file + " is " + why, "", Optional.empty(), "", "");
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
