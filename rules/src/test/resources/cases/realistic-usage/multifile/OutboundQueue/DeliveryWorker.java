package com.example.mail.queue;

import java.io.IOException;
import java.time.Duration;
import org.apache.commons.net.smtp.SMTPClient;
import org.apache.commons.net.smtp.SMTPReply;

/** Takes due messages off the outbound queue and hands them to the recipient domain's MX host. */
final class DeliveryWorker {
    private final OutboundQueue queue;
    private final SMTPClient client = new SMTPClient();

    DeliveryWorker(OutboundQueue queue) {
        this.queue = queue;
    }

    void afterEndOfData(QueuedMessage message) {
        int reply = client.getReplyCode();
        if (SMTPReply.isPositiveCompletion(reply)) {
            queue.archive(message);
        } else if (reply == 421) {
            queue.failOver(message);
        } else if (SMTPReply.isNegativeTransient(reply)) {
            queue.park(message, Duration.ofMinutes(30));
        } else if (SMTPReply.isNegativePermanent(reply)) {
            queue.returnToSender(message, client.getReplyString());
        } else {
            queue.escalate(message, "unexpected reply " + reply);
        }
    }

    void recipient(QueuedMessage message, String address) throws IOException {
        int reply = client.rcpt("<" + address + ">");
        if (reply == 250 || reply == 251) {
            message.markAccepted(address);
        } else if (reply == 550 || reply == 551 || reply == 553) {
            queue.returnToSender(message, client.getReplyString());
        }
    }

    /** The first worker, still run for the low-priority queue. */
    void afterEndOfDataLowPriority(QueuedMessage message) {
        int reply = client.getReplyCode();
        if (reply == 250 || reply == 554) { // expect: FailureTreatedAsSuccess
            queue.archive(message);
        } else if (reply == 451 || reply == 452) { // expect: TransientTreatedAsPermanent
            queue.returnToSender(message, client.getReplyString());
        } else if (reply >= 500) { // expect: PermanentTreatedAsTransient
            queue.park(message, Duration.ofHours(4));
        } else if (reply == 421) {
            queue.failOver(message);
        }
    }

    void recipientLowPriority(QueuedMessage message, String address) throws IOException {
        int reply = client.rcpt("<" + address + ">");
        if (reply == 251) { // expect: SuccessTreatedAsFailure
            queue.escalate(message, "recipient is forwarded: " + address);
        } else if (reply == 550) { // expect: PermanentTreatedAsTransient
            queue.failOver(message);
        }
    }
}
