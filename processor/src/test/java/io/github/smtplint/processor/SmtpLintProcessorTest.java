package io.github.smtplint.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The processor on javac: findings become compiler messages at their exact line and column. */
class SmtpLintProcessorTest {
    private static final String SESSION = """
            package com.example.mail;

            import org.apache.commons.net.smtp.SMTPClient;
            import org.apache.commons.net.smtp.SMTPReply;

            class Session {
                private final SMTPClient client = new SMTPClient();

                boolean throttled() {
                    return client.getReplyCode() == 471;
                }

                boolean outOfMemory() {
                    return client.getReplyCode() == 431;
                }

                String full() {
                    return "550 5.3.4 Message too big for system";
                }

                void quit() {
                    if (client.getReplyCode() == SMTPReply.SERVICE_CLOSING_TRANSMISSION_CHANNEL) {
                        throw new IllegalStateException("closed");
                    }
                }
            }
            """;

    /** One reply code, 431, and nothing else. */
    static final String OUT_OF_MEMORY_ONLY = """
            package com.example.mail;

            import org.apache.commons.net.smtp.SMTPClient;

            class Probe {
                private final SMTPClient client = new SMTPClient();

                boolean outOfMemory() {
                    return client.getReplyCode() == 431;
                }
            }
            """;

    @TempDir
    Path classes;

    @Test
    void errorsFailTheCompileWarningsAndInfosDoNotAndEachLandsOnItsLineAndColumn() {
        JavacRun.Result result = new JavacRun().source(SESSION).compileWith(new SmtpLintProcessor());

        assertThat(result.success()).isFalse();
        assertThat(result.findings()).containsExactly(
                "ERROR 10:41 UnknownReplyCode",
                "MANDATORY_WARNING 14:41 UnknownReplyCode",
                "NOTE 18:16 EnhancedBasicMismatch",
                "ERROR 22:38 SuccessTreatedAsFailure");
        assertThat(result.messages()).contains("[smtp-lint:UnknownReplyCode] 471 is not an SMTP reply code: its"
                + " second digit 7 is outside RFC 5321's categories 0 to 5 (§4.2.1). Use a code RFC 5321 §4.2.3 or"
                + " an extension defines.");
    }

    @Test
    void aJavacWhoseTaskCannotBeListenedToReportsTheSameWithinTheRound() {
        SmtpLintProcessor roundByRound = new SmtpLintProcessor(env -> JavacApi.trees(env), env -> Optional.empty());

        JavacRun.Result result = new JavacRun().source(SESSION).compileWith(roundByRound);

        assertThat(result.findings())
                .isEqualTo(new JavacRun().source(SESSION).compileWith(new SmtpLintProcessor()).findings())
                .hasSize(4);
    }

    @Test
    void findingsInSeveralClassesLandOnTheirLinesAfterJavacHasWrittenTheFirst() {
        JavacRun.Result result = new JavacRun().source(SESSION).source(OUT_OF_MEMORY_ONLY).classesTo(classes)
                .compileWith(new SmtpLintProcessor());

        assertThat(result.findings()).containsExactlyInAnyOrder(
                "ERROR 10:41 UnknownReplyCode",
                "MANDATORY_WARNING 14:41 UnknownReplyCode",
                "NOTE 18:16 EnhancedBasicMismatch",
                "ERROR 22:38 SuccessTreatedAsFailure",
                "MANDATORY_WARNING 9:41 UnknownReplyCode");
    }

    @Test
    void aCompileThatFailsOnItsOwnErrorsStillReportsTheFindings() {
        JavacRun.Result result = new JavacRun().source(SESSION.replace("private final SMTPClient client",
                "private final int broken = \"not a number\";\n    private final SMTPClient client"))
                .classesTo(classes).compileWith(new SmtpLintProcessor());

        assertThat(result.success()).isFalse();
        assertThat(result.findings()).contains("ERROR 11:41 UnknownReplyCode", "ERROR 23:38 SuccessTreatedAsFailure");
    }

    @Test
    void sourcesWithoutSmtpCodesCompileWithoutAWord() {
        JavacRun.Result result = new JavacRun().source("""
                package com.example.web;

                import java.net.HttpURLConnection;

                class Downloader {
                    private final byte[] buffer = new byte[250];

                    boolean failed(HttpURLConnection connection) throws java.io.IOException, InterruptedException {
                        Thread.sleep(500);
                        int status = connection.getResponseCode();
                        return status == HttpURLConnection.HTTP_INTERNAL_ERROR || status >= 500 || status == 421;
                    }
                }
                """).classesTo(classes).compileWith(new SmtpLintProcessor());

        assertThat(result.success()).isTrue();
        assertThat(result.diagnostics()).isEmpty();
        assertThat(classes.resolve("com/example/web/Downloader.class")).exists();
    }

    @Test
    void warningsLeaveTheCompileGreenAndSurviveNowarn() {
        JavacRun.Result result = new JavacRun().source(OUT_OF_MEMORY_ONLY).options("-nowarn").classesTo(classes)
                .compileWith(new SmtpLintProcessor());

        assertThat(result.success()).isTrue();
        assertThat(result.findings()).containsExactly("MANDATORY_WARNING 9:41 UnknownReplyCode");
    }

    @Test
    void failOnSeverityMakesWarningsErrors() {
        JavacRun.Result result = new JavacRun().source(OUT_OF_MEMORY_ONLY)
                .options("-Asmtplint.failOnSeverity=WARNING").compileWith(new SmtpLintProcessor());

        assertThat(result.success()).isFalse();
        assertThat(result.findings()).containsExactly("ERROR 9:41 UnknownReplyCode");
    }

    @Test
    void failOnViolationFalseOnlyWarns() {
        JavacRun.Result result = new JavacRun().source(SESSION).options("-Asmtplint.failOnViolation=false")
                .compileWith(new SmtpLintProcessor());

        assertThat(result.success()).isTrue();
        assertThat(result.findings()).containsExactly(
                "MANDATORY_WARNING 10:41 UnknownReplyCode",
                "MANDATORY_WARNING 14:41 UnknownReplyCode",
                "NOTE 18:16 EnhancedBasicMismatch",
                "MANDATORY_WARNING 22:38 SuccessTreatedAsFailure");
    }

    @Test
    void ruleLevelsTurnRulesOffOrChangeTheirSeverity() {
        JavacRun.Result result = new JavacRun().source(SESSION)
                .options("-Asmtplint.rules=UnknownReplyCode:OFF, EnhancedBasicMismatch:ERROR")
                .compileWith(new SmtpLintProcessor());

        assertThat(result.findings()).containsExactly(
                "ERROR 18:16 EnhancedBasicMismatch",
                "ERROR 22:38 SuccessTreatedAsFailure");
    }

    @Test
    void skipChecksNothing() {
        JavacRun.Result result = new JavacRun().source(SESSION).options("-Asmtplint.skip").classesTo(classes)
                .compileWith(new SmtpLintProcessor());

        assertThat(result.success()).isTrue();
        assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    void wrongOptionsAreCompilerErrorsThatNameThem() {
        JavacRun.Result result = new JavacRun().source(SESSION)
                .options("-Asmtplint.failOnSeverty=WARNING", "-Asmtplint.failOnSeverity=LOUD",
                        "-Asmtplint.rules=UnknownReplyCodes:OFF")
                .compileWith(new SmtpLintProcessor());

        assertThat(result.success()).isFalse();
        assertThat(result.findings()).isEmpty();
        assertThat(result.messages()).contains(
                "smtp-lint: -Asmtplint.failOnSeverity is 'LOUD'; use ERROR, WARNING or INFO",
                "smtp-lint: unknown option -Asmtplint.failOnSeverty; the options are -Asmtplint.catalogExtension,"
                        + " -Asmtplint.failOnSeverity, -Asmtplint.failOnViolation, -Asmtplint.rules, -Asmtplint.skip");
        assertThat(result.messages()).anySatisfy(m -> assertThat(m)
                .startsWith("smtp-lint: -Asmtplint.rules names the unknown rule id 'UnknownReplyCodes'; the rule ids are:")
                .contains("UnknownReplyCode, WrongReplyForCommand"));
    }

    @Test
    void aCatalogExtensionTheEngineCannotReadIsOneError() {
        JavacRun.Result result = new JavacRun().source(SESSION).source(OUT_OF_MEMORY_ONLY)
                .options("-Asmtplint.catalogExtension=" + classes.resolve("missing.tsv"))
                .compileWith(new SmtpLintProcessor());

        assertThat(result.success()).isFalse();
        assertThat(result.findings()).isEmpty();
        assertThat(result.messages()).singleElement().asString().startsWith("smtp-lint: ").contains("missing.tsv");
    }

    @Test
    void aCatalogExtensionRegistersVendorCodes() throws Exception {
        Path extension = Files.writeString(classes.resolve("vendor.tsv"), "reply\t431\tAcme: out of memory\tAcme manual\n");
        JavacRun.Result result = new JavacRun().source(OUT_OF_MEMORY_ONLY)
                .options("-Asmtplint.catalogExtension=" + extension).compileWith(new SmtpLintProcessor());

        assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    void aFileWithTwoTopLevelTypesIsReportedOnce() {
        JavacRun.Result result = new JavacRun().source(OUT_OF_MEMORY_ONLY + "\nclass Helper {\n}\n")
                .compileWith(new SmtpLintProcessor());

        assertThat(result.findings()).containsExactly("MANDATORY_WARNING 9:41 UnknownReplyCode");
    }

    @Test
    void tabsCountAsJavacCountsThemAndTheLineStaysRight() {
        JavacRun.Result result = new JavacRun().source(OUT_OF_MEMORY_ONLY.replace("        return", "\t\treturn"))
                .compileWith(new SmtpLintProcessor());

        // javac shows columns with tabs expanded to 8: two tabs and "return client.getReplyCode() == " is 16 + 32.
        assertThat(result.findings()).containsExactly("MANDATORY_WARNING 9:49 UnknownReplyCode");
    }
}
