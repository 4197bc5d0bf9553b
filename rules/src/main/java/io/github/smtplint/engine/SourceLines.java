package io.github.smtplint.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives findings the text of their source line, which baselines and report fingerprints key on so
 * that they survive code moving up or down. Only files with findings are read again.
 */
final class SourceLines {
    private SourceLines() {
    }

    static List<Finding> attach(List<Finding> findings, Charset charset) {
        Map<Path, List<String>> lines = new HashMap<>();
        return findings.stream().map(finding -> {
            List<String> fileLines = lines.computeIfAbsent(finding.file(), file -> read(file, charset));
            int index = finding.line() - 1;
            return index >= 0 && index < fileLines.size() ? finding.withLineText(fileLines.get(index).strip()) : finding;
        }).toList();
    }

    private static List<String> read(Path file, Charset charset) {
        try {
            return Files.readAllLines(file, charset);
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }
}
