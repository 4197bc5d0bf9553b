package io.github.smtplint.rules;

import io.github.smtplint.catalog.ReplyLine;
import io.github.smtplint.catalog.ReplyLineParse;
import io.github.smtplint.sites.CodeShape;
import io.github.smtplint.sites.Site;
import io.github.smtplint.engine.SourcePosition;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Views of a site's value that several rules need. */
final class Sites {
    private static final Pattern CAMEL_CASE_JOINT = Pattern.compile("([a-z])([A-Z])");

    private Sites() {
    }

    /** A camel-case name with its words apart: "mailboxUnavailable" becomes "mailbox Unavailable". */
    static String camelCaseApart(String name) {
        return CAMEL_CASE_JOINT.matcher(name).replaceAll("$1 $2");
    }

    /** The basic reply codes a site holds: its code, or the distinct codes of its reply lines. */
    static List<Integer> basicCodes(Site site) {
        if (site.isBound()) {
            return List.of();
        }
        if (site.shape() instanceof CodeShape.BasicCode basic) {
            return List.of(basic.code());
        }
        return replyLines(site).map(ReplyLine::code).distinct().toList();
    }

    /**
     * A basic code and the enhanced code that goes with it: on one reply line ({@code "550 5.1.1 ..."}),
     * or as a code and the text passed beside it ({@code new RejectException(550, "5.1.1 User unknown")}).
     */
    record Pair(int basicCode, String enhancedCode, SourcePosition at) {
    }

    /**
     * The pairs a site forms. A code passed beside a text forms its pair where it is passed, even when
     * the code is a constant; a reply line forms its pairs where the line is written.
     */
    static List<Pair> pairs(Site site) {
        if (site.shape() instanceof CodeShape.BasicCode basic) {
            return site.use().companionText()
                    .map(CodeShape.ENHANCED_PREFIX::matcher)
                    .filter(Matcher::find)
                    .map(m -> List.of(new Pair(basic.code(), m.group(1), site.position())))
                    .orElse(List.of());
        }
        if (!site.holdsTheValue()) {
            return List.of();
        }
        return replyLines(site)
                .filter(line -> line.enhancedCode().isPresent())
                .map(line -> new Pair(line.code(), line.enhancedCode().get(), site.origin()))
                .distinct()
                .toList();
    }

    /** The enhanced codes a site holds: alone, at the start of a text, or on its reply lines. */
    static List<String> enhancedCodes(Site site) {
        if (site.shape() instanceof CodeShape.EnhancedCodeText enhanced) {
            return List.of(enhanced.code());
        }
        return replyLines(site).flatMap(line -> line.enhancedCode().stream()).distinct().toList();
    }

    /** The reply lines of a site that could be read. */
    static Stream<ReplyLine> replyLines(Site site) {
        if (site.shape() instanceof CodeShape.ReplyText text) {
            return text.lines().stream()
                    .filter(ReplyLineParse.Parsed.class::isInstance)
                    .map(parse -> ((ReplyLineParse.Parsed) parse).line());
        }
        return Stream.empty();
    }
}
