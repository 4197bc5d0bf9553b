package com.example.queue;

import io.github.smtplint.annotations.ReplyClass;
import io.github.smtplint.annotations.SmtpReply;

public class Bouncer {
    public void bounce(String messageId, @SmtpReply(ReplyClass.PERMANENT_NEGATIVE) int replyCode) {
        // records a permanent failure
    }

    public void retryOrBounce(@SmtpReply(ReplyClass.TRANSIENT_NEGATIVE) int retryCode,
                              @SmtpReply(ReplyClass.PERMANENT_NEGATIVE) int bounceCode) {
        // retries on the first, bounces on the second
    }

    public Bouncer(@SmtpReply(ReplyClass.PERMANENT_NEGATIVE) int defaultCode) {
    }
}
