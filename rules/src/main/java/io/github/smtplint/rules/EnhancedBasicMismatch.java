package io.github.smtplint.rules;

import io.github.smtplint.catalog.AssociatedBasicCodes.Association;
import io.github.smtplint.catalog.EnhancedCode;
import io.github.smtplint.catalog.EnhancedLookup;
import io.github.smtplint.catalog.PairCheck;
import io.github.smtplint.catalog.ReplyLookup;
import io.github.smtplint.engine.Severity;
import io.github.smtplint.sites.Site;
import java.util.Optional;

/** An enhanced code sent with a basic code the IANA registry does not list for it. */
@RuleInfo(
        id = "EnhancedBasicMismatch",
        severity = Severity.INFO,
        summary = "An enhanced code registered with other basic codes than the one used",
        reference = "IANA SMTP Enhanced Status Codes registry; RFC 5248",
        explanation = "The registry lists, for each enhanced code, the basic codes it is associated with. The lists"
                + " are informative and incomplete (554 5.7.1 is everyday Postfix), so this is only a hint: check"
                + " that the enhanced code says what the reply means.")
final class EnhancedBasicMismatch implements Rule {

    @Override
    public void check(Site site, RuleContext context) {
        for (Sites.Pair pair : Sites.pairs(site)) {
            if (!(context.catalog().enhanced(pair.enhancedCode()) instanceof EnhancedLookup.Registered registered)
                    || !(context.catalog().reply(pair.basicCode()) instanceof ReplyLookup.Registered)) {
                continue;
            }
            EnhancedCode enhanced = registered.code();
            PairCheck check = context.catalog().checkPair(pair.basicCode(), enhanced);
            if (!check.classesAgree() || check.association() != Association.NOT_LISTED) {
                continue;
            }
            context.report(pair.at(), Severity.INFO, pair.basicCode() + " " + pair.enhancedCode() + ": the IANA"
                    + " registry lists " + enhanced.registryKey() + " (" + registered.entry().text() + ") with "
                    + registered.entry().associatedBasicCodes().asListed() + ", not with " + pair.basicCode()
                    + ". The lists are informative; check that " + pair.enhancedCode() + " says what "
                    + pair.basicCode() + " means here.", Optional.empty());
        }
    }
}
