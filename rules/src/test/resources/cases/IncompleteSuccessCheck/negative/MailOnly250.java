package com.example.mail;

import org.apache.commons.net.smtp.SMTP;

class MailOnly250 {
    private final SMTP smtp = new SMTP();

    void sender(String address) throws java.io.IOException {
        int reply = smtp.mail("<" + address + ">");
        if (reply != 250) {
            throw new IllegalStateException("sender refused: " + address);
        }
        if (smtp.quit() != 221) {
            throw new IllegalStateException("QUIT failed");
        }
    }
}
