package com.example.queue;

import org.apache.commons.net.smtp.SMTPClient;

class RetryWithOtherServer {
    private final SMTPClient client = new SMTPClient();

    void afterConnect(String message) {
        int reply = client.getReplyCode();
        if (reply == 554) {
            tryNextMxHost(message);
        }
    }

    private void tryNextMxHost(String message) {
    }
}
