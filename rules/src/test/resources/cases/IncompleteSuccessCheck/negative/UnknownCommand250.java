package com.example.mail;

import org.apache.commons.net.smtp.SMTPClient;

class UnknownCommand250 {
    private final SMTPClient client = new SMTPClient();

    void check() {
        int reply = client.getReplyCode();
        if (reply != 250) {
            throw new IllegalStateException("refused: " + reply);
        }
    }
}
