package io.github.smtplint.report;

import io.github.smtplint.engine.ScanResult;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * Writes reports into a folder, each through a temporary file that replaces the old report only
 * once it is complete, so that an interrupted run never leaves a truncated report behind.
 */
public final class ReportFiles {
    private ReportFiles() {
    }

    /** Writes each format to its file in {@code directory}; returns where each went. */
    public static Map<ReportFormat, Path> write(ScanResult result, ReportContext context, Set<ReportFormat> formats,
                                                Path directory) throws IOException {
        Files.createDirectories(directory);
        Map<ReportFormat, Path> written = new EnumMap<>(ReportFormat.class);
        for (ReportFormat format : formats) {
            Path target = directory.resolve(format.fileName());
            writeAtomically(target, out -> format.writer().write(result, context, out));
            written.put(format, target);
        }
        return written;
    }

    /** Something that writes a whole file's content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes a file through a temporary sibling and a rename; on failure the old file is left as it was. */
    public static void writeAtomically(Path target, Content content) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, "." + target.getFileName(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                content.writeTo(out);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
