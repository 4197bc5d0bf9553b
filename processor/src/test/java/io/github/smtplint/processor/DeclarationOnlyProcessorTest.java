package io.github.smtplint.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The processor on a compiler without javac's tree API (Eclipse's), simulated on javac by a
 * processor that is told there is none: only constant declarations are checked, through the
 * standard API, and findings are reported on the declarations.
 */
class DeclarationOnlyProcessorTest {
    private static final String REPLY_CODES = """
            package com.example.relay;

            import io.github.smtplint.annotations.SmtpCodes;

            @SmtpCodes
            public final class ReplyCodes {
                public static final int SERVICE_READY = 220;
                public static final int RATE_LIMITED = 471;
                public static final int OUT_OF_MEMORY = 431;
                public static final int AUTH_FAILED = 554;
                public static final String ROUTING_LOOP = "5.4.8";
                @SuppressWarnings("smtp-lint:UnknownReplyCode")
                public static final int VENDOR_BUSY = 473;
                public static final int LIMIT = RATE_LIMITED - 1;

                private ReplyCodes() {
                }
            }
            """;

    private static final String DEFERRALS = """
            package com.example.relay;

            import io.github.smtplint.annotations.ReplyClass;
            import io.github.smtplint.annotations.SmtpReply;
            import org.apache.commons.net.smtp.SMTPClient;

            class Deferrals {
                @SmtpReply(ReplyClass.PERMANENT_NEGATIVE)
                static final int GIVE_UP = 421;

                interface Limits {
                    @SmtpReply({ReplyClass.TRANSIENT_NEGATIVE, ReplyClass.PERMANENT_NEGATIVE})
                    int SLOW_DOWN = 451;
                    String GREETING = "550 4.7.1 Slow down";
                }

                private final SMTPClient client = new SMTPClient();

                boolean throttled() {
                    return client.getReplyCode() == 471;
                }
            }
            """;

    private final SmtpLintProcessor withoutTrees = new SmtpLintProcessor(env -> Optional.empty());

    @Test
    void constantsAreCheckedAndReportedOnTheirDeclarations() {
        JavacRun.Result result = new JavacRun().source(REPLY_CODES).source(DEFERRALS).compileWith(withoutTrees);

        assertThat(result.success()).isFalse();
        // javac places a message about a field on its name; LIMIT's value is the one the compiler computed.
        assertThat(result.findings()).containsExactlyInAnyOrder(
                "ERROR 8:29 UnknownReplyCode",
                "MANDATORY_WARNING 9:29 UnknownReplyCode",
                "MANDATORY_WARNING 10:29 MeaningMismatch",
                "MANDATORY_WARNING 11:32 UnknownEnhancedStatus",
                "ERROR 14:29 UnknownReplyCode",
                "ERROR 9:22 AnnotationContractViolation",
                "ERROR 14:16 EnhancedClassMismatch",
                "MANDATORY_WARNING 14:16 MeaningMismatch");
        assertThat(result.diagnostics()).filteredOn(d -> d.getLineNumber() == 9 && d.getColumnNumber() == 22)
                .singleElement().satisfies(d -> assertThat(d.getSource().getName()).endsWith("Deferrals.java"));
    }

    @Test
    void aNoteSaysOnceThatExpressionsNeedJavac() {
        JavacRun.Result result = new JavacRun().source(REPLY_CODES).source(DEFERRALS).compileWith(withoutTrees);

        assertThat(result.messages()).containsOnlyOnce(DeclarationCheck.ONLY_DECLARATIONS);
        // The comparison with 471 in throttled() is an expression: out of reach here.
        assertThat(result.findings()).noneMatch(f -> f.contains(" 20:"));
    }

    @Test
    void withJavacTheSameSourcesGetTheFullCheck() {
        JavacRun.Result result = new JavacRun().source(REPLY_CODES).source(DEFERRALS)
                .compileWith(new SmtpLintProcessor());

        assertThat(result.messages()).doesNotContain(DeclarationCheck.ONLY_DECLARATIONS);
        // The same findings on the declarations, at their values rather than their names, and the expression too.
        assertThat(result.findings()).containsExactlyInAnyOrder(
                "ERROR 8:44 UnknownReplyCode",
                "MANDATORY_WARNING 9:45 UnknownReplyCode",
                "MANDATORY_WARNING 10:43 MeaningMismatch",
                "MANDATORY_WARNING 11:47 UnknownEnhancedStatus",
                "ERROR 14:37 UnknownReplyCode",
                "ERROR 9:32 AnnotationContractViolation",
                "ERROR 14:27 EnhancedClassMismatch",
                "MANDATORY_WARNING 14:27 MeaningMismatch",
                "ERROR 20:41 UnknownReplyCode");
    }
}
