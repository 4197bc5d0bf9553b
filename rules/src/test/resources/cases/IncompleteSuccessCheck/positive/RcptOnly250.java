package com.example.mail;

import org.apache.commons.net.smtp.SMTP;

class RcptOnly250 {
    private final SMTP smtp = new SMTP();

    void addRecipient(String address) throws java.io.IOException {
        int reply = smtp.rcpt("<" + address + ">");
        if (reply != 250) { // expect: IncompleteSuccessCheck
            throw new IllegalStateException("recipient refused: " + address);
        }
    }
}
