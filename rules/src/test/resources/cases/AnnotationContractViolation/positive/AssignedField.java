package com.example.mail;

import io.github.smtplint.annotations.ReplyClass;
import io.github.smtplint.annotations.SmtpReply;

class AssignedField {
    static final int REJECTED = 554;

    @SmtpReply(ReplyClass.POSITIVE_COMPLETION)
    private int lastSuccess;

    void delivered() {
        lastSuccess = 250;
    }

    void rejected() {
        lastSuccess = REJECTED; // expect: AnnotationContractViolation
    }
}
