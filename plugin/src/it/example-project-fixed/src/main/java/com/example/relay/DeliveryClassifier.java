package com.example.relay;

import static com.example.relay.ReplyCodes.AUTH_FAILED;
import static com.example.relay.ReplyCodes.BAD_CONNECTION;
import static com.example.relay.ReplyCodes.NO_ANSWER_FROM_HOST;
import static com.example.relay.ReplyCodes.OK;
import static com.example.relay.ReplyCodes.OUT_OF_MEMORY;
import static com.example.relay.ReplyCodes.RATE_LIMITED;
import static com.example.relay.ReplyCodes.SERVICE_NOT_AVAILABLE;
import static com.example.relay.ReplyCodes.WILL_FORWARD;

import io.github.smtplint.annotations.ReplyClass;
import io.github.smtplint.annotations.SmtpReply;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Optional;
import org.apache.commons.net.smtp.SMTPReply;

/**
 * Decides, from the reply that ended an attempt, whether a recipient is done, is tried again later
 * or bounces back to the sender.
 */
public final class DeliveryClassifier {

    public Verdict classify(Reply reply) {
        int code = reply.code();
        if (code == OK || code == WILL_FORWARD) {
            return Verdict.DELIVERED;
        }
        if (code == AUTH_FAILED) {
            return Verdict.HOLD;
        }
        if (code == RATE_LIMITED || code == OUT_OF_MEMORY) {
            return Verdict.RETRY;
        }
        // Decide by the enhanced code when there is one, as Postfix does with the DSN status:
        // it is the more specific of the two (RFC 3463 §1).
        Optional<String> status = reply.enhancedStatus();
        if (status.isPresent()) {
            return status.get().startsWith("2.") ? Verdict.DELIVERED
                    : status.get().startsWith("4.") ? Verdict.RETRY : Verdict.BOUNCE;
        }
        if (SMTPReply.isNegativePermanent(code)) {
            return Verdict.BOUNCE;
        }
        // 4yz, and anything a broken server might end a transaction with: trying again is the safe side.
        return Verdict.RETRY;
    }

    /**
     * The reply recorded when the connection failed before the server said anything, in the form
     * Postfix writes into its bounces, so that the classifier has one kind of input.
     */
    public Reply networkFailure(IOException e) {
        if (e instanceof UnknownHostException) {
            // No such host: retrying will not create the domain.
            return Reply.parse("550 5.4.4 Unable to route: " + e.getMessage());
        }
        String status = e instanceof SocketTimeoutException ? NO_ANSWER_FROM_HOST : BAD_CONNECTION;
        return new Reply(deferralCode(e), Optional.of(status), String.valueOf(e.getMessage()));
    }

    /** The code for a connection that failed but may work later; transient by contract, so the queue retries. */
    @SmtpReply(ReplyClass.TRANSIENT_NEGATIVE)
    static int deferralCode(IOException e) {
        if (e instanceof ConnectException) {
            // Nobody listens on port 25 now; a restarting server will listen again.
            return 421;
        }
        if (e instanceof SocketTimeoutException) {
            return SERVICE_NOT_AVAILABLE;
        }
        return 451;
    }
}
