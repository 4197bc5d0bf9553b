package io.github.smtplint.processor;

import io.github.smtplint.engine.ConfigurationException;
import io.github.smtplint.engine.Engine;
import io.github.smtplint.engine.EngineConfig;
import io.github.smtplint.engine.Finding;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import javax.annotation.processing.Messager;
import javax.tools.Diagnostic;

/**
 * One engine call for the sources of a round: all of them together, so that constants resolve
 * across them as in a Maven build. A configuration the engine rejects is reported once, as an
 * error, and nothing more is checked.
 */
final class RoundScanner {
    private final Engine engine;
    private final EngineConfig config;
    private final Messager messager;
    private boolean broken;

    /** One source to scan: the file name it is written under and its text. */
    record SourceText(String fileName, CharSequence text) {
    }

    RoundScanner(Engine engine, EngineConfig config, Messager messager) {
        this.engine = engine;
        this.config = config;
        this.messager = messager;
    }

    /** Scans the sources and hands each finding, with the key of the source it is in, to {@code report}. */
    <K> void scan(Map<K, SourceText> sources, BiConsumer<K, Finding> report) {
        if (broken || sources.isEmpty()) {
            return;
        }
        try (ScratchFolder folder = ScratchFolder.create()) {
            Map<Path, K> keys = new HashMap<>();
            List<Path> files = new ArrayList<>();
            for (Map.Entry<K, SourceText> source : sources.entrySet()) {
                Path file = folder.write(source.getValue().fileName(), source.getValue().text());
                keys.put(file, source.getKey());
                files.add(file);
            }
            for (Finding finding : engine.scan(files, config).findings()) {
                // Findings about a constant of a library or an earlier build land in no file of this round.
                K key = keys.get(finding.file());
                if (key != null) {
                    report.accept(key, finding);
                }
            }
        } catch (ConfigurationException e) {
            broken = true;
            messager.printMessage(Diagnostic.Kind.ERROR, "smtp-lint: " + e.getMessage());
        } catch (IOException e) {
            // The code is not at fault, so the compile goes on; the warning says the check did not run.
            messager.printMessage(Diagnostic.Kind.MANDATORY_WARNING,
                    "smtp-lint: could not check this round's sources: " + e);
        }
    }
}
