package io.github.smtplint.processor;

import com.sun.source.util.Trees;
import java.lang.reflect.Method;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;

/**
 * javac's tree API for a processing environment, where there is one. Eclipse's compiler has none.
 * IntelliJ IDEA (2020.3 and later) hands processors a proxy of javac's environment, which
 * {@link Trees#instance(ProcessingEnvironment)} rejects; JetBrains' build tells processors to unwrap
 * it with {@code org.jetbrains.jps.javac.APIWrappers.unwrap}, called reflectively because the class
 * exists only inside IntelliJ's build process.
 */
final class JavacTrees {
    private static final String INTELLIJ_WRAPPERS = "org.jetbrains.jps.javac.APIWrappers";

    private JavacTrees() {
    }

    static Optional<Trees> of(ProcessingEnvironment env) {
        Optional<Trees> direct = instance(env);
        return direct.isPresent() ? direct : unwrappedFromIntellij(env).flatMap(JavacTrees::instance);
    }

    private static Optional<Trees> instance(ProcessingEnvironment env) {
        try {
            return Optional.of(Trees.instance(env));
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
