package com.example.mail;

import io.github.smtplint.annotations.ReplyClass;
import io.github.smtplint.annotations.SmtpReply;

final class SuppressedContract {
    @SuppressWarnings("smtp-lint:AnnotationContractViolation")
    @SmtpReply(ReplyClass.PERMANENT_NEGATIVE)
    static final int LEGACY_DEFERRAL = 451;

    @SmtpReply(ReplyClass.PERMANENT_NEGATIVE)
    int code() {
        return 421; // smtp-lint:ignore AnnotationContractViolation
    }
}
