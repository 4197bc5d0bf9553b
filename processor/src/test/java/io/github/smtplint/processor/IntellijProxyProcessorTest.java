package io.github.smtplint.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.Set;
import java.util.function.UnaryOperator;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import org.jetbrains.jps.javac.APIWrappers;
import org.junit.jupiter.api.Test;

/**
 * IntelliJ IDEA hands processors a proxy of javac's environment, which javac's tree API rejects;
 * the processor unwraps it and still reports at exact positions.
 */
class IntellijProxyProcessorTest {
    private static final String PROBE = """
            package com.example.mail;

            import org.apache.commons.net.smtp.SMTPClient;

            class Probe {
                private final SMTPClient client = new SMTPClient();

                boolean outOfMemory() {
                    return client.getReplyCode() == 431;
                }
            }
            """;

    @Test
    void anEnvironmentWrappedByIntellijIsUnwrappedForTheTreeApi() {
        JavacRun.Result result = new JavacRun().source(PROBE)
                .compileWith(new WrappingEnvironment(env -> APIWrappers.wrap(ProcessingEnvironment.class, env)));

        assertThat(result.findings()).containsExactly("MANDATORY_WARNING 9:41 UnknownReplyCode");
        assertThat(result.messages()).doesNotContain(DeclarationCheck.ONLY_DECLARATIONS);
    }

    @Test
    void anEnvironmentNobodyCanUnwrapGetsTheDeclarationCheck() {
        UnaryOperator<ProcessingEnvironment> opaque = env -> (ProcessingEnvironment) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {ProcessingEnvironment.class},
                (proxy, method, args) -> method.invoke(env, args));
        JavacRun.Result result = new JavacRun().source(PROBE).compileWith(new WrappingEnvironment(opaque));

        assertThat(result.messages()).contains(DeclarationCheck.ONLY_DECLARATIONS);
        assertThat(result.findings()).isEmpty();
    }

    /** Runs the processor with its environment wrapped, as IntelliJ's build does. */
    private static final class WrappingEnvironment extends AbstractProcessor {
        private final SmtpLintProcessor processor = new SmtpLintProcessor();
        private final UnaryOperator<ProcessingEnvironment> wrap;

        WrappingEnvironment(UnaryOperator<ProcessingEnvironment> wrap) {
            this.wrap = wrap;
        }

        @Override
        public synchronized void init(ProcessingEnvironment env) {
            super.init(env);
            processor.init(wrap.apply(env));
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            return processor.process(annotations, round);
        }

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return processor.getSupportedAnnotationTypes();
        }

        @Override
        public Set<String> getSupportedOptions() {
            return processor.getSupportedOptions();
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return processor.getSupportedSourceVersion();
        }
    }
}
