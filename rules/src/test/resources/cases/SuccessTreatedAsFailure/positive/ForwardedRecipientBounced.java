package com.example.mail;

import org.apache.commons.net.smtp.SMTPReply;

class ForwardedRecipientBounced {
    private final Bounces bounces = new Bounces();

    void recipientReply(int code, String address) {
        switch (code) {
            case SMTPReply.ACTION_OK -> accepted(address);
            case 251 -> bounces.bounce(address); // expect: SuccessTreatedAsFailure
            default -> bounces.retryLater(address);
        }
    }

    void verified(int reply, String address) {
        if (reply == 252) { // expect: SuccessTreatedAsFailure
            bounces.markFailed(address);
        }
    }

    private void accepted(String address) {
    }

    static final class Bounces {
        void bounce(String address) {
        }

        void retryLater(String address) {
        }

        void markFailed(String address) {
        }
    }
}
