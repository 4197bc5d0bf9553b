package io.github.smtplint.rules;

import io.github.smtplint.catalog.Deprecation;
import io.github.smtplint.catalog.EnhancedLookup;
import io.github.smtplint.engine.Severity;
import io.github.smtplint.sites.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** A use of a code that the RFCs deprecate: 552 for too many recipients, 538, X.6.10, ... */
@RuleInfo(
        id = "ObsoleteReplyCode",
        severity = Severity.INFO,
        summary = "Usage RFC 5321 and its extensions deprecate (552 for too many recipients → 452, 538, X.6.10)",
        reference = "RFC 5321 §4.5.3.1.10; RFC 4954 §6; RFC 7504 §4; IANA SMTP Enhanced Status Codes registry",
        explanation = "Some codes were listed for a purpose that a later RFC corrected: RFC 821's 552 for too many"
                + " recipients is 452 in RFC 5321 (§4.5.3.1.10), 538 is kept for history only (RFC 4954 §6), X.6.10"
                + " duplicates X.6.8. Peers that follow the current RFCs may misread the old use.")
final class ObsoleteReplyCode implements Rule {
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

    @Override
    public void check(Site site, RuleContext context) {
        if (!site.holdsTheValue()) {
            return;
        }
        String words = wordsOf(site);
        List<String> keys = new ArrayList<>();
        Sites.basicCodes(site).forEach(code -> keys.add(String.valueOf(code)));
        for (String enhanced : Sites.enhancedCodes(site)) {
            if (context.catalog().enhanced(enhanced) instanceof EnhancedLookup.Registered registered) {
                keys.add(registered.entry().registryKey());
            }
        }
        for (String key : keys) {
            for (Deprecation deprecation : context.catalog().deprecationsOf(key)) {
                if (applies(deprecation, words)) {
                    context.report(site.origin(), Severity.INFO, key + describe(deprecation) + " is deprecated: "
                            + deprecation.why() + " (" + String.join(", ", deprecation.references()) + "). Use "
                            + deprecation.useInstead() + " instead.", Optional.empty());
                }
            }
        }
    }

    private static String describe(Deprecation deprecation) {
        return switch (deprecation.when().kind()) {
            case ALWAYS -> "";
            case TEXT -> " for \"" + deprecation.when().argument() + "\"";
            case COMMAND -> " in reply to " + deprecation.when().argument();
        };
    }

    private static boolean applies(Deprecation deprecation, String words) {
        return switch (deprecation.when().kind()) {
            case ALWAYS -> true;
            case TEXT -> (" " + words + " ").contains(" " + deprecation.when().argument().toLowerCase(Locale.ROOT) + " ");
            case COMMAND -> false;
        };
    }

    /** The words of the site's name and texts, lower case, separated by single spaces. */
    static String wordsOf(Site site) {
        StringBuilder text = new StringBuilder();
        site.name().ifPresent(name -> text.append(Sites.camelCaseApart(name)).append(' '));
        site.use().companionText().ifPresent(t -> text.append(t).append(' '));
        Sites.replyLines(site).forEach(line -> text.append(line.text()).append(' '));
        return NOT_WORD.matcher(text.toString().toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }
}
