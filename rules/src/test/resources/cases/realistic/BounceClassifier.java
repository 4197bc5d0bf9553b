package com.example.mail.bounce;

import io.github.smtplint.annotations.EnhancedStatus;
import io.github.smtplint.annotations.ReplyClass;
import io.github.smtplint.annotations.SmtpCodes;
import io.github.smtplint.annotations.SmtpReply;

/** Decides how the bounce processor files a delivery status notification. */
final class BounceClassifier {

    @SmtpCodes
    interface HardBounceCodes {
        int MAILBOX_UNAVAILABLE = 550;
        int MAILBOX_NAME_NOT_ALLOWED = 553;
        int POLICY_REJECTION = 571; // expect: UnknownReplyCode
        String BAD_DESTINATION = "5.1.2";
        String SUBJECT_UNKNOWN = "5.9.1"; // expect: UnknownEnhancedStatus
    }

    @SmtpReply(ReplyClass.PERMANENT_NEGATIVE)
    static final int DEFAULT_HARD_BOUNCE = 550;

    @SmtpReply(ReplyClass.TRANSIENT_NEGATIVE)
    static final int DEFAULT_SOFT_BOUNCE = 554; // expect: AnnotationContractViolation

    @EnhancedStatus(ReplyClass.PERMANENT_NEGATIVE)
    static final String UNKNOWN_MAILBOX = "5.1.1";

    @EnhancedStatus(ReplyClass.TRANSIENT_NEGATIVE)
    static final String DELIVERY_EXPIRED = "5.4.7"; // expect: AnnotationContractViolation

    @SmtpReply(ReplyClass.PERMANENT_NEGATIVE)
    int hardBounceCode(String diagnostic) {
        if (diagnostic.contains("quota")) {
            return 552;
        }
        if (diagnostic.contains("greylist")) {
            return 450; // expect: AnnotationContractViolation
        }
        return DEFAULT_HARD_BOUNCE;
    }

    @EnhancedStatus({ReplyClass.TRANSIENT_NEGATIVE, ReplyClass.PERMANENT_NEGATIVE})
    String statusFor(boolean mailboxFull, boolean permanent) {
        if (mailboxFull) {
            return permanent ? "5.2.2" : "4.2.2";
        }
        return permanent ? "5.0.0" : "2.0.0"; // expect: AnnotationContractViolation
    }

    void fileBounce(String recipient, @SmtpReply(ReplyClass.PERMANENT_NEGATIVE) int code, String status) {
        System.out.printf("%s bounced with %d %s%n", recipient, code, status);
    }

    void replayLegacyBounces() {
        @SmtpReply(ReplyClass.PERMANENT_NEGATIVE) int legacy = 551;
        @SmtpReply(ReplyClass.PERMANENT_NEGATIVE) int misfiled = 421; // expect: AnnotationContractViolation
        fileBounce("old@example.com", legacy, UNKNOWN_MAILBOX);
        fileBounce("greylisted@example.com", 451, "4.7.1"); // expect: AnnotationContractViolation
        fileBounce("misfiled@example.com", misfiled, UNKNOWN_MAILBOX);
    }
}
