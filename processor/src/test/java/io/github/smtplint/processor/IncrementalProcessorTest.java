package io.github.smtplint.processor;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtplint.engine.Engine;
import io.github.smtplint.engine.EngineConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An incremental build compiles only the changed file; the constants it uses come from classes
 * compiled before. The compiler knows their values, and the processor gives them to the engine.
 */
class IncrementalProcessorTest {
    private static final String CODES = """
            package com.example.codes;

            public final class SmtpCodes {
                public static final int MAILBOX_UNAVAILABLE = 550;
                public static final int LOCAL_ERROR = 451;
                public static final String NOT_ACCEPTING = "4.3.2";

                private SmtpCodes() {
                }
            }
            """;

    private static final String REPLIES = """
            package com.example.server;

            import static com.example.codes.SmtpCodes.LOCAL_ERROR;

            import com.example.codes.SmtpCodes;

            final class Replies {
                static final String NO_SUCH_USER = SmtpCodes.MAILBOX_UNAVAILABLE + " 4.1.1 No such user";
                static final String TRY_LATER = LOCAL_ERROR + " 4.4.5 Mail system congestion, try later";
                static final String NOT_ACCEPTING = SmtpCodes.MAILBOX_UNAVAILABLE + " " + SmtpCodes.NOT_ACCEPTING + " Not now";

                private Replies() {
                }
            }
            """;

    @TempDir
    Path earlier;

    @TempDir
    Path sources;

    @Test
    void constantsOfAnEarlierBuildResolveAsIfTheirSourceWereCompiledToo() throws Exception {
        List<String> fullBuild = new JavacRun().source(CODES).source(REPLIES).compileWith(new SmtpLintProcessor())
                .findings();
        assertThat(fullBuild).containsExactly("ERROR 8:40 EnhancedClassMismatch", "ERROR 10:41 EnhancedClassMismatch");

        assertThat(new JavacRun().source(CODES).classesTo(earlier).compileWith(new SmtpLintProcessor()).success())
                .isTrue();
        List<String> incremental = new JavacRun().source(REPLIES).classPath(earlier)
                .compileWith(new SmtpLintProcessor()).findings();

        assertThat(incremental).isEqualTo(fullBuild);
    }

    @Test
    void theSameOnJava8WhereThereAreNoModules() {
        assertThat(new JavacRun().source(CODES).options("--release", "8").classesTo(earlier)
                .compileWith(new SmtpLintProcessor()).success()).isTrue();
        List<String> incremental = new JavacRun().source(REPLIES).options("--release", "8").classPath(earlier)
                .compileWith(new SmtpLintProcessor()).findings();

        assertThat(incremental).containsExactly("ERROR 8:40 EnhancedClassMismatch", "ERROR 10:41 EnhancedClassMismatch");
    }

    @Test
    void withoutTheCompilerTheEngineCannotKnowThoseValues() throws Exception {
        Path replies = Files.writeString(sources.resolve("Replies.java"), REPLIES);
        assertThat(new Engine().scan(List.of(replies), EngineConfig.defaults()).findings()).isEmpty();
    }
}
