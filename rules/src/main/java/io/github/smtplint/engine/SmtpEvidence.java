package io.github.smtplint.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a source's text shows evidence that a value in it is SMTP, as every kind of evidence the
 * engine accepts does: one of the words below in any case (mail imports, SMTP names, the known APIs
 * of {@code known-apis.tsv}, our annotations, which all contain {@code smtp}), a quoted SMTP command,
 * or a quoted reply line with an enhanced code. It is the {@link Prefilter}'s first round; a new kind
 * of evidence must add its words here.
 *
 * <p>It reads the text once. Each run of three letters is looked up in a table of those that begin a
 * word, and only the words it begins are compared there; a quote is followed by a command or a reply
 * line or not. The pre-filter reads every file of a scan with it, and the javac processor every
 * source on the compiler's own thread, so a pass per word would cost them more than the table does.
 */
public final class SmtpEvidence {
    /** Words that count wherever they appear, even inside a longer identifier. */
    private static final List<String> ANYWHERE = List.of("smtp", "lmtp", "mail", "relay", "bounce", "ehlo", "helo",
            "rcpt", "reply", "replies", "returncode", "rejectexception", "dropconnection", "postfix", "exim", "james",
            "subetha", "sendcommand", "simplecommand", "issuecommand", "ispositive", "isnegative");
    /** Short words that count only at the start of a word ({@code dsn}) or as a whole word ({@code mta}). */
    private static final List<Word> BOUNDED = List.of(new Word("dsn", true, false), new Word("mta", true, true));
    private static final List<String> QUOTED_COMMANDS = List.of("QUIT", "DATA", "RSET", "NOOP", "STARTTLS", "AUTH",
            "VRFY", "EXPN", "BDAT");
    /** What follows the opening quote of a reply line with an enhanced code: {@code "550 5.1.1}. */
    private static final Pattern ENHANCED_REPLY_LINE = Pattern.compile("[2-5]\\d\\d[ -][245]\\.\\d{1,3}\\.\\d");
    private static final int LETTERS = 26;
    /** The words three letters begin, at their place in {@link #beginning}; null where they begin none. */
    private static final Word[][] BY_FIRST_THREE_LETTERS = byFirstThreeLetters();

    private SmtpEvidence() {
    }

    /** An evidence word, in lower case, and whether it must begin or end a word to count. */
    private record Word(String text, boolean atWordStart, boolean atWordEnd) {
        boolean isAt(String source, int at) {
            return source.regionMatches(true, at, text, 0, text.length())
                    && !(atWordStart && isWordChar(source, at - 1))
                    && !(atWordEnd && isWordChar(source, at + text.length()));
        }
    }

    /** Whether the text shows any evidence that a value in it is SMTP. */
    public static boolean foundIn(String text) {
        Matcher replyLine = null;
        // Every word is three letters or more, and a quote followed by less than two characters quotes nothing.
        int end = text.length() - 2;
        for (int at = 0; at < end; at++) {
            char c = text.charAt(at);
            if (c == '"') {
                char next = text.charAt(at + 1);
                if (next >= 'A' && next <= 'Z' && startsQuotedCommand(text, at + 1)) {
                    return true;
                }
                if (isReplyClass(next)) {
                    replyLine = replyLine == null ? ENHANCED_REPLY_LINE.matcher(text) : replyLine;
                    if (replyLine.region(at + 1, text.length()).lookingAt()) {
                        return true;
                    }
                }
            } else if (wordAt(text, at, c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean wordAt(String text, int at, char c) {
        int place = beginning(c, text.charAt(at + 1), text.charAt(at + 2));
        Word[] words = place < 0 ? null : BY_FIRST_THREE_LETTERS[place];
        if (words != null) {
            for (Word word : words) {
                if (word.isAt(text, at)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean startsQuotedCommand(String text, int at) {
        for (String command : QUOTED_COMMANDS) {
            if (text.startsWith(command, at)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isReplyClass(char c) {
        return c >= '2' && c <= '5';
    }

    /** The place of three letters in the table, in any case; -1 unless all three are ASCII letters. */
    private static int beginning(char first, char second, char third) {
        int a = letter(first);
        int b = a < 0 ? -1 : letter(second);
        int c = b < 0 ? -1 : letter(third);
        return c < 0 ? -1 : (a * LETTERS + b) * LETTERS + c;
    }

    /** The letter's place in the alphabet, 0 for a or A; -1 for anything but an ASCII letter. */
    private static int letter(char c) {
        int lower = c | 0x20;
        return lower >= 'a' && lower <= 'z' ? lower - 'a' : -1;
    }

    private static boolean isWordChar(String text, int index) {
        if (index < 0 || index >= text.length()) {
            return false;
        }
        char c = text.charAt(index);
        return c == '_' || (c < 128 && Character.isLetterOrDigit(c));
    }

    private static Word[][] byFirstThreeLetters() {
        List<Word> words = new ArrayList<>(BOUNDED);
        ANYWHERE.forEach(text -> words.add(new Word(text, false, false)));
        Word[][] table = new Word[LETTERS * LETTERS * LETTERS][];
        for (Word word : words) {
            int place = beginning(word.text().charAt(0), word.text().charAt(1), word.text().charAt(2));
            List<Word> begun = new ArrayList<>(table[place] == null ? List.of() : List.of(table[place]));
            begun.add(word);
            table[place] = begun.toArray(Word[]::new);
        }
        return table;
    }
}
