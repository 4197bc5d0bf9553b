package io.github.smtplint.facts;

/**
 * One reason to believe, or to doubt, that a value is an SMTP code. No single weak reason is
 * enough: {@link SmtpVerdict} combines them.
 */
public enum Evidence {
    /** The value reaches a declaration annotated {@code @SmtpReply} or {@code @EnhancedStatus}. */
    ANNOTATION,
    /** The value is a constant of a type annotated {@code @SmtpCodes}. */
    CODES_TYPE,
    /** The value meets a known SMTP API: compared with {@code getReplyCode()}, passed to {@code RejectException}, ... */
    KNOWN_API,
    /** A reply line that carries an enhanced status code: {@code "550 5.1.1 User unknown"}. */
    REPLY_LINE_WITH_ENHANCED_CODE,
    /** A string shaped like a reply line: {@code "250 OK"}. */
    REPLY_LINE_SHAPE,
    /** A name that is about SMTP: {@code smtp}, {@code dsn}, {@code ehlo}, {@code bounce}, ... */
    SMTP_NAME,
    /** A name that is about a status code of some protocol: {@code reply}, {@code code}, {@code status}, ... */
    CODE_NAME,
    /** The file speaks SMTP: mail imports, SMTP names or commands, our annotations. */
    SMTP_FILE,
    /** The value meets another protocol's API or vocabulary: HTTP, FTP, POP3, NNTP, IMAP. */
    OTHER_PROTOCOL,
    /** The value is named like something that is not a code: a port, a size, a timeout, a version. */
    NOT_A_CODE_NAME,
    /**
     * The value is part of a log message or of an exception's message: text for people, which a reply
     * line's shape alone does not make a reply.
     */
    MESSAGE_TEXT,
    /** A constant whose value reaches an SMTP site elsewhere. */
    USED_AS_SMTP
}
