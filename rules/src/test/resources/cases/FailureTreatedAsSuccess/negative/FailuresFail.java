package com.example.queue;

import org.apache.commons.net.smtp.SMTPClient;

class FailuresFail {
    enum Status { DELIVERED, RETRY, BOUNCED }

    private final SMTPClient client = new SMTPClient();

    Status status() {
        int reply = client.getReplyCode();
        if (reply >= 500) {
            return Status.BOUNCED;
        }
        if (reply / 100 == 4) {
            return Status.RETRY;
        }
        return reply == 250 ? Status.DELIVERED : Status.BOUNCED;
    }
}
