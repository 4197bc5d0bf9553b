package com.example.mail;

import io.github.smtplint.annotations.ReplyClass;
import io.github.smtplint.annotations.SmtpReply;

final class AnnotatedFields {
    @SmtpReply(ReplyClass.PERMANENT_NEGATIVE)
    static final int MAILBOX_UNAVAILABLE = 550;

    @SmtpReply(ReplyClass.PERMANENT_NEGATIVE)
    static final int SERVICE_NOT_AVAILABLE = 421; // expect: AnnotationContractViolation

    @SmtpReply({ReplyClass.TRANSIENT_NEGATIVE, ReplyClass.PERMANENT_NEGATIVE})
    static final int ACCEPTED = 250; // expect: AnnotationContractViolation

    private AnnotatedFields() {
    }
}
