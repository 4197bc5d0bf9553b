package io.github.smtplint.rules;

import io.github.smtplint.engine.Severity;
import io.github.smtplint.sites.CodeShape;
import io.github.smtplint.sites.Site;
import java.util.Optional;

/** A range test whose bound cuts a reply class: {@code code > 400}, {@code code <= 500}. */
@RuleInfo(
        id = "ReplyClassRangeError",
        severity = Severity.WARNING,
        summary = "Range tests that cut across class boundaries (code > 400, code <= 500 as \"transient\")",
        reference = "RFC 5321 §4.2.1",
        explanation = "The first digit of a reply code is its class (RFC 5321 §4.2.1): 4yz runs from 400 to 499 and"
                + " 5yz from 500 to 599. A range whose bound is not a multiple of 100 cuts a class in two, so that"
                + " some of its codes are handled like another class: `code <= 500` takes 500, a permanent syntax"
                + " error, for transient.")
final class ReplyClassRangeError implements Rule {

    @Override
    public void check(Site site, RuleContext context) {
        Optional<String> operator = site.use().operator();
        if (operator.isEmpty() || !(site.shape() instanceof CodeShape.BasicCode basic)) {
            return;
        }
        int value = basic.code();
        int boundary;
        String fixed;
        switch (operator.get()) {
            case "<", "<=" -> {
                boundary = operator.get().equals("<") ? value : value + 1;
                fixed = "< " + classStart(boundary);
            }
            case ">", ">=" -> {
                boundary = operator.get().equals(">=") ? value : value + 1;
                fixed = ">= " + classStart(boundary);
            }
            default -> {
                return;
            }
        }
        if (boundary % 100 == 0 || boundary <= 200 || boundary >= 600) {
            return;
        }
        String written = site.use().comparedWith().orElse("code") + " " + operator.get() + " " + value;
        int replyClass = boundary / 100;
        context.report(site.position(), Severity.WARNING, "'" + written + "' puts the boundary at " + boundary
                + ", inside the " + replyClass + "yz class (" + replyClass + "00 to " + replyClass + "99): test the"
                + " first digit, e.g. " + site.use().comparedWith().orElse("code") + " " + fixed
                + " (RFC 5321 §4.2.1).", Optional.empty());
    }

    private static int classStart(int boundary) {
        return boundary / 100 * 100;
    }
}
