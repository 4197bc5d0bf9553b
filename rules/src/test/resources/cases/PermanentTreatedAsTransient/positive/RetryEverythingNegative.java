package com.example.queue;

import org.apache.commons.net.smtp.SMTPClient;

class RetryEverythingNegative {
    private final SMTPClient client = new SMTPClient();
    private final java.util.List<String> retryLater = new java.util.ArrayList<>();

    void afterData(String message) {
        int reply = client.getReplyCode();
        if (reply >= 400) { // expect: PermanentTreatedAsTransient
            retryLater.add(message);
        }
    }
}
