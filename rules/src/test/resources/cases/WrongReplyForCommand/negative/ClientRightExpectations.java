package com.example.mail;

import org.apache.commons.net.smtp.SMTP;

class ClientRightExpectations {
    private final SMTP smtp = new SMTP();

    void send(String from, String to) throws java.io.IOException {
        if (smtp.mail("<" + from + ">") != 250) {
            throw new IllegalStateException("sender refused");
        }
        int reply = smtp.rcpt("<" + to + ">");
        if (reply == 251 || reply == 250) {
            if (smtp.data() != 354) {
                throw new IllegalStateException("DATA refused");
            }
        }
        if (smtp.quit() != 221) {
            smtp.disconnect();
        }
    }
}
