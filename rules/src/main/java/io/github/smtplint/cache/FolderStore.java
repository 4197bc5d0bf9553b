package io.github.smtplint.cache;

import io.github.smtplint.report.ReportFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The facts cache in a folder: one JSON file holds the facts of every file, with the build of
 * smtp-lint and the settings they were extracted with. A file written by another build or with other
 * settings, or one that cannot be read, is ignored, never trusted; the next save replaces it.
 */
final class FolderStore implements FactsStore {
    private static final int FORMAT = 1;

    private final Path folder;

    FolderStore(Path folder) {
        this.folder = folder;
    }

    @Override
    public void prepare() throws IOException {
        Files.createDirectories(folder);
    }

    @Override
    public Map<String, CachedFile> load(String settings) {
        Path file = folder.resolve(FILE_IN_FOLDER);
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try {
            Contents contents = FactsJson.mapper().readValue(file.toFile(), Contents.class);
            boolean ours = contents.format() == FORMAT && ToolFingerprint.current().equals(contents.tool())
                    && settings.equals(contents.settings()) && contents.files() != null;
            return ours ? contents.files() : Map.of();
        } catch (IOException | RuntimeException e) {
            // Unreadable, corrupt, truncated or of another format: start afresh.
            return Map.of();
        }
    }

    /** Replaces the file in one step, so that a scan stopped half-way leaves the old cache or the new, never a mix. */
    @Override
    public void save(String settings, Map<String, CachedFile> files) throws IOException {
        Contents contents = new Contents(FORMAT, ToolFingerprint.current(), settings, files);
        ReportFiles.writeAtomically(folder.resolve(FILE_IN_FOLDER),
                out -> FactsJson.mapper().writeValue(out, contents));
    }

    @Override
    public String toString() {
        return "cache folder " + folder;
    }

    /** The cache file: a header that says whose it is, then the files by path. */
    private record Contents(int format, String tool, String settings, Map<String, CachedFile> files) {
    }
}
