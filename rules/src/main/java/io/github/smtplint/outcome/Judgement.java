package io.github.smtplint.outcome;

import io.github.smtplint.annotations.Outcome;

/**
 * What a branch of code does with a reply, and the effect that shows it.
 *
 * @param outcome success, transient or permanent failure, failure of unknown kind, or intermediate
 * @param because what the code does, for messages: "throws DeliveryException", "calls scheduleRetry()"
 */
public record Judgement(Outcome outcome, String because) {

    public boolean isFailure() {
        return outcome == Outcome.FAILURE || outcome == Outcome.TRANSIENT_FAILURE
                || outcome == Outcome.PERMANENT_FAILURE;
    }
}
