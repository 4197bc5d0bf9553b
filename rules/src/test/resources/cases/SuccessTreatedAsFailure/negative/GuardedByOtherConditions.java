package com.example.mail;

import org.apache.commons.net.smtp.SMTPClient;

class GuardedByOtherConditions {
    private final SMTPClient client = new SMTPClient();
    private boolean closing;

    void read() {
        int reply = client.getReplyCode();
        if (reply == 221 && !closing) {
            throw new IllegalStateException("the server closed the session unasked");
        }
        if (reply != 250 && reply != 251) {
            throw new IllegalStateException("recipient refused: " + reply);
        }
    }
}
