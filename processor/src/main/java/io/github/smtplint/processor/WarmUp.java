package io.github.smtplint.processor;

import com.sun.source.util.JavacTask;
import com.sun.source.util.Plugin;
import io.github.smtplint.engine.ConfigurationException;
import io.github.smtplint.engine.Engine;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Gets the engine ready while javac reads the sources. A javac plug-in that starts itself
 * ({@link #autoStart()}) from the processor path as the compilation begins, before javac parses.
 * At the first source javac parses that may hold an SMTP site ({@link FirstCandidate}), it runs the
 * engine once, on a thread of its own, over a small SMTP class that ships with the processor. The
 * processor's scan, which can start only once javac has parsed and entered every source, then finds
 * the parser, the rules and the catalog loaded. In a fresh compiler JVM that is most of what the
 * check costs on a small module; a module without SMTP code does not pay it at all.
 *
 * <p>It reports nothing: anything that goes wrong here goes wrong again in the processor, which says so.
 */
public final class WarmUp implements Plugin {
    static final String SAMPLE = "warm-up/SmtpSample.java";

    @Override
    public String getName() {
        return "smtp-lint-warm-up";
    }

    @Override
    public boolean autoStart() {
        return true;
    }

    @Override
    public void init(JavacTask task, String... args) {
        task.addTaskListener(new FirstCandidate(WarmUp::start));
    }

    private static void start() {
        Path temporary = Path.of(System.getProperty("java.io.tmpdir"));
        Thread thread = new Thread(() -> scanSampleIn(temporary), "smtp-lint warm-up");
        // javac does not wait for it: a compile that ends first simply ends.
        thread.setDaemon(true);
        thread.start();
    }

    /** Scans the sample once, in a folder of its own under {@code parent} that it removes; says whether it could. */
    static boolean scanSampleIn(Path parent) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory(parent, "smtp-lint-warm-up");
            Path sample = folder.resolve("SmtpSample.java");
            try (InputStream in = WarmUp.class.getResourceAsStream(SAMPLE)) {
                if (in == null) {
                    return false;
                }
                Files.copy(in, sample);
            }
            new Engine().scan(List.of(folder), SmtpLintProcessor.inCompiler());
            return true;
        } catch (IOException | ConfigurationException | RuntimeException e) {
            return false;
        } catch (LinkageError e) {
            // A compile that ends first closes the class loader the rest of smtp-lint would be loaded from.
            return false;
        } finally {
            deleteQuietly(folder);
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try {
            Files.deleteIfExists(folder.resolve("SmtpSample.java"));
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // A folder left in the temporary folder is the system's to clean.
        }
    }
}
