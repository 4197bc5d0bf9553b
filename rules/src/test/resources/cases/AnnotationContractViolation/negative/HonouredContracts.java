package com.example.mail;

import io.github.smtplint.annotations.EnhancedStatus;
import io.github.smtplint.annotations.ReplyClass;
import io.github.smtplint.annotations.SmtpReply;

final class HonouredContracts {
    @SmtpReply(ReplyClass.PERMANENT_NEGATIVE)
    static final int USER_UNKNOWN = 550;

    @SmtpReply({ReplyClass.TRANSIENT_NEGATIVE, ReplyClass.PERMANENT_NEGATIVE})
    static final int LOCAL_ERROR = 451;

    @EnhancedStatus(ReplyClass.TRANSIENT_NEGATIVE)
    static final String DELIVERY_EXPIRED = "4.4.7";

    @SmtpReply(ReplyClass.POSITIVE_INTERMEDIATE)
    static final int START_INPUT = 354;

    private HonouredContracts() {
    }
}
