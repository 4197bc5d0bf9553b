package io.github.smtplint.processor;

import com.sun.source.util.JavacTask;
import com.sun.source.util.Trees;
import io.github.smtplint.engine.Engine;
import io.github.smtplint.engine.EngineConfig;
import io.github.smtplint.engine.LanguageLevels;
import io.github.smtplint.rules.RuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * smtp-lint inside the compiler, for feedback in the IDE build: the same engine and catalog as the
 * Maven plugin check the sources being compiled, and each finding becomes a compiler message at its
 * line, an error at or above {@code -Asmtplint.failOnSeverity} (ERROR by default), otherwise a
 * warning or a note. On javac (and IntelliJ IDEA, which builds with javac) every unit is checked in
 * full; on compilers without javac's tree API (Eclipse) only constant declarations are.
 *
 * <p>It runs for every source ({@code "*"}) and claims no annotation, so other processors are unaffected.
 */
@SupportedAnnotationTypes("*")
public final class SmtpLintProcessor extends AbstractProcessor {
    private final Function<ProcessingEnvironment, Optional<Trees>> treesLookup;
    private final Function<ProcessingEnvironment, Optional<JavacTask>> taskLookup;
    private RoundCheck check = RoundCheck.NONE;
    private ElementConstants constants;

    /** The processor as javac's service loader creates it. */
    public SmtpLintProcessor() {
        // A lambda, not a method reference: the tree API is linked only when it is looked for, inside trees(),
        // where a runtime without it is caught.
        this(env -> JavacApi.trees(env), env -> JavacApi.task(env));
    }

    /** A processor that finds javac's tree API the given way; tests use it to act as a compiler without one. */
    SmtpLintProcessor(Function<ProcessingEnvironment, Optional<Trees>> treesLookup) {
        this(treesLookup, env -> JavacApi.task(env));
    }

    /**
     * A processor that finds javac's tree API and its task the given ways; tests use it to act as a
     * javac whose task cannot be listened to, where each round reports its own findings.
     */
    SmtpLintProcessor(Function<ProcessingEnvironment, Optional<Trees>> treesLookup,
                      Function<ProcessingEnvironment, Optional<JavacTask>> taskLookup) {
        this.treesLookup = treesLookup;
        this.taskLookup = taskLookup;
    }

    @Override
    public Set<String> getSupportedOptions() {
        return ProcessorOptions.NAMES;
    }

    /**
     * Any Java the compiler reads, so that javac has no reason to warn that the processor is older
     * than the sources; the engine reads them at the same level (see {@link #languageLevel}).
     */
    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public synchronized void init(ProcessingEnvironment env) {
        super.init(env);
        Messager messager = env.getMessager();
        Engine engine = new Engine();
        ProcessorOptions options;
        try {
            options = ProcessorOptions.read(env.getOptions(),
                    engine.rules().stream().map(RuleDescriptor::id).collect(Collectors.toSet()));
        } catch (InvalidOptionsException e) {
            e.problems().forEach(problem -> messager.printMessage(Diagnostic.Kind.ERROR, "smtp-lint: " + problem));
            return;
        }
        if (options.skip()) {
            return;
        }
        constants = new ElementConstants(env.getElementUtils());
        EngineConfig config = options.applyTo(inCompiler()
                .withCharset(StandardCharsets.UTF_8)
                .withLanguageLevel(languageLevel(env.getSourceVersion()))
                .withExternalConstants(constants));
        RoundScanner scanner = new RoundScanner(engine, config, messager);
        FindingDiagnostics diagnostics = new FindingDiagnostics(options);
        check = trees(env).<RoundCheck>map(trees -> unitCheck(env, trees, scanner, diagnostics))
                .orElseGet(() -> new DeclarationCheck(env.getElementUtils(), messager, scanner, diagnostics));
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (constants != null) {
            constants.compiling(round.getRootElements());
        }
        check.check(round);
        // Claims nothing: other processors still see every annotation.
        return false;
    }

    /**
     * How the engine runs inside a compiler: on one thread, as javac keeps a processor busy itself and
     * its JIT compiler wants the other; and without checking the syntax against the language level,
     * which the compiler has done.
     */
    static EngineConfig inCompiler() {
        return EngineConfig.defaults().withThreads(1).withLanguageLevelCheck(false);
    }

    /** The check on javac's trees, in the background wherever javac's task can be listened to. */
    private UnitCheck unitCheck(ProcessingEnvironment env, Trees trees, RoundScanner scanner,
                                FindingDiagnostics diagnostics) {
        Optional<BackgroundChecks> background = taskLookup.apply(env).map(task ->
                new BackgroundChecks(trees, task, scanner, diagnostics, sourceVersion(env.getSourceVersion())));
        return new UnitCheck(trees, background, scanner, diagnostics, env.getMessager());
    }

    private Optional<Trees> trees(ProcessingEnvironment env) {
        try {
            return treesLookup.apply(env);
        } catch (LinkageError e) {
            // A runtime without the jdk.compiler module cannot even load the tree API's types.
            return Optional.empty();
        }
    }

    /** The version's number as javac's options write it: "17" for {@code RELEASE_17}. */
    static String sourceVersion(SourceVersion version) {
        return version.name().substring("RELEASE_".length());
    }

    /**
     * The Java version javac compiles for, as the engine's language level, so that the engine reads
     * the sources as javac does; a version newer than JavaParser knows is read as the newest it knows.
     */
    static String languageLevel(SourceVersion version) {
        String number = sourceVersion(version);
        return LanguageLevels.isKnown(number) ? number : EngineConfig.NEWEST;
    }
}
