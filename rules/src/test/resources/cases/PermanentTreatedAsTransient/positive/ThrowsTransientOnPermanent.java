package com.example.mail;

import org.apache.commons.net.smtp.SMTPClient;
import org.apache.commons.net.smtp.SMTPReply;

class ThrowsTransientOnPermanent {
    private final SMTPClient client = new SMTPClient();

    void check() {
        int reply = client.getReplyCode();
        if (SMTPReply.isNegativePermanent(reply)) { // expect: PermanentTreatedAsTransient
            throw new TemporaryDeliveryException("try again: " + reply);
        }
    }

    static final class TemporaryDeliveryException extends RuntimeException {
        TemporaryDeliveryException(String message) {
            super(message);
        }
    }
}
