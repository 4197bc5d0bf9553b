package com.example.queue;

import org.apache.commons.net.smtp.SMTPClient;

class MarkDeliveredOnRejection {
    private final SMTPClient client = new SMTPClient();
    private final Outbox outbox = new Outbox();

    void afterData(String id) {
        int reply = client.getReplyCode();
        if (reply == 550) { // expect: FailureTreatedAsSuccess
            outbox.markDelivered(id);
        }
    }

    static final class Outbox {
        void markDelivered(String id) {
        }
    }
}
