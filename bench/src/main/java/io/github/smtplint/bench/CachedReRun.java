package io.github.smtplint.bench;

import io.github.smtplint.cache.FactsStore;
import io.github.smtplint.engine.EngineConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The engine with the pre-filter, run again over an unchanged tree with the facts cache that an
 * untimed first scan filled: what a developer's second build costs.
 */
final class CachedReRun extends EngineScan {
    private final Path cache;
    private boolean filled;

    CachedReRun(int threads) {
        super(threads, true);
        try {
            cache = Files.createTempDirectory("smtp-lint-bench-cache");
            // Deleted in the reverse order of asking: the cache file, then its folder.
            cache.toFile().deleteOnExit();
            cache.resolve(FactsStore.FILE_IN_FOLDER).toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a folder for the cache", e);
        }
    }

    @Override
    public String name() {
        return "engine, cached re-run";
    }

    @Override
    public void prepare(SourceTree tree) throws Exception {
        if (!filled) {
            run(tree);
            filled = true;
        }
    }

    @Override
    EngineConfig config() {
        return super.config().withCache(cache);
    }
}
