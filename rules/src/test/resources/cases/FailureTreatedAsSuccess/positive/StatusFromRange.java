package com.example.mail;

import org.apache.commons.net.smtp.SMTPClient;

class StatusFromRange {
    enum Status { DELIVERED, BOUNCED }

    private final SMTPClient client = new SMTPClient();

    Status status() {
        int reply = client.getReplyCode();
        return reply >= 400 ? Status.DELIVERED : Status.BOUNCED; // expect: FailureTreatedAsSuccess
    }
}
