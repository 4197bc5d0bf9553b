package io.github.smtplint.rules;

import io.github.smtplint.annotations.ReplyClass;
import io.github.smtplint.catalog.Catalog;
import io.github.smtplint.catalog.ReplyClasses;
import io.github.smtplint.catalog.ReplyCode;
import io.github.smtplint.catalog.ReplyLookup;
import java.util.Locale;

/** Phrases that rules' messages share, so that every message names codes the same way. */
final class Describe {
    private Describe() {
    }

    /** "221 (service closing transmission channel, RFC 5321 §4.2.3)". */
    static String reply(Catalog catalog, int code) {
        if (catalog.reply(code) instanceof ReplyLookup.Registered registered) {
            ReplyCode entry = registered.entry();
            return code + " (" + lowerFirst(shortMeaning(entry.meaning())) + ", " + entry.references().get(0) + ")";
        }
        return String.valueOf(code);
    }

    /** "a permanent negative completion (5yz)". */
    static String replyClass(ReplyClass replyClass) {
        return ReplyClasses.rfcName(replyClass) + " (" + ReplyClasses.pattern(replyClass) + ")";
    }

    /** The meaning up to its first remark in parentheses, without the {@code <domain>} placeholder. */
    static String shortMeaning(String meaning) {
        String text = meaning.replace("<domain> ", "");
        int remark = text.indexOf(" (");
        return remark > 0 ? text.substring(0, remark) : text;
    }

    private static String lowerFirst(String text) {
        if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && !Character.isUpperCase(text.charAt(1))) {
            return text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
        }
        return text;
    }
}
