package com.example.mail;

import org.apache.commons.net.smtp.SMTPClient;

class ClassBounds {
    private final SMTPClient client = new SMTPClient();

    boolean transientFailure() {
        int reply = client.getReplyCode();
        return reply >= 400 && reply < 500;
    }

    boolean permanent() {
        int reply = client.getReplyCode();
        return reply > 499 && reply <= 599;
    }
}
