package com.example.mail;

import io.github.smtplint.annotations.SmtpReply;

final class UnconstrainedAnnotations {
    @SmtpReply
    static final int ANY_REPLY = 421;

    @SmtpReply
    static final int ANOTHER = 250;

    @SmtpReply
    int lastReply() {
        return 554;
    }
}
