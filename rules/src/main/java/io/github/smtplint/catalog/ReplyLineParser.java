package io.github.smtplint.catalog;

import io.github.smtplint.catalog.ReplyLine.LineEnding;
import io.github.smtplint.catalog.ReplyLine.Separator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one SMTP reply line such as {@code "550-5.1.1 User unknown\r\n"} (RFC 5321 §4.2, RFC 2034 §4). */
public final class ReplyLineParser {
    private static final Pattern ENHANCED_PREFIX = Pattern.compile("^(\\d{1,3}\\.\\d{1,3}\\.\\d{1,3})(?=[ \\t]|$)");

    private ReplyLineParser() {
    }

    public static ReplyLineParse parse(String input) {
        LineEnding ending = LineEnding.NONE;
        String line = input;
        if (line.endsWith("\r\n")) {
            ending = LineEnding.CRLF;
            line = line.substring(0, line.length() - 2);
        } else if (line.endsWith("\n")) {
            ending = LineEnding.BARE_LF;
            line = line.substring(0, line.length() - 1);
        }
        for (int i = 0; i < 3; i++) {
            if (i >= line.length() || !isAsciiDigit(line.charAt(i))) {
                return new ReplyLineParse.Problem(input, "a reply line starts with a three-digit code (RFC 5321 §4.2)", i);
            }
        }
        int code = Integer.parseInt(line.substring(0, 3));
        if (line.length() == 3) {
            return parsed(input, code, Separator.NONE, "", ending);
        }
        char separatorChar = line.charAt(3);
        Separator separator = switch (separatorChar) {
            case ' ' -> Separator.SPACE;
            case '-' -> Separator.HYPHEN;
            default -> null;
        };
        if (separator == null) {
            return new ReplyLineParse.Problem(input,
                    "the reply code is followed by '" + separatorChar + "'; RFC 5321 §4.2 requires a space or a hyphen", 3);
        }
        return parsed(input, code, separator, line.substring(4), ending);
    }

    private static ReplyLineParse parsed(String input, int code, Separator separator, String rest, LineEnding ending) {
        Matcher enhanced = ENHANCED_PREFIX.matcher(rest);
        if (enhanced.find()) {
            String text = rest.substring(enhanced.end()).stripLeading();
            return new ReplyLineParse.Parsed(input,
                    new ReplyLine(code, separator, Optional.of(enhanced.group(1)), text, ending));
        }
        return new ReplyLineParse.Parsed(input, new ReplyLine(code, separator, Optional.empty(), rest, ending));
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
