package io.github.smtplint.rules;

import io.github.smtplint.annotations.ReplyClass;
import io.github.smtplint.catalog.ReplyClasses;
import io.github.smtplint.catalog.ReplyCode;
import io.github.smtplint.catalog.ReplyLookup;
import io.github.smtplint.catalog.ReplySource;
import io.github.smtplint.engine.Severity;
import io.github.smtplint.engine.SourcePosition;
import io.github.smtplint.sites.Site;
import java.util.Optional;
import java.util.stream.Collectors;

/** A reply code that is malformed, or well-formed but defined by no RFC. */
@RuleInfo(
        id = "UnknownReplyCode",
        severity = Severity.ERROR,
        summary = "A value used as a reply code that is malformed (not [2-5][0-5][0-9]) or not registered",
        reference = "RFC 5321 §4.2",
        explanation = "RFC 5321 §4.2 defines a reply code as three digits: a class 2 to 5 and a category 0 to 5."
                + " A value outside that grammar is no SMTP reply; a well-formed code no RFC defines is read by"
                + " clients by its first digit only, so whatever else it was meant to say is lost."
                + " Malformed codes are errors, unregistered ones warnings.")
final class UnknownReplyCode implements Rule {

    @Override
    public void check(Site site, RuleContext context) {
        if (site.holdsTheValue()) {
            Sites.basicCodes(site).forEach(code -> judge(code, site.origin(), context));
        }
    }

    private static void judge(int code, SourcePosition at, RuleContext context) {
        ReplyLookup lookup = context.catalog().reply(code);
        if (lookup instanceof ReplyLookup.Malformed malformed) {
            context.report(at, Severity.ERROR, code + " is not an SMTP reply code: " + malformed.problem()
                    + ". Use a code RFC 5321 §4.2.3 or an extension defines.", Optional.empty());
        } else if (lookup instanceof ReplyLookup.Unregistered unregistered) {
            ReplyClass replyClass = unregistered.replyClass();
            context.report(at, Severity.WARNING, code + " is not registered: no RFC defines it, so clients read it"
                    + " only as " + Describe.replyClass(replyClass) + " (RFC 5321 §4.2.1). Use a registered "
                    + ReplyClasses.pattern(replyClass) + " code such as " + standardCodes(context, replyClass)
                    + ", or declare the vendor code in a catalog extension.", Optional.empty());
        }
    }

    private static String standardCodes(RuleContext context, ReplyClass replyClass) {
        return context.catalog().replyCodes().stream()
                .filter(r -> r.replyClass() == replyClass && r.source() == ReplySource.STANDARD)
                .map(ReplyCode::code)
                .map(String::valueOf)
                .limit(4)
                .collect(Collectors.joining(", "));
    }
}
