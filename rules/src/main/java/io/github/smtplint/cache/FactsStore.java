package io.github.smtplint.cache;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the facts cache lives between scans: a folder, for builds. Entries are keyed by the file's
 * path as written.
 */
public interface FactsStore {
    /** The name of the file a cache in a folder keeps there. */
    String FILE_IN_FOLDER = "facts.json";

    /** The cache in a folder, one JSON file for all the files scanned; see {@link FolderStore}. */
    static FactsStore inFolder(Path folder) {
        return new FolderStore(folder);
    }

    /** Makes the store ready to be written, before a scan starts. */
    void prepare() throws IOException;

    /** What the previous scan with these settings left; empty if there was none, or it cannot be trusted. */
    Map<String, CachedFile> load(String settings);

    /** Keeps what this scan knows, with the settings it was learnt under, in place of what was there. */
    void save(String settings, Map<String, CachedFile> files) throws IOException;
}
