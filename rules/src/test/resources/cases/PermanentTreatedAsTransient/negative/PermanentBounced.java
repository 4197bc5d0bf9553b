package com.example.queue;

import org.apache.commons.net.smtp.SMTPClient;

class PermanentBounced {
    private final SMTPClient client = new SMTPClient();

    void afterData(String message) {
        int reply = client.getReplyCode();
        if (reply >= 500) {
            bounce(message);
        } else if (reply >= 400) {
            scheduleRetry(message);
        }
    }

    private void bounce(String message) {
    }

    private void scheduleRetry(String message) {
    }
}
