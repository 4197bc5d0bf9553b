package com.example.queue;

import org.apache.commons.net.smtp.SMTPClient;

class ExpiredAfterManyTries {
    private final SMTPClient client = new SMTPClient();
    private int attempts;

    void afterRcpt(String message) {
        int reply = client.getReplyCode();
        if (reply == 450 && attempts > 10) {
            bounce(message);
        }
    }

    private void bounce(String message) {
    }
}
