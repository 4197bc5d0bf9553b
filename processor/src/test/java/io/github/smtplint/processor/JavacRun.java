package io.github.smtplint.processor;

import io.github.smtplint.annotations.SmtpReply;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.apache.commons.net.smtp.SMTPClient;

/**
 * Compiles sources in memory with javac and a processor, the way a build does, and keeps what the
 * compiler said. The class path holds smtp-lint's annotations and Commons Net, as a user's would.
 */
final class JavacRun {
    private final List<JavaFileObject> sources = new ArrayList<>();
    private final List<String> options = new ArrayList<>();
    private final List<File> classPath = new ArrayList<>(List.of(jarOf(SmtpReply.class), jarOf(SMTPClient.class)));
    private Path classOutput;

    /** Adds a source; its path is taken from its package and first type, e.g. com/example/Foo.java. */
    JavacRun source(String text) {
        sources.add(new InMemorySource(pathOf(text), text));
        return this;
    }

    /** Adds a source under the given path, e.g. com/example/Foo.java. */
    JavacRun source(String path, String text) {
        sources.add(new InMemorySource(path, text));
        return this;
    }

    /** Adds javac or {@code -A} options. */
    JavacRun options(String... more) {
        options.addAll(List.of(more));
        return this;
    }

    /** Writes class files there (compiling in full) instead of stopping after annotation processing. */
    JavacRun classesTo(Path folder) {
        classOutput = folder;
        return this;
    }

    /** Puts earlier compiled classes on the class path, as an incremental build does. */
    JavacRun classPath(Path folder) {
        classPath.add(folder.toFile());
        return this;
    }

    Result compileWith(Processor processor) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            files.setLocation(StandardLocation.CLASS_PATH, classPath);
            List<String> all = new ArrayList<>(options);
            if (classOutput == null) {
                all.add("-proc:only");
            } else {
                files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(classOutput.toFile()));
            }
            JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, all, null, sources);
            task.setProcessors(List.of(processor));
            boolean success = task.call();
            return new Result(success, diagnostics.getDiagnostics());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What the compiler said.
     *
     * @param success whether the compilation succeeded
     * @param diagnostics every message, smtp-lint's and javac's own
     */
    record Result(boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics) {
        /** smtp-lint's findings, as "KIND line:column RuleId". */
        List<String> findings() {
            return diagnostics.stream()
                    .filter(d -> message(d).startsWith("[smtp-lint:"))
                    .map(d -> d.getKind() + " " + d.getLineNumber() + ":" + d.getColumnNumber() + " "
                            + message(d).substring("[smtp-lint:".length(), message(d).indexOf(']')))
                    .toList();
        }

        /** The text of every message. */
        List<String> messages() {
            return diagnostics.stream().map(JavacRun::message).toList();
        }
    }

    static String message(Diagnostic<?> diagnostic) {
        return diagnostic.getMessage(Locale.ROOT);
    }

    private static String pathOf(String text) {
        String pkg = text.lines().filter(l -> l.startsWith("package ")).findFirst()
                .map(l -> l.substring("package ".length(), l.indexOf(';')).replace('.', '/') + "/").orElse("");
        java.util.regex.Matcher type = java.util.regex.Pattern
                .compile("(?m)^(?:public |final |abstract )*(?:class|interface|enum|record|@interface) (\\w+)")
                .matcher(text);
        if (!type.find()) {
            throw new IllegalArgumentException("no top-level type in:\n" + text);
        }
        return pkg + type.group(1) + ".java";
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A source that exists only in memory, as in an IDE's editor buffer. */
    private static final class InMemorySource extends SimpleJavaFileObject {
        private final String text;

        InMemorySource(String path, String text) {
            super(URI.create("mem:///" + path), Kind.SOURCE);
            this.text = text;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }
}
