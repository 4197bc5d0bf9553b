package io.github.smtplint.annotations;

/** What a piece of mail-handling code does with a message or a session, as far as SMTP is concerned. */
public enum Outcome {
    /** The message or command succeeded (delivered, accepted, done). */
    SUCCESS,
    /** The dialogue continues: more input is expected (after 354 or 334). */
    INTERMEDIATE,
    /** A temporary failure: the message is kept and tried again later (retry, defer, requeue). */
    TRANSIENT_FAILURE,
    /** A permanent failure: the message is not tried again unchanged (bounce, reject, drop). */
    PERMANENT_FAILURE,
    /** A failure whose kind the code does not say (throw, error log, {@code return false}). */
    FAILURE
}
