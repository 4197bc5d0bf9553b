package io.github.smtplint.sites;

import io.github.smtplint.catalog.ReplyLineParse;
import io.github.smtplint.catalog.ReplyLineParser;
import io.github.smtplint.facts.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** What kind of SMTP code a value looks like, if any: a basic code, an enhanced code, or reply text. */
public sealed interface CodeShape {
    Pattern THREE_DIGITS = Pattern.compile("\\d{3}");
    Pattern ENHANCED = Pattern.compile("\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    Pattern ENHANCED_PREFIX = Pattern.compile("^(\\d\\.\\d{1,3}\\.\\d{1,3})(?= |$)");
    Pattern REPLY_START = Pattern.compile("^\\d{3}([ \\-\\r\\n].*)?$", Pattern.DOTALL);
    /** A reply with its separator missing: {@code "250OK"}, {@code "550:User unknown"}. */
    Pattern MISSING_SEPARATOR = Pattern.compile("^[2-5][0-5]\\d[A-Za-z:;,][A-Za-z ].*", Pattern.DOTALL);
    /** A number with a unit, "512 MB", "500MB" or "365 days": a quantity, not a reply line. */
    Pattern QUANTITY = Pattern.compile(
            "^\\d{3} ?([kmgtKMGT]i?[bB]|bytes?|ms|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?|weeks?|months?|years?|%)\\b.*",
            Pattern.DOTALL);

    /** A basic reply code: an {@code int}, or a string of three digits. */
    record BasicCode(int code) implements CodeShape {
    }

    /** An enhanced status code, alone ({@code "4.4.7"}) or opening a text ({@code "5.1.1 User unknown"}). */
    record EnhancedCodeText(String code, String text) implements CodeShape {
    }

    /** One or more reply lines, each parsed or with its problem. */
    record ReplyText(List<ReplyLineParse> lines) implements CodeShape {
        public ReplyText {
            lines = List.copyOf(lines);
        }
    }

    /** Classifies a value; empty if it does not look like any SMTP code. */
    static Optional<CodeShape> of(Value value) {
        if (value instanceof Value.IntValue number) {
            return Optional.of(new BasicCode(number.value()));
        }
        String text = value.asText();
        if (THREE_DIGITS.matcher(text).matches()) {
            return Optional.of(new BasicCode(Integer.parseInt(text)));
        }
        if (ENHANCED.matcher(text).matches()) {
            return Optional.of(new EnhancedCodeText(text, ""));
        }
        var enhanced = ENHANCED_PREFIX.matcher(text);
        if (enhanced.find()) {
            return Optional.of(new EnhancedCodeText(enhanced.group(1), text.substring(enhanced.end()).strip()));
        }
        if (QUANTITY.matcher(text).matches()) {
            return Optional.empty();
        }
        if (REPLY_START.matcher(text).matches() || MISSING_SEPARATOR.matcher(text).matches()) {
            return Optional.of(new ReplyText(lines(text)));
        }
        return Optional.empty();
    }

    /** Splits a text into lines, each keeping its own line ending so that bare LFs can be seen. */
    private static List<ReplyLineParse> lines(String text) {
        List<ReplyLineParse> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline + 1;
            lines.add(ReplyLineParser.parse(text.substring(start, end)));
            start = end;
        }
        return lines;
    }
}
