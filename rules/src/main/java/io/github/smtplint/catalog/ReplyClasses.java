package io.github.smtplint.catalog;

import io.github.smtplint.annotations.ReplyClass;
import java.util.Optional;

/** RFC 5321's names for the reply classes, and the class a first digit stands for. */
public final class ReplyClasses {
    private ReplyClasses() {
    }

    /** The class of a first digit (2 to 5); empty for any other digit. */
    public static Optional<ReplyClass> ofFirstDigit(int digit) {
        for (ReplyClass replyClass : ReplyClass.values()) {
            if (replyClass.firstDigit() == digit) {
                return Optional.of(replyClass);
            }
        }
        return Optional.empty();
    }

    /** The class's name in RFC 5321 §4.2.1, e.g. "permanent negative completion". */
    public static String rfcName(ReplyClass replyClass) {
        return switch (replyClass) {
            case POSITIVE_COMPLETION -> "positive completion";
            case POSITIVE_INTERMEDIATE -> "positive intermediate";
            case TRANSIENT_NEGATIVE -> "transient negative completion";
            case PERMANENT_NEGATIVE -> "permanent negative completion";
        };
    }

    /** The pattern RFC 5321 writes for the class, e.g. "5yz". */
    public static String pattern(ReplyClass replyClass) {
        return replyClass.firstDigit() + "yz";
    }
}
