package com.example.queue;

import io.github.smtplint.annotations.Outcome;
import io.github.smtplint.annotations.SmtpOutcome;

public class DeliveryQueue {
    @SmtpOutcome(Outcome.PERMANENT_FAILURE)
    public void giveBack(String id) {
    }

    @SmtpOutcome(Outcome.TRANSIENT_FAILURE)
    public void parkForLater(String id) {
    }

    @SmtpOutcome(Outcome.SUCCESS)
    public void archive(String id) {
    }
}
