package io.github.smtplint.facts.extract;

import io.github.smtplint.facts.Evidence;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
    private static final Set<String> MAIL_TYPE_WORDS = Set.of(
            "smtp", "esmtp", "lmtp", "mail", "mailer", "mta", "relay", "dsn", "bounce", "postfix", "sendmail", "exim");
    /** A command as a client sends it, in capitals as code writes them: "QUIT", "EHLO host", "MAIL FROM:<a@b>". */
    private static final Pattern SMTP_COMMAND = Pattern.compile(
            "^((DATA|QUIT|RSET|NOOP|STARTTLS)(\\r\\n)?|(EHLO|HELO|AUTH|VRFY|EXPN|BDAT) .*|(MAIL FROM|RCPT TO):.*)$",
            Pattern.DOTALL);

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

    /** Whether a type or package name is about mail: {@code SmtpSession}, {@code com.example.relay}. */
    static boolean isMailTypeName(String name) {
        return Words.of(name).stream().anyMatch(MAIL_TYPE_WORDS::contains);
    }

    /** Whether a type or package name is about another protocol: {@code HttpClient}, {@code FtpSession}. */
    static boolean isOtherProtocolTypeName(String name) {
        return Words.of(name).stream().anyMatch(OTHER_PROTOCOL_WORDS::contains);
    }

    /** Whether a string literal is an SMTP command a client sends: {@code "EHLO example.com"}, {@code "QUIT"}. */
    static boolean isSmtpCommand(String text) {
        return SMTP_COMMAND.matcher(text).matches();
    }
}
