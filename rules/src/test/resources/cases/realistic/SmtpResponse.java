package com.example.mail.server;

/** The replies the receiving side of the mail server sends, with their standard texts. */
public enum SmtpResponse {
    READY(220, "Service ready"),
    CLOSING(221, "Service closing transmission channel"),
    AUTH_SUCCEEDED(235, "Authentication succeeded"),
    OK(250, "Requested mail action okay, completed"),
    WILL_FORWARD(251, "User not local; will forward"),
    CANNOT_VERIFY(252, "Cannot VRFY user, but will accept message and attempt delivery"),
    QUEUED(205, "Message queued for delivery"), // expect: UnknownReplyCode
    START_INPUT(354, "Start mail input; end with <CRLF>.<CRLF>"),
    SERVICE_UNAVAILABLE(421, "Service not available, closing transmission channel"),
    MAILBOX_BUSY(450, "Requested mail action not taken: mailbox unavailable"),
    LOCAL_ERROR(451, "Requested action aborted: local error in processing"),
    INSUFFICIENT_STORAGE(452, "Requested action not taken: insufficient system storage"),
    TEMP_AUTH_FAILURE(454, "Temporary authentication failure"),
    SYNTAX_ERROR(500, "Syntax error, command unrecognized"),
    BAD_SEQUENCE(503, "Bad sequence of commands"),
    AUTH_REQUIRED(530, "Authentication required"),
    AUTH_INVALID(535, "Authentication credentials invalid"),
    LOGIN_FAILED(550, "Authentication failed"), // expect: MeaningMismatch
    NO_SUCH_USER(550, "Requested action not taken: mailbox unavailable"),
    MAILBOX_FULL(552, "Requested mail action aborted: exceeded storage allocation"),
    TOO_MANY_RECIPIENTS(552, "Too many recipients"), // expect: ObsoleteReplyCode
    GREETING(221, "Service ready"), // expect: MeaningMismatch
    RELAY_DENIED(571, "Relay access denied"), // expect: UnknownReplyCode
    NO_MAIL_HERE(554, "No SMTP service here");

    private final int code;
    private final String text;

    SmtpResponse(int code, String text) {
        this.code = code;
        this.text = text;
    }

    public int code() {
        return code;
    }

    public String line() {
        return code + " " + text + "\r\n";
    }

    public static SmtpResponse of(int code) {
        for (SmtpResponse response : values()) {
            if (response.code == code) {
                return response;
            }
        }
        throw new IllegalArgumentException("no response with code " + code);
    }
}
