package io.github.smtplint.rules;

import io.github.smtplint.catalog.EnhancedLookup;
import io.github.smtplint.engine.Severity;
import io.github.smtplint.sites.Site;
import java.util.Optional;

/** An enhanced status code with a bad class or subject, or a detail the IANA registry does not list. */
@RuleInfo(
        id = "UnknownEnhancedStatus",
        severity = Severity.ERROR,
        summary = "An enhanced status code with a bad class or subject, or an unregistered detail (6.1.1, 5.9.1, 5.1.99)",
        reference = "RFC 3463 §2; IANA SMTP Enhanced Status Codes registry",
        explanation = "RFC 3463 §2 allows only the classes 2, 4 and 5; the IANA registry defines subjects 0 to 7 and"
                + " lists every detail. Servers should send only registered codes (RFC 3463 §2), since a client"
                + " cannot interpret anything else. A bad class or subject is an error, an unregistered detail a"
                + " warning.")
final class UnknownEnhancedStatus implements Rule {

    @Override
    public void check(Site site, RuleContext context) {
        if (!site.holdsTheValue()) {
            return;
        }
        for (String code : Sites.enhancedCodes(site)) {
            EnhancedLookup lookup = context.catalog().enhanced(code);
            if (lookup instanceof EnhancedLookup.Malformed malformed) {
                context.report(site.origin(), Severity.ERROR, code + " is not a valid enhanced status code: "
                        + malformed.problem() + ". Use a code of the IANA registry.", Optional.empty());
            } else if (lookup instanceof EnhancedLookup.Unregistered unregistered) {
                context.report(site.origin(), Severity.WARNING, code + " is not registered: "
                        + unregistered.problem() + ". Use a registered code, or X." + unregistered.code().subject()
                        + ".0 for an other or undefined status of that subject.", Optional.empty());
            }
        }
    }
}
