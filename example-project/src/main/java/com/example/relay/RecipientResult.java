package com.example.relay;

/**
 * What became of one recipient in one delivery attempt.
 *
 * @param recipient the envelope recipient
 * @param reply the reply that decided it, or a synthetic one when the connection failed
 * @param verdict what the queue does next
 */
public record RecipientResult(String recipient, Reply reply, Verdict verdict) {
}
