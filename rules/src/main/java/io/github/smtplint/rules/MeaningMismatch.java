package io.github.smtplint.rules;

import io.github.smtplint.catalog.ReplyLine;
import io.github.smtplint.catalog.ReplyLookup;
import io.github.smtplint.engine.Severity;
import io.github.smtplint.engine.SourcePosition;
import io.github.smtplint.sites.Site;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** A name or reply text that says something the code does not mean: {@code SERVICE_READY = 221}. */
@RuleInfo(
        id = "MeaningMismatch",
        severity = Severity.WARNING,
        summary = "A name or text that contradicts the code's meaning (SERVICE_READY = 221, \"554 Authentication failed\")",
        reference = "RFC 5321 §4.2.2, §4.2.3; RFC 4954 §6",
        explanation = "Names and reply texts are read by people; the code is read by programs (RFC 5321 §4.2). When"
                + " they disagree, one of them is wrong: SERVICE_READY is 220, 221 closes the channel; a failed"
                + " AUTH is 535, not 554. smtp-lint speaks only on a clear contradiction.")
final class MeaningMismatch implements Rule {

    @Override
    public void check(Site site, RuleContext context) {
        if (!site.holdsTheValue()) {
            return;
        }
        List<Integer> codes = Sites.basicCodes(site);
        if (codes.size() != 1 || context.catalog().reply(codes.get(0)) instanceof ReplyLookup.Malformed) {
            return;
        }
        int code = codes.get(0);
        // A name speaks where it is declared; a text where it is written, which may be another constant's line.
        boolean reported = site.name()
                .map(name -> judge(code, name, words(Sites.camelCaseApart(name)), site.position(),
                        context))
                .orElse(false);
        String text = Sites.replyLines(site).map(ReplyLine::text).collect(Collectors.joining(" "));
        if (text.isBlank()) {
            text = site.use().companionText().orElse("");
        }
        if (!reported && !text.isBlank()) {
            judge(code, "\"" + text + "\"", words(text), site.origin(), context);
        }
    }

    /** Reports a contradiction between what was said and the code; true if it did. */
    private static boolean judge(int code, String said, List<String> words, SourcePosition at, RuleContext context) {
        List<MeaningWords.Phrase> phrases = MeaningWords.find(words);
        List<MeaningWords.Phrase> specific = phrases.stream().filter(MeaningWords.Phrase::specific).toList();
        List<MeaningWords.Phrase> deciding = specific.isEmpty() ? classPhrases(phrases) : specific;
        if (deciding.isEmpty() || deciding.stream().anyMatch(p -> p.fits(code))) {
            return false;
        }
        String phrase = String.join(" ", deciding.get(0).words());
        String fitting = deciding.get(0).specific()
                ? deciding.get(0).codes().stream().sorted().map(String::valueOf).collect(Collectors.joining(" or "))
                : deciding.get(0).classes().stream().sorted().map(c -> c + "yz").collect(Collectors.joining(" or "));
        context.report(at, Severity.WARNING, said + " says \"" + phrase + "\", but "
                + Describe.reply(context.catalog(), code) + " means something else; \"" + phrase + "\" is "
                + fitting + ". Fix the code or the " + (said.startsWith("\"") ? "text" : "name") + ".",
                Optional.empty());
        return true;
    }

    /** Of the class phrases, the most precise: transient or permanent before positive or negative. */
    private static List<MeaningWords.Phrase> classPhrases(List<MeaningWords.Phrase> phrases) {
        List<MeaningWords.Phrase> exact = phrases.stream().filter(p -> p.classes().size() == 1).toList();
        List<MeaningWords.Phrase> transientOrPermanent = exact.stream()
                .filter(p -> p.classes().contains(4) || p.classes().contains(5)).toList();
        if (!transientOrPermanent.isEmpty()) {
            return transientOrPermanent;
        }
        return phrases;
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")).filter(w -> !w.isEmpty()).toList();
    }
}
