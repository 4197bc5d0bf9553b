package io.github.smtplint.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * A synthetic source tree: where it is and what each file holds.
 *
 * @param root the folder the files are under
 * @param files every file, in the order written
 */
public record GeneratedTree(Path root, List<GeneratedFile> files) {
    public GeneratedTree {
        files = List.copyOf(files);
    }

    public long lines() {
        return files.stream().mapToLong(GeneratedFile::lines).sum();
    }

    public long smtpFiles() {
        return files.stream().filter(f -> f.kind().isSmtp()).count();
    }

    public long codeFiles() {
        return files.stream().filter(GeneratedFile::holdsCodes).count();
    }
}
