package io.github.smtplint.rules;

import io.github.smtplint.annotations.Outcome;
import io.github.smtplint.engine.Severity;
import io.github.smtplint.sites.Site;
import java.util.Optional;

/** A transient failure (4yz) that leads to a bounce, a rejection or a drop. */
@RuleInfo(
        id = "TransientTreatedAsPermanent",
        severity = Severity.ERROR,
        summary = "A 4xx reply that leads to bounce, drop or no retry",
        reference = "RFC 5321 §4.2.1; RFC 5321 §4.5.4.1",
        explanation = "A 4yz reply is a transient failure: the error condition is temporary and the SMTP client"
                + " SHOULD try again (RFC 5321 §4.2.1). Bouncing or dropping the message on greylisting, a full"
                + " queue or a busy mailbox loses mail that would have been delivered on the next attempt.")
final class TransientTreatedAsPermanent implements Rule {

    @Override
    public void check(Site site, RuleContext context) {
        for (Treatments.Treated treated : Treatments.of(site, context)) {
            if (treated.covers(4) && treated.judgement().outcome() == Outcome.PERMANENT_FAILURE) {
                context.report(site.position(), Severity.ERROR, Treatments.classStatement(treated, 4, context)
                        + ", a temporary failure, but " + Treatments.branch(treated) + " "
                        + treated.judgement().because() + ": keep the message and try again later"
                        + " (RFC 5321 §4.2.1).", Optional.empty());
            }
        }
    }
}
