package io.github.smtplint.facts.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits identifiers into lower-case words: {@code getReplyCode} → get, reply, code; {@code SMTP_OK} → smtp, ok. */
final class Words {
    private Words() {
    }

    static List<String> of(String identifier) {
        List<String> words = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        char[] chars = identifier.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (!Character.isLetter(c)) {
                flush(current, words);
                continue;
            }
            boolean startsWord = Character.isUpperCase(c) && current.length() > 0
                    && (Character.isLowerCase(chars[i - 1])
                        || (i + 1 < chars.length && Character.isLowerCase(chars[i + 1])));
            if (startsWord) {
                flush(current, words);
            }
            current.append(Character.toLowerCase(c));
        }
        flush(current, words);
        return words;
    }

    private static void flush(StringBuilder current, List<String> words) {
        if (current.length() > 0) {
            words.add(current.toString().toLowerCase(Locale.ROOT));
            current.setLength(0);
        }
    }
}
