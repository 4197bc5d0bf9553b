package io.github.smtplint.rules;

import io.github.smtplint.annotations.Outcome;
import io.github.smtplint.engine.Severity;
import io.github.smtplint.sites.Site;
import java.util.Optional;

/** A negative completion (4yz or 5yz) that leads to a success path: {@code if (reply == 550) markDelivered()}. */
@RuleInfo(
        id = "FailureTreatedAsSuccess",
        severity = Severity.ERROR,
        summary = "A 4xx or 5xx reply that guards a success path",
        reference = "RFC 5321 §4.2.1",
        explanation = "4yz and 5yz replies say the command was not accepted and the action did not occur"
                + " (RFC 5321 §4.2.1). Code that marks the message delivered or returns success on them loses the"
                + " message silently.")
final class FailureTreatedAsSuccess implements Rule {

    @Override
    public void check(Site site, RuleContext context) {
        for (Treatments.Treated treated : Treatments.of(site, context)) {
            if (treated.judgement().outcome() != Outcome.SUCCESS) {
                continue;
            }
            for (int replyClass : new int[] {4, 5}) {
                if (treated.covers(replyClass)) {
                    context.report(site.position(), Severity.ERROR, Treatments.classStatement(treated, replyClass,
                            context) + ": the action did not occur, but " + Treatments.branch(treated) + " "
                            + treated.judgement().because() + ": treat " + replyClass
                            + "yz replies as failure (RFC 5321 §4.2.1).", Optional.empty());
                    break;
                }
            }
        }
    }
}
