package com.example.mail;

import org.apache.commons.net.smtp.SMTP;
import org.apache.commons.net.smtp.SMTPReply;

class RcptAcceptsForwarding {
    private final SMTP smtp = new SMTP();

    void addRecipient(String address) throws java.io.IOException {
        int reply = smtp.rcpt("<" + address + ">");
        if (!SMTPReply.isPositiveCompletion(reply)) {
            throw new IllegalStateException("recipient refused: " + address);
        }
        if (reply != 250 && reply != 251) {
            throw new IllegalStateException("recipient refused: " + address);
        }
    }
}
