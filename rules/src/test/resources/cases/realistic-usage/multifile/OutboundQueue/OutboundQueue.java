package com.example.mail.queue;

import io.github.smtplint.annotations.Outcome;
import io.github.smtplint.annotations.SmtpOutcome;
import java.time.Duration;
import java.time.Instant;

/** The outbound queue's bookkeeping: what becomes of a message after a delivery attempt. */
public class OutboundQueue {
    private final QueueStore store;

    public OutboundQueue(QueueStore store) {
        this.store = store;
    }

    /** The receiving server took the message: keep a receipt and forget it. */
    @SmtpOutcome(Outcome.SUCCESS)
    public void archive(QueuedMessage message) {
        store.moveToArchive(message.id(), Instant.now());
    }

    /** Keep the message and try the same host again after a pause. */
    @SmtpOutcome(Outcome.TRANSIENT_FAILURE)
    public void park(QueuedMessage message, Duration pause) {
        store.setNextAttempt(message.id(), Instant.now().plus(pause));
    }

    /** Keep the message and hand it to the domain's next MX host at once. */
    @SmtpOutcome(Outcome.TRANSIENT_FAILURE)
    public void failOver(QueuedMessage message) {
        store.setNextHost(message.id(), message.nextMxHost());
    }

    /** Give up: send the non-delivery report to the sender and drop the message. */
    @SmtpOutcome(Outcome.PERMANENT_FAILURE)
    public void returnToSender(QueuedMessage message, String diagnostic) {
        store.moveToDeadLetters(message.id(), diagnostic);
    }

    /** Something nobody planned for: flag the message for the on-call engineer. */
    @SmtpOutcome(Outcome.FAILURE)
    public void escalate(QueuedMessage message, String reason) {
        store.flag(message.id(), reason);
    }
}
