package io.github.smtplint.cache;

import io.github.smtplint.engine.Finding;
import io.github.smtplint.facts.FileFacts;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The facts of each file from the previous scan, so that a file whose content has not changed is not
 * read through the parser again. One JSON file in the cache folder holds the facts of every file, with
 * the build of smtp-lint and the settings they were extracted with; a cache written by another build or
 * with other settings, or one that cannot be read, is ignored and rebuilt, never trusted. Files are
 * known by their content hash, never by their time stamps.
 *
 * <p>Not thread-safe: the engine asks and tells it from the thread that runs the scan.
 */
public final class FactsCache {
    /** The name of the file the cache keeps in its folder. */
    public static final String FILE_NAME = "facts.json";
    private static final int FORMAT = 1;

    private final Optional<Path> file;
    private final String settings;
    private final Map<String, CachedFile> previous;
    private final Map<String, CachedFile> current = new HashMap<>();

    private FactsCache(Optional<Path> file, String settings, Map<String, CachedFile> previous) {
        this.file = file;
        this.settings = settings;
        this.previous = previous;
    }

    /** A cache that remembers nothing, for scans without one. */
    public static FactsCache off() {
        return new FactsCache(Optional.empty(), "", Map.of());
    }

    /**
     * The cache in {@code folder} for scans with these settings; empty if there is none yet, or if
     * what is there was written by another build of smtp-lint, with other settings, or is unreadable.
     *
     * @param settings everything besides the files' content that the facts depend on, as one string
     * @throws IOException if the folder cannot be created
     */
    public static FactsCache in(Path folder, String settings) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(FILE_NAME);
        return new FactsCache(Optional.of(file), settings, previousEntries(file, settings));
    }

    private static Map<String, CachedFile> previousEntries(Path file, String settings) {
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

    /** Reads and hashes the files, so that what follows can tell which are unchanged. */
    public void look(List<Path> files) {
        if (file.isEmpty()) {
            return;
        }
        for (Path source : files) {
            try {
                String hash = ContentHash.of(Files.readAllBytes(source));
                CachedFile known = previous.get(key(source));
                current.put(key(source), known != null && known.contentHash().equals(hash) ? known
                        : CachedFile.unparsed(hash));
            } catch (IOException e) {
                // Unreadable: never cached, so that its problem is reported by every scan.
            }
        }
    }

    /** Whether these are exactly the files of the previous scan, none of them changed. */
    public boolean unchanged(List<Path> files) {
        return file.isPresent() && files.size() == previous.size() && files.stream().allMatch(this::unchanged);
    }

    private boolean unchanged(Path source) {
        CachedFile before = previous.get(key(source));
        CachedFile now = current.get(key(source));
        return before != null && now != null && now.contentHash().equals(before.contentHash());
    }

    /** What the cache knows about the file as it is now, if anything. */
    public Optional<CachedFile> recall(Path source) {
        return Optional.ofNullable(current.get(key(source)));
    }

    /** Keeps the pre-filter's verdict on the file as it is now. */
    public void rememberMayHoldSite(Path source, boolean verdict) {
        current.computeIfPresent(key(source), (name, known) -> known.withMayHoldSite(verdict));
    }

    /** Keeps what parsing the file as it is now gave. */
    public void rememberParsed(Path source, Optional<FileFacts> facts, Optional<Finding> problem) {
        current.computeIfPresent(key(source), (name, known) -> known.withParsed(facts, problem));
    }

    /**
     * Writes what this scan knows for the next one, replacing the previous cache in one step so that
     * a scan stopped half-way leaves the old cache or the new, never a mix.
     */
    public void save() throws IOException {
        if (file.isEmpty()) {
            return;
        }
        Path target = file.get();
        Path written = Files.createTempFile(target.getParent(), FILE_NAME, ".tmp");
        try {
            FactsJson.mapper().writeValue(written.toFile(), new Contents(FORMAT, ToolFingerprint.current(), settings, current));
            try {
                Files.move(written, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(written, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(written);
        }
    }

    private static String key(Path source) {
        return source.toString();
    }

    /** The cache file: a header that says whose it is, then the files by path. */
    private record Contents(int format, String tool, String settings, Map<String, CachedFile> files) {
    }
}
