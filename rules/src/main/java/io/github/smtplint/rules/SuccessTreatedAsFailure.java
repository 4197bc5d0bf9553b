package io.github.smtplint.rules;

import io.github.smtplint.engine.Severity;
import io.github.smtplint.sites.Site;
import java.util.Optional;

/** A positive completion (2yz) that leads to a failure path: {@code if (reply == 221) throw ...}. */
@RuleInfo(
        id = "SuccessTreatedAsFailure",
        severity = Severity.ERROR,
        summary = "A 2xx reply (221 after QUIT, 251, 252) that guards a failure path",
        reference = "RFC 5321 §4.2.1; RFC 5321 §4.3.2",
        explanation = "A 2yz reply means the requested action has been successfully completed (RFC 5321 §4.2.1):"
                + " 221 is the normal reply to QUIT, 251 and 252 accept the recipient. Code that throws, logs an"
                + " error, retries or bounces on them reports failures that did not happen.")
final class SuccessTreatedAsFailure implements Rule {

    @Override
    public void check(Site site, RuleContext context) {
        for (Treatments.Treated treated : Treatments.of(site, context)) {
            if (treated.covers(2) && treated.judgement().isFailure()) {
                context.report(site.position(), Severity.ERROR, Treatments.classStatement(treated, 2, context)
                        + Treatments.successReplyTo(treated, context)
                        + " but " + Treatments.branch(treated) + " " + treated.judgement().because()
                        + ": treat 2yz replies as success (RFC 5321 §4.2.1).", Optional.empty());
            }
        }
    }
}
