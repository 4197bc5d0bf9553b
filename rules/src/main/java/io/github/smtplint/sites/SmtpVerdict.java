package io.github.smtplint.sites;

import static io.github.smtplint.facts.Evidence.ANNOTATION;
import static io.github.smtplint.facts.Evidence.CODES_TYPE;
import static io.github.smtplint.facts.Evidence.CODE_NAME;
import static io.github.smtplint.facts.Evidence.KNOWN_API;
import static io.github.smtplint.facts.Evidence.MESSAGE_TEXT;
import static io.github.smtplint.facts.Evidence.NOT_A_CODE_NAME;
import static io.github.smtplint.facts.Evidence.OTHER_PROTOCOL;
import static io.github.smtplint.facts.Evidence.REPLY_LINE_SHAPE;
import static io.github.smtplint.facts.Evidence.REPLY_LINE_WITH_ENHANCED_CODE;
import static io.github.smtplint.facts.Evidence.SMTP_FILE;
import static io.github.smtplint.facts.Evidence.SMTP_NAME;
import static io.github.smtplint.facts.Evidence.USED_AS_SMTP;

import io.github.smtplint.facts.Evidence;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Decides from the combined evidence whether a value is an SMTP code. Precision comes first: a
 * bare number is never enough, another protocol's API vetoes everything but our annotations, and
 * a name that says port, size or timeout vetoes the guesses made from names.
 */
public final class SmtpVerdict {
    private SmtpVerdict() {
    }

    public static boolean isSmtp(Set<Evidence> evidence, CodeShape shape) {
        if (evidence.contains(ANNOTATION) || evidence.contains(CODES_TYPE)) {
            return true;
        }
        if (evidence.contains(OTHER_PROTOCOL)) {
            return false;
        }
        if (evidence.contains(KNOWN_API)) {
            return true;
        }
        if (evidence.contains(NOT_A_CODE_NAME)) {
            return false;
        }
        if (evidence.contains(USED_AS_SMTP)) {
            return true;
        }
        boolean named = evidence.contains(SMTP_NAME) || (evidence.contains(CODE_NAME) && evidence.contains(SMTP_FILE));
        if (shape instanceof CodeShape.ReplyText) {
            if (evidence.contains(REPLY_LINE_WITH_ENHANCED_CODE)) {
                return true;
            }
            boolean replyShapedInMailCode = evidence.contains(REPLY_LINE_SHAPE)
                    && (evidence.contains(SMTP_FILE) || evidence.contains(SMTP_NAME));
            return named || (replyShapedInMailCode && !evidence.contains(MESSAGE_TEXT));
        }
        return named;
    }

    /** Whether a value with this evidence is SMTP for some shape it could turn out to have, once it is resolved. */
    public static boolean couldBeSmtp(Set<Evidence> evidence) {
        Set<Evidence> asReplyLine = EnumSet.noneOf(Evidence.class);
        asReplyLine.addAll(evidence);
        asReplyLine.add(REPLY_LINE_SHAPE);
        return isSmtp(evidence, new CodeShape.BasicCode(250)) || isSmtp(asReplyLine, new CodeShape.ReplyText(List.of()));
    }
}
