package com.example.mail;

import static io.github.smtplint.annotations.ReplyClass.POSITIVE_COMPLETION;
import static io.github.smtplint.annotations.ReplyClass.TRANSIENT_NEGATIVE;

import io.github.smtplint.annotations.EnhancedStatus;
import io.github.smtplint.annotations.SmtpReply;

class AnnotatedReturnsAndLocals {
    @SmtpReply(TRANSIENT_NEGATIVE)
    int deferralCode(boolean greylisted) {
        if (greylisted) {
            return 451;
        }
        return 550; // expect: AnnotationContractViolation
    }

    @EnhancedStatus(TRANSIENT_NEGATIVE)
    String deferralStatus() {
        return "5.4.7"; // expect: AnnotationContractViolation
    }

    void local() {
        @SmtpReply(POSITIVE_COMPLETION)
        int delivered = 354; // expect: AnnotationContractViolation, MeaningMismatch
    }
}
