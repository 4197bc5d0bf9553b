package com.example.relay;

import io.github.smtplint.annotations.SmtpReply;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One SMTP reply as the relay keeps it: the basic code, the enhanced status code when the server
 * sent one, and the text.
 *
 * @param code the three-digit reply code
 * @param enhancedStatus the RFC 3463 code at the start of the text, or empty
 * @param text the rest of the last line
 */
public record Reply(@SmtpReply int code, Optional<String> enhancedStatus, String text) {
    // RFC 2034 §4: the enhanced code follows the basic code and a space, on every line of the reply.
    private static final Pattern LINE = Pattern.compile("(\\d{3})[ -](?:([245]\\.\\d{1,3}\\.\\d{1,3}) )?(.*)");

    /**
     * Reads a reply as Commons Net's {@code getReplyString()} returns it. Only the last line counts:
     * it is the one that ends the reply (RFC 5321 §4.2.1).
     */
    public static Reply parse(String replyString) {
        String[] lines = replyString.strip().split("\r?\n");
        String last = lines[lines.length - 1];
        Matcher matcher = LINE.matcher(last);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not an SMTP reply: " + last);
        }
        return new Reply(Integer.parseInt(matcher.group(1)), Optional.ofNullable(matcher.group(2)), matcher.group(3));
    }

    @Override
    public String toString() {
        return code + enhancedStatus.map(status -> " " + status).orElse("") + " " + text;
    }
}
