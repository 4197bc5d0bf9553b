package io.github.smtplint.rules;

import io.github.smtplint.catalog.ReplyClasses;
import io.github.smtplint.catalog.ReplyCode;
import io.github.smtplint.catalog.ReplyKind;
import io.github.smtplint.catalog.ReplyLookup;
import io.github.smtplint.catalog.SmtpCommand;
import io.github.smtplint.outcome.Judgement;
import io.github.smtplint.sites.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** How the code treats the replies a test lets through: the sides of the test whose outcome is clear. */
final class Treatments {
    private Treatments() {
    }

    /** A side of a test, and what its code does. */
    record Treated(TestedSide side, Judgement judgement) {
        boolean covers(int replyClass) {
            return side.classes().contains(replyClass);
        }
    }

    static List<Treated> of(Site site, RuleContext context) {
        List<Treated> treated = new ArrayList<>();
        for (TestedSide side : TestedSide.of(site)) {
            context.outcomes().judge(side.branch()).ifPresent(judgement -> treated.add(new Treated(side, judgement)));
        }
        return treated;
    }

    /** "221 (service closing transmission channel, RFC 5321 §4.2.3)" or "4yz replies". */
    static String replies(Treated treated, int replyClass, RuleContext context) {
        if (treated.side().code().isPresent()) {
            return Describe.reply(context.catalog(), treated.side().code().get());
        }
        return replyClass + "yz replies";
    }

    /** "221 (service closing ...) is a positive completion reply" or "2yz replies are positive completion replies". */
    static String classStatement(Treated treated, int replyClass, RuleContext context) {
        String name = ReplyClasses.rfcName(ReplyClasses.ofFirstDigit(replyClass).orElseThrow());
        return treated.side().code().isPresent()
                ? replies(treated, replyClass, context) + " is a " + name + " reply"
                : replies(treated, replyClass, context) + " are " + name + " replies";
    }

    /** " — the success reply to QUIT" when the catalog says which commands the code completes. */
    static String successReplyTo(Treated treated, RuleContext context) {
        if (treated.side().code().isEmpty()
                || !(context.catalog().reply(treated.side().code().get()) instanceof ReplyLookup.Registered registered)) {
            return "";
        }
        ReplyCode reply = registered.entry();
        String commands = reply.repliesTo().entrySet().stream()
                .filter(e -> e.getValue().contains(ReplyKind.SUCCESS))
                .map(Map.Entry::getKey)
                .sorted()
                .map(SmtpCommand::label)
                .collect(Collectors.joining(", "));
        return commands.isEmpty() ? "" : ", the success reply to " + commands + ",";
    }

    /** The branch, for messages: "the branch of 'reply == 221' that runs for it". */
    static String branch(Treated treated) {
        return "the code that '" + treated.side().test() + "' runs for it";
    }

    static boolean hasCode(Treated treated, Set<Integer> codes) {
        return treated.side().code().map(codes::contains).orElse(false);
    }
}
