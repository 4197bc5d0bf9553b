package com.example.mail;

import org.apache.commons.net.smtp.SMTP;

class ClientExpectsWrongReply {
    private final SMTP smtp = new SMTP();

    void close() throws java.io.IOException {
        if (smtp.quit() == 250) { // expect: WrongReplyForCommand
            smtp.disconnect();
        }
    }

    void recipient(String address) throws java.io.IOException {
        int reply = smtp.rcpt("<" + address + ">");
        if (reply == 354) { // expect: WrongReplyForCommand
            smtp.disconnect();
        }
    }
}
