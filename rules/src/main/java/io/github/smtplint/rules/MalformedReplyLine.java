package io.github.smtplint.rules;

import io.github.smtplint.catalog.ReplyLine;
import io.github.smtplint.catalog.ReplyLineParse;
import io.github.smtplint.engine.Severity;
import io.github.smtplint.sites.CodeShape;
import io.github.smtplint.sites.Site;
import java.util.List;
import java.util.Optional;

/** Reply text that is not {@code code SP text} / {@code code-text}, mixes codes, or ends lines with a bare LF. */
@RuleInfo(
        id = "MalformedReplyLine",
        severity = Severity.WARNING,
        summary = "Reply text not code SP text / code-text, mixed codes in a multi-line reply, bare LF on the wire",
        reference = "RFC 5321 §4.2, §4.2.1, §2.3.8; RFC 2034 §4",
        explanation = "A reply line is a three-digit code, then a space (last line) or a hyphen (more lines follow),"
                + " then text, then CRLF (RFC 5321 §4.2). Every line of a multi-line reply carries the same code"
                + " (§4.2.1) and the same enhanced code (RFC 2034 §4). Clients that follow the RFC misread anything"
                + " else.")
final class MalformedReplyLine implements Rule {

    @Override
    public void check(Site site, RuleContext context) {
        if (!site.holdsTheValue() || !(site.shape() instanceof CodeShape.ReplyText text)) {
            return;
        }
        List<ReplyLineParse> lines = text.lines();
        for (ReplyLineParse parse : lines) {
            if (parse instanceof ReplyLineParse.Problem problem) {
                report(site, context, "'" + firstLine(problem.input()) + "' is not a reply line: " + problem.message()
                        + ". Write the code, a space or a hyphen, then the text.",
                        lines.size() == 1 ? fixOf(problem) : Optional.empty());
                return;
            }
        }
        List<ReplyLine> parsed = Sites.replyLines(site).toList();
        if (parsed.stream().map(ReplyLine::code).distinct().count() > 1) {
            report(site, context, "a multi-line reply mixes the codes "
                    + parsed.stream().map(l -> String.valueOf(l.code())).distinct().toList()
                    + "; RFC 5321 §4.2.1 requires the same code on every line.", Optional.empty());
        } else if (parsed.stream().map(ReplyLine::enhancedCode).distinct().count() > 1) {
            report(site, context, "a multi-line reply mixes enhanced codes; RFC 2034 §4 requires the same status"
                    + " code at the start of every line.", Optional.empty());
        }
        for (int i = 0; i < parsed.size() - 1; i++) {
            if (!parsed.get(i).continuation()) {
                report(site, context, "the reply goes on after line " + (i + 1) + ", which has no hyphen after its"
                        + " code and so ends the reply (RFC 5321 §4.2.1): use '" + parsed.get(i).code()
                        + "-' on every line but the last.", Optional.empty());
                break;
            }
        }
        if (parsed.stream().anyMatch(l -> l.ending() == ReplyLine.LineEnding.BARE_LF)) {
            report(site, context, "the reply ends a line with a bare LF; SMTP lines end with CRLF"
                    + " (RFC 5321 §2.3.8): write \\r\\n.", Optional.empty());
        }
    }

    private static void report(Site site, RuleContext context, String message, Optional<String> fix) {
        context.report(site.origin(), Severity.WARNING, message, fix);
    }

    /** The whole literal with a space after the code, when only the separator is wrong: "250OK\r\n" → "250 OK\r\n". */
    private static Optional<String> fixOf(ReplyLineParse.Problem problem) {
        String input = problem.input();
        if (problem.column() != 3 || input.length() <= 3) {
            return Optional.empty();
        }
        String rest = input.substring(input.charAt(3) == ':' ? 4 : 3);
        return Optional.of(input.substring(0, 3) + " " + rest.stripLeading());
    }

    private static String firstLine(String text) {
        return text.replace("\r", "").replace("\n", "");
    }
}
