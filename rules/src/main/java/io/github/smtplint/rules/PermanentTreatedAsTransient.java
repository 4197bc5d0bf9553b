package io.github.smtplint.rules;

import io.github.smtplint.annotations.Outcome;
import io.github.smtplint.engine.Severity;
import io.github.smtplint.sites.Site;
import java.util.Optional;
import java.util.Set;

/** A permanent failure (5yz) that leads to a retry of the same message. */
@RuleInfo(
        id = "PermanentTreatedAsTransient",
        severity = Severity.ERROR,
        summary = "A 5xx reply that leads to retry or requeue unchanged",
        reference = "RFC 5321 §4.2.1; RFC 5321 §4.2.5",
        explanation = "A 5yz reply is a permanent failure: the client SHOULD NOT repeat the exact request"
                + " (RFC 5321 §4.2.1), and after DATA it should not attempt delivery again without intervention"
                + " (§4.2.5). Retrying it wastes the queue, annoys the receiving server and delays the bounce the"
                + " sender needs. 552 is left alone: RFC 5321 §4.5.3.1.10 asks clients to treat 552 for too many"
                + " recipients as transient.")
final class PermanentTreatedAsTransient implements Rule {
    private static final Set<Integer> MAY_BE_RETRIED = Set.of(552);

    @Override
    public void check(Site site, RuleContext context) {
        for (Treatments.Treated treated : Treatments.of(site, context)) {
            if (treated.covers(5) && treated.judgement().outcome() == Outcome.TRANSIENT_FAILURE
                    && !Treatments.hasCode(treated, MAY_BE_RETRIED)) {
                context.report(site.position(), Severity.ERROR, Treatments.classStatement(treated, 5, context)
                        + ", a permanent failure, but " + Treatments.branch(treated) + " "
                        + treated.judgement().because() + ": do not repeat the request unchanged; bounce or"
                        + " report it (RFC 5321 §4.2.1).", Optional.empty());
            }
        }
    }
}
