package io.github.smtplint.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smtplint.engine.EngineConfig;
import io.github.smtplint.engine.RuleLevel;
import io.github.smtplint.engine.Severity;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProcessorOptionsTest {
    private static final Set<String> RULE_IDS = Set.of("UnknownReplyCode", "EnhancedBasicMismatch");

    @Test
    void withoutOptionsErrorsFailAndEveryRuleKeepsItsDefault() throws Exception {
        ProcessorOptions options = read(Map.of("mapstruct.defaultComponentModel", "spring"));

        assertThat(options).isEqualTo(new ProcessorOptions(false, Severity.ERROR, true, Map.of(), Optional.empty()));
    }

    @Test
    void readsEveryOption() throws Exception {
        ProcessorOptions options = read(Map.of(
                ProcessorOptions.SKIP, "TRUE",
                ProcessorOptions.FAIL_ON_SEVERITY, "warning",
                ProcessorOptions.FAIL_ON_VIOLATION, "false",
                ProcessorOptions.RULES, " UnknownReplyCode : off ,, EnhancedBasicMismatch:ERROR ",
                ProcessorOptions.CATALOG_EXTENSION, "vendor.tsv"));

        assertThat(options).isEqualTo(new ProcessorOptions(true, Severity.WARNING, false,
                Map.of("UnknownReplyCode", RuleLevel.OFF, "EnhancedBasicMismatch", RuleLevel.ERROR),
                Optional.of(Path.of("vendor.tsv"))));
        EngineConfig config = options.applyTo(EngineConfig.defaults());
        assertThat(config.ruleLevels()).isEqualTo(options.ruleLevels());
        assertThat(config.catalogExtension()).contains(Path.of("vendor.tsv"));
    }

    @Test
    void aFlagWithoutAValueIsOn() throws Exception {
        Map<String, String> options = new HashMap<>();
        options.put(ProcessorOptions.SKIP, null);

        assertThat(read(options).skip()).isTrue();
    }

    @Test
    void nearMissesOfOurKeysAreErrorsAndEveryProblemIsListed() {
        assertThatThrownBy(() -> read(Map.of(
                "smtp_lint.skip", "true",
                "smtpLint.rules", "UnknownReplyCode:OFF",
                ProcessorOptions.FAIL_ON_VIOLATION, "yes",
                ProcessorOptions.RULES, "UnknownReplyCode,EnhancedBasicMismatch:LOUD",
                ProcessorOptions.CATALOG_EXTENSION, " ")))
                .isInstanceOfSatisfying(InvalidOptionsException.class, e -> assertThat(e.problems())
                        .containsExactlyInAnyOrder(
                                "unknown option -Asmtp_lint.skip; the options are -Asmtplint.catalogExtension,"
                                        + " -Asmtplint.failOnSeverity, -Asmtplint.failOnViolation, -Asmtplint.rules,"
                                        + " -Asmtplint.skip",
                                "unknown option -AsmtpLint.rules; the options are -Asmtplint.catalogExtension,"
                                        + " -Asmtplint.failOnSeverity, -Asmtplint.failOnViolation, -Asmtplint.rules,"
                                        + " -Asmtplint.skip",
                                "-Asmtplint.failOnViolation is 'yes'; use true or false",
                                "-Asmtplint.rules has 'UnknownReplyCode'; write RuleId:LEVEL with LEVEL one of OFF,"
                                        + " INFO, WARNING or ERROR, e.g. -Asmtplint.rules=EnhancedBasicMismatch:OFF",
                                "-Asmtplint.rules has 'EnhancedBasicMismatch:LOUD'; write RuleId:LEVEL with LEVEL one"
                                        + " of OFF, INFO, WARNING or ERROR, e.g. -Asmtplint.rules=EnhancedBasicMismatch:OFF",
                                "-Asmtplint.catalogExtension needs a file: -Asmtplint.catalogExtension=vendor-codes.tsv"));
    }

    @Test
    void severitiesBecomeMessageKinds() {
        FindingDiagnostics byDefault = new FindingDiagnostics(Severity.ERROR, true);
        FindingDiagnostics strict = new FindingDiagnostics(Severity.INFO, true);
        FindingDiagnostics lenient = new FindingDiagnostics(Severity.ERROR, false);

        assertThat(Severity.values()).extracting(byDefault::kindOf).extracting(Enum::name)
                .containsExactly("ERROR", "MANDATORY_WARNING", "NOTE");
        assertThat(Severity.values()).extracting(strict::kindOf).extracting(Enum::name)
                .containsExactly("ERROR", "ERROR", "ERROR");
        assertThat(Severity.values()).extracting(lenient::kindOf).extracting(Enum::name)
                .containsExactly("MANDATORY_WARNING", "MANDATORY_WARNING", "NOTE");
    }

    private static ProcessorOptions read(Map<String, String> options) throws InvalidOptionsException {
        return ProcessorOptions.read(options, RULE_IDS);
    }
}
