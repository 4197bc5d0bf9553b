package io.github.smtplint.maven;

/**
 * Small Java sources whose findings are known, after the rules module's test cases
 * ({@code rules/src/test/resources/cases}). Each names the finding it gives, with its position.
 */
final class SmtpSources {

    /** A source file, with the path it gets below a source root. */
    record JavaSource(String path, String text) {
    }

    /** One {@code UnknownReplyCode} ERROR at [9,41]: 471 is malformed, its second digit is not a category. */
    static final JavaSource MALFORMED_CODE = new JavaSource("com/example/mail/ConnectionLimits.java", """
            package com.example.mail;

            import org.apache.commons.net.smtp.SMTPClient;

            class ConnectionLimits {
                private final SMTPClient client = new SMTPClient();

                boolean tooManyConnections() {
                    return client.getReplyCode() == 471;
                }
            }
            """);

    /** One {@code UnknownReplyCode} WARNING at [9,41]: 431 is well formed but not registered. */
    static final JavaSource UNREGISTERED_CODE = new JavaSource("com/example/mail/GreetingChecks.java", """
            package com.example.mail;

            import org.apache.commons.net.smtp.SMTPClient;

            class GreetingChecks {
                private final SMTPClient client = new SMTPClient();

                boolean refusedByAppliance() {
                    return client.getReplyCode() == 431;
                }
            }
            """);

    /** One {@code ObsoleteReplyCode} INFO at [4,47]: 538 is documented for historical purposes only. */
    static final JavaSource OBSOLETE_CODE = new JavaSource("com/example/smtp/auth/AuthHistoric.java", """
            package com.example.smtp.auth;

            final class AuthHistoric {
                static final String ENCRYPTION_REQUIRED = "538 5.7.11 Encryption required for requested authentication mechanism";

                private AuthHistoric() {
                }
            }
            """);

    /** No finding: 220 is the greeting and is checked as one. */
    static final JavaSource CLEAN = new JavaSource("com/example/mail/Greeting.java", """
            package com.example.mail;

            import org.apache.commons.net.smtp.SMTPClient;

            class Greeting {
                private final SMTPClient client = new SMTPClient();

                boolean ready() {
                    return client.getReplyCode() == 220;
                }
            }
            """);

    /** No finding when read as Java 16 or later; a {@code ParseError} when read as Java 8, which has no records. */
    static final JavaSource RECORD = new JavaSource("com/example/mail/Reply.java", """
            package com.example.mail;

            record Reply(int code, String text) {
                boolean ready() {
                    return code == 220;
                }
            }
            """);

    /**
     * No finding, when read in the encoding it is written in: a comment with an "é", which ISO-8859-1 writes as
     * the one byte 0xE9, a byte that is not UTF-8 on its own.
     */
    static final JavaSource ACCENTED_COMMENT = new JavaSource("com/example/mail/Reponses.java", """
            package com.example.mail;

            /** Les réponses du serveur. */
            final class Reponses {
                static final int SERVICE_READY = 220;
            }
            """);

    /**
     * One {@code ParseError} at line 4: a method whose parameter list is never closed. Its SMTP words make
     * the pre-filter pick it, so it is parsed and reported with the default settings.
     */
    static final JavaSource UNPARSABLE = new JavaSource("com/example/mail/SmtpSession.java", """
            package com.example.mail;

            class SmtpSession {
                void onReply(int smtpReply {
                }
            }
            """);

    private SmtpSources() {
    }
}
