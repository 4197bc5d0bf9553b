package io.github.smtplint.engine;

import io.github.smtplint.cache.ContentHash;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Everything besides a file's content that what the cache keeps of it depends on: how the file is
 * read and parsed, whether the pre-filter chose the files, and the vendor codes added to the catalog.
 * Rule levels and suppressions are not among them: the rules run on every scan.
 */
final class CacheSettings {
    private CacheSettings() {
    }

    /** @throws IOException if the catalog extension cannot be read */
    static String of(EngineConfig config) throws IOException {
        return "language-level=" + config.languageLevel()
                + ";language-level-checked=" + config.checkLanguageLevel()
                + ";charset=" + config.charset().name()
                + ";prefilter=" + config.prefilter()
                + ";catalog-extension=" + (config.catalogExtension().isPresent()
                        ? ContentHash.of(Files.readAllBytes(config.catalogExtension().get())) : "none");
    }
}
