package io.github.smtplint.rules;

import io.github.smtplint.catalog.SmtpCommand;
import io.github.smtplint.engine.Severity;
import io.github.smtplint.facts.Branch;
import io.github.smtplint.facts.CommandContext;
import io.github.smtplint.facts.Guard;
import io.github.smtplint.outcome.Judgement;
import io.github.smtplint.sites.CodeShape;
import io.github.smtplint.sites.Site;
import java.util.Optional;
import java.util.Set;

/** {@code reply != 250} as the only success test after RCPT or VRFY, where 251 and 252 succeed too. */
@RuleInfo(
        id = "IncompleteSuccessCheck",
        severity = Severity.WARNING,
        summary = "code != 250 as the only success test where 251/252 are also success (RCPT, VRFY)",
        reference = "RFC 5321 §4.3.2; RFC 5321 §3.4; RFC 5321 §3.5.3",
        explanation = "RCPT succeeds with 250 or 251 (user not local, will forward), VRFY with 250, 251 or 252"
                + " (cannot verify, but will accept) — RFC 5321 §4.3.2. Code that takes anything but 250 for a"
                + " failure drops recipients the server accepted. Test the first digit instead: a 2yz reply is"
                + " success.")
final class IncompleteSuccessCheck implements Rule {
    private static final Set<SmtpCommand> SEVERAL_SUCCESSES = Set.of(SmtpCommand.RCPT, SmtpCommand.VRFY);

    @Override
    public void check(Site site, RuleContext context) {
        Optional<CommandContext> command = site.use().command()
                .filter(c -> c.side() == CommandContext.Side.CLIENT && SEVERAL_SUCCESSES.contains(c.command()));
        Optional<Guard> guard = site.use().guard();
        if (command.isEmpty() || guard.isEmpty() || !(site.shape() instanceof CodeShape.BasicCode basic)
                || basic.code() != 250) {
            return;
        }
        Optional<Branch> otherCodes = switch (site.use().operator().orElse("")) {
            case "!=" -> guard.get().whenHolds();
            case "==", "equals" -> guard.get().whenFails();
            default -> Optional.empty();
        };
        Optional<Judgement> judged = otherCodes.filter(Branch::definite).flatMap(context.outcomes()::judge);
        if (judged.isEmpty() || !judged.get().isFailure()) {
            return;
        }
        String also = command.get().command() == SmtpCommand.RCPT ? "251 is" : "251 and 252 are";
        context.report(site.position(), Severity.WARNING, "after " + command.get().command().label() + " ("
                + command.get().reason() + "), '" + guard.get().test() + "' lets every reply but 250 reach code that "
                + judged.get().because() + ", but " + also + " success too (RFC 5321 §4.3.2): treat any 2yz"
                + " reply as success.", Optional.empty());
    }
}
