package io.github.smtplint.rules;

import io.github.smtplint.annotations.ReplyClass;
import io.github.smtplint.catalog.ReplyClasses;
import io.github.smtplint.engine.Severity;
import io.github.smtplint.facts.Contract;
import io.github.smtplint.sites.CodeShape;
import io.github.smtplint.sites.Site;
import java.util.Optional;
import java.util.stream.Collectors;

/** A value that breaks what {@code @SmtpReply} or {@code @EnhancedStatus} declares about where it goes. */
@RuleInfo(
        id = "AnnotationContractViolation",
        severity = Severity.ERROR,
        summary = "A value that breaks what an smtp-lint annotation declares",
        reference = "RFC 5321 §4.2.1; RFC 3463 §2",
        explanation = "@SmtpReply(PERMANENT_NEGATIVE) on a parameter, field or method says which reply classes it"
                + " holds; a value of another class reaching it is a bug in the caller or in the declaration."
                + " @EnhancedStatus does the same for enhanced codes.")
final class AnnotationContractViolation implements Rule {

    @Override
    public void check(Site site, RuleContext context) {
        Optional<Contract> declared = site.use().contract();
        if (declared.isEmpty() || declared.get().classes().isEmpty()) {
            return;
        }
        Contract contract = declared.get();
        Optional<ReplyClass> actual = classOf(site);
        if (actual.isEmpty() || contract.classes().contains(actual.get())) {
            return;
        }
        String allowed = contract.classes().stream().sorted().map(Enum::name).collect(Collectors.joining(", "));
        context.report(site.position(), Severity.ERROR, valueText(site) + " is " + Describe.replyClass(actual.get())
                + ", but @" + contract.annotation() + " on " + contract.target() + " declares " + allowed
                + ". Use a code of the declared class, or correct the declaration.", Optional.empty());
    }

    private static Optional<ReplyClass> classOf(Site site) {
        if (site.shape() instanceof CodeShape.EnhancedCodeText enhanced) {
            return ReplyClasses.ofFirstDigit(enhanced.code().charAt(0) - '0')
                    .filter(c -> c != ReplyClass.POSITIVE_INTERMEDIATE);
        }
        return Sites.basicCodes(site).stream().findFirst().flatMap(code -> ReplyClasses.ofFirstDigit(code / 100));
    }

    private static String valueText(Site site) {
        if (site.shape() instanceof CodeShape.EnhancedCodeText enhanced) {
            return enhanced.code();
        }
        return Sites.basicCodes(site).stream().findFirst().map(String::valueOf).orElse(site.value().asText());
    }
}
