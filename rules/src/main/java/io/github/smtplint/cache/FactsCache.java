package io.github.smtplint.cache;

import io.github.smtplint.engine.Finding;
import io.github.smtplint.facts.FileFacts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * One scan's use of the facts of each file from the previous scan, so that a file whose content has
 * not changed is not read through the parser again. Files are known by their content hash, never by
 * their time stamps; the facts are valid only under the settings they were extracted with.
 *
 * <p>Not thread-safe: the engine asks and tells it from the thread that runs the scan.
 */
public final class FactsCache {
    private final Optional<FactsStore> store;
    private final String settings;
    /** Read from the store while {@link #look} reads and hashes the files: the two take about as long. */
    private final CompletableFuture<Map<String, CachedFile>> loading;
    private Map<String, CachedFile> previous = Map.of();
    private final Map<String, CachedFile> current = new HashMap<>();
    /** Whether this scan learnt anything the store does not hold yet. */
    private boolean learnt;

    private FactsCache(Optional<FactsStore> store, String settings) {
        this.store = store;
        this.settings = settings;
        this.loading = store.isEmpty() ? CompletableFuture.completedFuture(Map.of())
                : CompletableFuture.supplyAsync(() -> store.get().load(settings));
    }

    /** A cache that remembers nothing, for scans without one. */
    public static FactsCache off() {
        return new FactsCache(Optional.empty(), "");
    }

    /**
     * What {@code store} keeps for scans with these settings.
     *
     * @param settings everything besides the files' content that the facts depend on, as one string
     */
    public static FactsCache in(FactsStore store, String settings) {
        return new FactsCache(Optional.of(store), settings);
    }

    /** Reads and hashes the files, so that what follows can tell which are unchanged. */
    public void look(List<Path> files) {
        if (store.isEmpty()) {
            return;
        }
        Map<String, String> hashes = new HashMap<>();
        for (Path source : files) {
            try {
                hashes.put(key(source), ContentHash.of(Files.readAllBytes(source)));
            } catch (IOException e) {
                // Unreadable: never cached, so that its problem is reported by every scan.
            }
        }
        previous = loading.join();
        hashes.forEach((name, hash) -> {
            CachedFile known = previous.get(name);
            boolean same = known != null && known.contentHash().equals(hash);
            current.put(name, same ? known : CachedFile.unparsed(hash));
            learnt |= !same;
        });
    }

    /** Whether these are exactly the files of the previous scan, none of them changed. */
    public boolean unchanged(List<Path> files) {
        return store.isPresent() && files.size() == previous.size() && files.stream().allMatch(this::unchanged);
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
        learnt = true;
    }

    /** Keeps what parsing the file as it is now gave. */
    public void rememberParsed(Path source, Optional<FileFacts> facts, Optional<Finding> problem) {
        current.computeIfPresent(key(source), (name, known) -> known.withParsed(facts, problem));
        learnt = true;
    }

    /** Leaves what this scan knows in the store, for the next scan; a scan that learnt nothing new writes nothing. */
    public void save() throws IOException {
        boolean forgot = !current.keySet().containsAll(previous.keySet());
        if (store.isPresent() && (learnt || forgot)) {
            store.get().save(settings, current);
        }
    }

    private static String key(Path source) {
        return source.toString();
    }
}
