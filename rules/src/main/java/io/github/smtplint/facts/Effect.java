package io.github.smtplint.facts;

/**
 * One thing a piece of guarded code does that tells what it makes of the reply: it throws, calls a
 * method, logs, returns or assigns a value. The outcome is judged from these later, when the
 * {@code @SmtpOutcome} methods of every file are known.
 */
public sealed interface Effect {

    /** {@code throw new TransientDeliveryException(...)}. */
    record Throw(String exceptionType) implements Effect {
    }

    /** {@code scheduleRetry(message)}, {@code retryLater.add(message)}: the method, its arity and the target's name. */
    record Call(String method, int arity, String target) implements Effect {
    }

    /** {@code log.error(...)}: the level method called on a logger. */
    record Log(String level) implements Effect {
    }

    /**
     * {@code return false}, {@code return Status.DELIVERED}: the returned value as written, and the method
     * it returns from, whose name says what {@code true} and {@code false} mean.
     */
    record Return(String value, String method) implements Effect {
    }

    /** {@code status = Status.BOUNCED}: the target and the value as written. */
    record Assign(String target, String value) implements Effect {
    }
}
