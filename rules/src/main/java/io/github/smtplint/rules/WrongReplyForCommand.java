package io.github.smtplint.rules;

import io.github.smtplint.catalog.CommandReplies;
import io.github.smtplint.catalog.ReplyKind;
import io.github.smtplint.catalog.ReplyLookup;
import io.github.smtplint.catalog.SmtpCommand;
import io.github.smtplint.engine.Severity;
import io.github.smtplint.facts.CommandContext;
import io.github.smtplint.sites.CodeShape;
import io.github.smtplint.sites.Site;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** A reply a server sends, or a client expects, that the RFCs do not list for that command. */
@RuleInfo(
        id = "WrongReplyForCommand",
        severity = Severity.WARNING,
        summary = "A reply a server sends, or a client expects, that RFC 5321 §4.3.2 and the extension RFCs do not"
                + " allow for that command",
        reference = "RFC 5321 §4.3.2; RFC 4954 §6; RFC 3207 §4; RFC 3030 §2",
        explanation = "RFC 5321 §4.3.2 lists the replies each command may receive and says they SHOULD be strictly"
                + " adhered to; AUTH (RFC 4954), STARTTLS (RFC 3207) and BDAT (RFC 3030) add their own. QUIT is"
                + " answered with 221, a failed AUTH with 535, not 554. A server that answers otherwise confuses"
                + " clients; a client that waits for another reply never sees it.")
final class WrongReplyForCommand implements Rule {
    private static final Set<String> CLIENT_TESTS = Set.of("==", "!=", "equals", "equalsIgnoreCase", "startsWith", "case");

    @Override
    public void check(Site site, RuleContext context) {
        Optional<CommandContext> found = site.use().command();
        if (found.isEmpty()) {
            return;
        }
        CommandContext command = found.get();
        List<Integer> codes;
        if (command.side() == CommandContext.Side.SERVER) {
            codes = Sites.basicCodes(site);
        } else if (site.use().operator().map(CLIENT_TESTS::contains).orElse(false)
                || site.use().receiver().filter("issueCommand"::equals).isPresent()) {
            // A client that prepares for an error the RFC does not list is careful (RFC 5321 §4.3.2 asks it to
            // be); one that waits for a success or intermediate reply the command never gets is wrong.
            codes = site.shape() instanceof CodeShape.BasicCode basic && basic.code() < 400
                    ? List.of(basic.code()) : List.of();
        } else {
            return;
        }
        boolean server = command.side() == CommandContext.Side.SERVER;
        Set<Integer> allowed = allowed(command.command(), server, context);
        for (int code : codes) {
            if (context.catalog().reply(code) instanceof ReplyLookup.Registered && !allowed.contains(code)) {
                String who = command.command().label() + " (" + command.reason() + ")"
                        + (server ? " is answered with " : " is expected to be answered with ");
                context.report(site.position(), Severity.WARNING, who + Describe.reply(context.catalog(), code)
                        + ", which RFC 5321 §4.3.2 and its extensions do not list for it; its replies are "
                        + listed(command.command(), context)
                        + (server && command.command() == SmtpCommand.DATA ? ", and after the data those of the end"
                                + " of DATA" : "") + ".", Optional.empty());
            }
        }
    }

    /**
     * The replies a command may receive: its own and those of any command; a server's DATA handler also
     * answers the end of the data.
     */
    private static Set<Integer> allowed(SmtpCommand command, boolean server, RuleContext context) {
        Set<Integer> codes = new TreeSet<>(context.catalog().anyCommandReplies());
        context.catalog().repliesTo(command).ifPresent(replies -> replies.replies().values().forEach(codes::addAll));
        if (server && command == SmtpCommand.DATA) {
            context.catalog().repliesTo(SmtpCommand.DATA_END)
                    .ifPresent(replies -> replies.replies().values().forEach(codes::addAll));
        }
        return codes;
    }

    /** "221 (success)" or "250, 251 (success); 550, ... (error)". */
    private static String listed(SmtpCommand command, RuleContext context) {
        Optional<CommandReplies> replies = context.catalog().repliesTo(command);
        if (replies.isEmpty()) {
            return "not listed";
        }
        return Arrays.stream(ReplyKind.values())
                .filter(kind -> !replies.get().codes(kind).isEmpty())
                .map(kind -> new TreeSet<>(replies.get().codes(kind)).stream().map(String::valueOf)
                        .collect(Collectors.joining(", ")) + " (" + kind.label() + ")")
                .collect(Collectors.joining("; "));
    }
}
