package io.github.smtplint.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A test input: one Java file, or a folder of files scanned together, with the findings it must
 * produce marked on their lines as {@code // expect: RuleId} (several ids separated by commas).
 */
record MarkedCase(Path root, String name) {
    private static final Pattern EXPECT = Pattern.compile("//\\s*expect:\\s*([\\w, ]+)");

    /** An expected or actual finding: where and which rule. */
    record Mark(String file, int line, String ruleId) implements Comparable<Mark> {
        @Override
        public int compareTo(Mark other) {
            return toString().compareTo(other.toString());
        }

        @Override
        public String toString() {
            return file + ":" + line + " " + ruleId;
        }
    }

    List<Path> sources() {
        if (Files.isRegularFile(root)) {
            return List.of(root);
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    TreeSet<Mark> expected() {
        TreeSet<Mark> marks = new TreeSet<>();
        for (Path source : sources()) {
            List<String> lines;
            try {
                lines = Files.readAllLines(source);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = EXPECT.matcher(lines.get(i));
                if (m.find()) {
                    for (String id : m.group(1).split(",")) {
                        if (!id.isBlank()) {
                            marks.add(new Mark(source.getFileName().toString(), i + 1, id.trim()));
                        }
                    }
                }
            }
        }
        return marks;
    }

    /** Every case under a folder: each file or sub-folder of each {@code positive}/{@code negative}/other folder. */
    static List<MarkedCase> under(Path casesRoot) throws IOException {
        List<MarkedCase> cases = new ArrayList<>();
        try (Stream<Path> groups = Files.list(casesRoot)) {
            for (Path group : groups.sorted().toList()) {
                try (Stream<Path> kinds = Files.list(group)) {
                    for (Path kind : kinds.sorted().toList()) {
                        if (Files.isRegularFile(kind)) {
                            cases.add(new MarkedCase(kind, casesRoot.relativize(kind).toString()));
                            continue;
                        }
                        try (Stream<Path> entries = Files.list(kind)) {
                            entries.sorted().forEach(e -> cases.add(new MarkedCase(e, casesRoot.relativize(e).toString())));
                        }
                    }
                }
            }
        }
        return cases;
    }

    @Override
    public String toString() {
        return name;
    }
}
