package io.github.smtplint.engine;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides cheaply, from a file's text, whether it can hold or influence an SMTP site, so that only
 * those files are parsed: parsing is the whole cost of a scan, reading the bytes a few percent of it.
 *
 * <p>A site needs evidence that its value is SMTP, and every kind of evidence the engine accepts shows
 * in the text: one of the words below (mail imports, SMTP names, the known APIs of
 * {@code known-apis.tsv}, our annotations, which all contain {@code smtp}), a quoted SMTP command, or a
 * reply line with an enhanced code. Files without any can only matter through another file — a
 * constant declared in one and used in the other, an annotated method called elsewhere — and
 * {@link Leads} brings them in by name. The engine's findings are the same with and without the
 * pre-filter; {@code PrefilterInvariantTest} holds that on every test corpus, so a new kind of
 * evidence must add its words here.
 *
 * <p>The javac processor asks it too ({@link #mayHoldSite(String)}), to get the engine ready only once
 * javac has read a source that gives the check work to do.
 */
public final class Prefilter {
    /** Words, in lower case, that any kind of evidence that a value is SMTP contains. */
    private static final List<String> EVIDENCE_WORDS = List.of("smtp", "lmtp", "mail", "relay", "bounce", "ehlo",
            "helo", "rcpt", "reply", "replies", "returncode", "rejectexception", "dropconnection", "postfix", "exim",
            "james", "subetha", "sendcommand", "simplecommand", "issuecommand", "ispositive", "isnegative");
    /** Short words that count only at the start of a word ({@code dsn}) or as a whole word ({@code mta}). */
    private static final String WORD_START_DSN = "dsn";
    private static final String WHOLE_WORD_MTA = "mta";
    private static final List<String> QUOTED_COMMANDS = List.of("\"QUIT", "\"DATA", "\"RSET", "\"NOOP", "\"STARTTLS",
            "\"AUTH", "\"VRFY", "\"EXPN", "\"BDAT");
    /** What follows the opening quote of a reply line with an enhanced code: {@code "550 5.1.1}. */
    private static final Pattern ENHANCED_REPLY_LINE = Pattern.compile("[2-5]\\d\\d[ -][245]\\.\\d{1,3}\\.\\d");

    private final Charset charset;

    Prefilter(Charset charset) {
        this.charset = charset;
    }

    /** Whether the file may hold a site; a file that cannot be read or decoded is parsed, so that its problem is reported. */
    boolean mayHoldSite(Path file) {
        return text(file).map(Prefilter::mayHoldSite).orElse(true);
    }

    /** Whether the file names any of {@code uses}, or assigns any of {@code declarations}, as whole identifiers. */
    boolean reaches(Path file, Leads.Sought sought) {
        return text(file).map(sought::foundIn).orElse(true);
    }

    /**
     * Whether a source with this text may hold a site: the test of the first round. A scan in which no
     * source passes it parses nothing, as the later rounds only follow what the parsed files lead to.
     */
    public static boolean mayHoldSite(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String word : EVIDENCE_WORDS) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return containsWord(lower, WORD_START_DSN, false) || containsWord(lower, WHOLE_WORD_MTA, true)
                || QUOTED_COMMANDS.stream().anyMatch(text::contains) || containsEnhancedReplyLine(text);
    }

    private static boolean containsWord(String text, String word, boolean wholeWord) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            if (!isWordChar(text, at - 1) && (!wholeWord || !isWordChar(text, end))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWordChar(String text, int index) {
        if (index < 0 || index >= text.length()) {
            return false;
        }
        char c = text.charAt(index);
        return c == '_' || (c < 128 && Character.isLetterOrDigit(c));
    }

    private static boolean containsEnhancedReplyLine(String text) {
        Matcher matcher = ENHANCED_REPLY_LINE.matcher(text);
        for (int quote = text.indexOf('"'); quote >= 0; quote = text.indexOf('"', quote + 1)) {
            if (matcher.region(quote + 1, text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private Optional<String> text(Path file) {
        try {
            return Optional.of(SourceText.read(file, charset));
        } catch (IOException e) {
            // Undecodable or unreadable: the parse reports it.
            return Optional.empty();
        }
    }
}
