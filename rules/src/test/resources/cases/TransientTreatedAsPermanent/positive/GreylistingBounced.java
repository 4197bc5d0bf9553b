package com.example.queue;

import org.apache.commons.net.smtp.SMTPClient;

class GreylistingBounced {
    private final SMTPClient client = new SMTPClient();
    private final BounceSender bounces = new BounceSender();

    void afterRcpt(String message) {
        int reply = client.getReplyCode();
        if (reply == 450) { // expect: TransientTreatedAsPermanent
            bounces.bounce(message);
        }
        if (reply / 100 == 4) { // expect: TransientTreatedAsPermanent
            bounces.dropMessage(message);
        }
    }

    static final class BounceSender {
        void bounce(String message) {
        }

        void dropMessage(String message) {
        }
    }
}
