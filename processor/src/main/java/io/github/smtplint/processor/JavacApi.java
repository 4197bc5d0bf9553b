package io.github.smtplint.processor;

import com.sun.source.util.JavacTask;
import com.sun.source.util.Trees;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.function.Function;
import javax.annotation.processing.ProcessingEnvironment;

/**
 * javac's own API for a processing environment, where there is one: its trees, and the task, which
 * tells listeners how far the compilation has come. Eclipse's compiler has neither. IntelliJ IDEA
 * (2020.3 and later) hands processors a proxy of javac's environment, which
 * {@link Trees#instance(ProcessingEnvironment)} rejects; JetBrains' build tells processors to unwrap
 * it with {@code org.jetbrains.jps.javac.APIWrappers.unwrap}, called reflectively because the class
 * exists only inside IntelliJ's build process.
 */
final class JavacApi {
    private static final String INTELLIJ_WRAPPERS = "org.jetbrains.jps.javac.APIWrappers";

    private JavacApi() {
    }

    static Optional<Trees> trees(ProcessingEnvironment env) {
        // Lambdas, not method references: the types are linked only inside instanceIn, where their absence is caught.
        return api(env, javacEnv -> Trees.instance(javacEnv));
    }

    static Optional<JavacTask> task(ProcessingEnvironment env) {
        return api(env, javacEnv -> JavacTask.instance(javacEnv));
    }

    private static <T> Optional<T> api(ProcessingEnvironment env, Function<ProcessingEnvironment, T> instance) {
        Optional<T> direct = instanceIn(env, instance);
        return direct.isPresent() ? direct
                : unwrappedFromIntellij(env).flatMap(javacEnv -> instanceIn(javacEnv, instance));
    }

    private static <T> Optional<T> instanceIn(ProcessingEnvironment env, Function<ProcessingEnvironment, T> instance) {
        try {
            return Optional.of(instance.apply(env));
        } catch (IllegalArgumentException | LinkageError e) {
            // Not javac's environment, or a runtime without the jdk.compiler module.
            return Optional.empty();
        }
    }

    private static Optional<ProcessingEnvironment> unwrappedFromIntellij(ProcessingEnvironment env) {
        try {
            Class<?> wrappers = Class.forName(INTELLIJ_WRAPPERS, false, env.getClass().getClassLoader());
            Method unwrap = wrappers.getDeclaredMethod("unwrap", Class.class, Object.class);
            Object unwrapped = unwrap.invoke(null, ProcessingEnvironment.class, env);
            return unwrapped instanceof ProcessingEnvironment javacEnv && javacEnv != env
                    ? Optional.of(javacEnv) : Optional.empty();
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            // Not IntelliJ's proxy: the declaration-only check applies.
            return Optional.empty();
        }
    }
}
