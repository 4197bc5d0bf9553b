package io.github.smtplint.rules;

import io.github.smtplint.catalog.EnhancedCode;
import io.github.smtplint.catalog.EnhancedLookup;
import io.github.smtplint.catalog.ReplyClasses;
import io.github.smtplint.catalog.ReplyLookup;
import io.github.smtplint.engine.Severity;
import io.github.smtplint.sites.Site;
import java.util.Optional;

/** A reply whose enhanced status code is of another class than its basic code: {@code 550 4.1.1}. */
@RuleInfo(
        id = "EnhancedClassMismatch",
        severity = Severity.ERROR,
        summary = "An enhanced code whose class disagrees with the basic code's class (550 4.1.1, 250 5.0.0)",
        reference = "RFC 2034 §4; RFC 3463 §2",
        explanation = "RFC 2034 §4: every enhanced status code must agree with the primary reply code — a 2xx"
                + " reply carries a 2.X.X code, a 4xx a 4.X.X, a 5xx a 5.X.X. When they disagree a client cannot"
                + " know whether to retry, bounce or carry on.")
final class EnhancedClassMismatch implements Rule {

    @Override
    public void check(Site site, RuleContext context) {
        for (Sites.Pair pair : Sites.pairs(site)) {
            Optional<EnhancedCode> enhanced = wellFormed(context, pair.enhancedCode());
            if (enhanced.isEmpty() || !(context.catalog().reply(pair.basicCode()) instanceof ReplyLookup.Registered
                    || context.catalog().reply(pair.basicCode()) instanceof ReplyLookup.Unregistered)) {
                continue;
            }
            int basicClass = pair.basicCode() / 100;
            if (basicClass == enhanced.get().classDigit()) {
                continue;
            }
            String said = pair.basicCode() + " " + pair.enhancedCode() + ": ";
            if (basicClass == 3) {
                context.report(pair.at(), Severity.ERROR, said + "RFC 2034 §4 puts enhanced status codes on 2xx, 4xx"
                        + " and 5xx replies only, not on 3yz intermediate replies: drop " + pair.enhancedCode() + ".",
                        Optional.of(String.valueOf(pair.basicCode())));
                continue;
            }
            String fixed = basicClass + "." + enhanced.get().subject() + "." + enhanced.get().detail();
            String enhancedClass = ReplyClasses.rfcName(enhanced.get().replyClass().orElseThrow());
            context.report(pair.at(), Severity.ERROR, said + "the enhanced class " + enhanced.get().classDigit()
                    + " (" + enhancedClass + ") disagrees with the reply's class " + basicClass + " ("
                    + ReplyClasses.rfcName(ReplyClasses.ofFirstDigit(basicClass).orElseThrow())
                    + "); RFC 2034 §4 requires them to agree. Send " + pair.basicCode() + " " + fixed
                    + ", or change the basic code if the failure is " + enhancedClass + ".",
                    Optional.of(pair.basicCode() + " " + fixed));
        }
    }

    static Optional<EnhancedCode> wellFormed(RuleContext context, String code) {
        EnhancedLookup lookup = context.catalog().enhanced(code);
        if (lookup instanceof EnhancedLookup.Registered registered) {
            return Optional.of(registered.code());
        }
        if (lookup instanceof EnhancedLookup.Unregistered unregistered) {
            return Optional.of(unregistered.code());
        }
        return Optional.empty();
    }
}
