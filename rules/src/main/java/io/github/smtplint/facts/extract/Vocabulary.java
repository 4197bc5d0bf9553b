package io.github.smtplint.facts.extract;

import io.github.smtplint.facts.Evidence;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words that make a name, a type or a string speak SMTP, speak of codes, or speak of something else. */
final class Vocabulary {
    private static final Set<String> SMTP_WORDS = Set.of(
            "smtp", "esmtp", "lmtp", "dsn", "ehlo", "helo", "rcpt", "bounce", "bounced", "bounces", "mta");
    private static final Set<String> CODE_WORDS = Set.of(
            "reply", "replies", "code", "codes", "status", "statuses", "response", "rc", "retcode", "enhanced");
    /**
     * Words that name what a reply says; in a file that speaks SMTP they mark a constant (SERVICE_READY,
     * USER_UNKNOWN) as a reply code. Only constant names count: a variable named {@code recipients} is a count.
     */
    private static final Set<String> REPLY_MEANING_WORDS = Set.of(
            "ready", "greeting", "closing", "bye", "goodbye", "ok", "okay", "unavailable", "unknown", "recipients",
            "mailbox", "rejected", "denied", "refused", "accepted", "queued", "auth", "authentication", "tempfail",
            "permfail", "failed", "failure", "busy", "full", "quota", "storage", "syntax", "sequence", "implemented",
            "supported", "unrecognized", "relay", "greylisted");
    private static final Set<String> NOT_CODE_WORDS = Set.of(
            "port", "ports", "timeout", "timeouts", "size", "length", "len", "max", "min", "limit", "count",
            "delay", "millis", "ms", "seconds", "secs", "sec", "minutes", "version", "ver", "buffer", "capacity",
            "index", "idx", "offset", "width", "height", "year", "ttl", "interval", "threads", "bytes", "chars",
            "release", "build", "retries", "attempts", "pool", "priority");
    private static final Set<String> OTHER_PROTOCOL_WORDS = Set.of(
            "http", "https", "ftp", "ftps", "pop", "pop3", "nntp", "imap", "servlet", "rest");
    /** Words that mean mail wherever a type or package name uses them. */
    private static final Set<String> MAIL_TYPE_WORDS = Set.of(
            "smtp", "esmtp", "lmtp", "mail", "mailer", "mta", "sendmail", "exim");
    /**
     * Words that mean mail in the name of a package or of a file's own type ({@code com.example.relay},
     * {@code BounceClassifier}), but that a helper type inside a file borrows in another sense just as often:
     * a completion relayed between fork/join tasks ({@code UniRelay}), a postfix operator, a bouncing
     * animation, a JDBC data source name.
     */
    private static final Set<String> AMBIGUOUS_MAIL_TYPE_WORDS = Set.of("relay", "bounce", "postfix", "dsn");
    /** A command only SMTP (and LMTP) clients send, in capitals as code writes them: "EHLO host", "MAIL FROM:<a@b>". */
    private static final Pattern SMTP_ONLY_COMMAND = Pattern.compile(
            "^((EHLO|HELO|VRFY|EXPN|BDAT) .*|(MAIL FROM|RCPT TO):.*)$", Pattern.DOTALL);
    /**
     * A command that SMTP shares with other protocols and other text: FTP and POP3 send QUIT, NOOP and
     * AUTH too, IMAP and LDAP STARTTLS, and "DATA" is as often an HTML attribute or a column name.
     */
    private static final Pattern SHARED_COMMAND = Pattern.compile(
            "^(?<word>DATA|QUIT|RSET|NOOP|STARTTLS)(\\r\\n)?$|^(?<auth>AUTH) .*$", Pattern.DOTALL);
    /** A string that starts like a reply line: "354 End data with <CR><LF>.<CR><LF>", "250-SIZE 1000000". */
    private static final Pattern REPLY_LINE_START = Pattern.compile("^[2-5][0-5][0-9][ -]\\S.*$", Pattern.DOTALL);

    private Vocabulary() {
    }

    /** What a name (of a variable, field, method or type) says about the values it holds. */
    static Set<Evidence> ofName(String name) {
        List<String> words = Words.of(name);
        Set<Evidence> evidence = EnumSet.noneOf(Evidence.class);
        for (String word : words) {
            if (NOT_CODE_WORDS.contains(word)) {
                evidence.add(Evidence.NOT_A_CODE_NAME);
            } else if (SMTP_WORDS.contains(word)) {
                evidence.add(Evidence.SMTP_NAME);
            } else if (CODE_WORDS.contains(word)) {
                evidence.add(Evidence.CODE_NAME);
            } else if (OTHER_PROTOCOL_WORDS.contains(word)) {
                evidence.add(Evidence.OTHER_PROTOCOL);
            }
        }
        return evidence;
    }

    /** What the name of a constant or enum constant says: like {@link #ofName}, and reply meanings count as code words. */
    static Set<Evidence> ofConstantName(String name) {
        Set<Evidence> evidence = ofName(name);
        if (Words.of(name).stream().anyMatch(REPLY_MEANING_WORDS::contains)) {
            evidence.add(Evidence.CODE_NAME);
        }
        return evidence;
    }

    /**
     * Whether the name of a package or of a file's top-level type is about mail: {@code SmtpSession},
     * {@code com.example.relay}, {@code BounceClassifier}.
     */
    static boolean isMailTypeName(String name) {
        return Words.of(name).stream().anyMatch(word -> MAIL_TYPE_WORDS.contains(word)
                || AMBIGUOUS_MAIL_TYPE_WORDS.contains(word));
    }

    /**
     * Whether the name of a type nested in another (or local to a method) is about mail: only words that
     * mean nothing else count there, {@code SmtpSession} but not {@code UniRelay} or {@code PostfixOperator}.
     */
    static boolean isMailNestedTypeName(String name) {
        return Words.of(name).stream().anyMatch(MAIL_TYPE_WORDS::contains);
    }

    /** Whether a type or package name is about another protocol: {@code HttpClient}, {@code FtpSession}. */
    static boolean isOtherProtocolTypeName(String name) {
        return Words.of(name).stream().anyMatch(OTHER_PROTOCOL_WORDS::contains);
    }

    /** Whether a string literal is a command only SMTP has: {@code "EHLO example.com"}, {@code "RCPT TO:<a@b>"}. */
    static boolean isSmtpOnlyCommand(String text) {
        return SMTP_ONLY_COMMAND.matcher(text).matches();
    }

    /**
     * The command word of a string literal that is a command SMTP shares with other protocols and other
     * text: {@code "QUIT"} → QUIT, {@code "AUTH PLAIN"} → AUTH; empty for any other string.
     */
    static Optional<String> sharedSmtpCommand(String text) {
        Matcher matcher = SHARED_COMMAND.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(matcher.group("word") != null ? matcher.group("word") : matcher.group("auth"));
    }

    /** Whether a string literal starts like an SMTP reply line: {@code "354 Start mail input"}, {@code "250-SIZE"}. */
    static boolean looksLikeReplyLine(String text) {
        return REPLY_LINE_START.matcher(text).matches();
    }
}
