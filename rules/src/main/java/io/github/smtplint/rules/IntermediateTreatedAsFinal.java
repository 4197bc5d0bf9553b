package io.github.smtplint.rules;

import io.github.smtplint.annotations.Outcome;
import io.github.smtplint.engine.Severity;
import io.github.smtplint.sites.Site;
import java.util.Optional;

/** A positive intermediate reply (354, 334) treated as the end of the command: success or failure. */
@RuleInfo(
        id = "IntermediateTreatedAsFinal",
        severity = Severity.WARNING,
        summary = "A 3xx reply (354, 334) treated as completion or failure",
        reference = "RFC 5321 §4.2.1; RFC 4954 §4",
        explanation = "A 3yz reply means the command was accepted but the action waits for more (RFC 5321"
                + " §4.2.1): 354 asks for the message data, 334 for the next step of an AUTH exchange. The command"
                + " has neither succeeded nor failed yet; the client must continue the dialogue.")
final class IntermediateTreatedAsFinal implements Rule {

    @Override
    public void check(Site site, RuleContext context) {
        for (Treatments.Treated treated : Treatments.of(site, context)) {
            Outcome outcome = treated.judgement().outcome();
            boolean finalOutcome = outcome == Outcome.SUCCESS || treated.judgement().isFailure();
            if (treated.side().code().isPresent() && treated.covers(3) && finalOutcome) {
                context.report(site.position(), Severity.WARNING, Treatments.classStatement(treated, 3, context)
                        + ", but " + Treatments.branch(treated) + " "
                        + treated.judgement().because() + " as if the command had "
                        + (outcome == Outcome.SUCCESS ? "completed" : "failed")
                        + ": send what the server asks for and read the next reply (RFC 5321 §4.2.1).",
                        Optional.empty());
            }
        }
    }
}
