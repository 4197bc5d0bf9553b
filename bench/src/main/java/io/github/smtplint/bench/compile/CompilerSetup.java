package io.github.smtplint.bench.compile;

import io.github.smtplint.processor.SmtpLintProcessor;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One way to run javac over the sources: its extra arguments, and the processor javac must say it
 * ran (with {@code -XprintProcessorInfo}), so that a wrong processor path cannot pass for a cheap one.
 *
 * @param name the setup's name in the report
 * @param arguments what javac gets besides the common arguments
 * @param processor the class name of the processor that must run, if any
 */
record CompilerSetup(String name, List<String> arguments, Optional<String> processor) {
    CompilerSetup {
        arguments = List.copyOf(arguments);
    }

    /** javac without annotation processing: the baseline. */
    static CompilerSetup withoutProcessing() {
        return new CompilerSetup("javac, no annotation processing", List.of("-proc:none"), Optional.empty());
    }

    /** javac with {@link NoOpProcessor}, whose class file lies under {@code folder}. */
    static CompilerSetup withNoOpProcessor(Path folder) {
        return new CompilerSetup("javac, a processor doing nothing",
                List.of("-processorpath", folder.toString(), "-processor", NoOpProcessor.class.getName()),
                Optional.of(NoOpProcessor.class.getName()));
    }

    /**
     * javac finding smtp-lint's processor (and its warm-up plug-in) on {@code processorPath}, as a build
     * does. Findings are warnings, so that a compile with findings does all the work a passing one does.
     */
    static CompilerSetup withSmtpLint(String processorPath) {
        return new CompilerSetup("javac, smtp-lint's processor",
                List.of("-processorpath", processorPath, "-Asmtplint.failOnViolation=false"),
                Optional.of(SmtpLintProcessor.class.getName()));
    }
}
