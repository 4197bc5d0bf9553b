package com.example.mail.auth;

import org.apache.commons.net.smtp.SMTPClient;

class AuthChallengeIsFailure {
    private final SMTPClient client = new SMTPClient();

    void login() throws java.io.IOException {
        int reply = client.sendCommand("AUTH", "PLAIN");
        if (reply == 334) { // expect: IntermediateTreatedAsFinal
            throw new IllegalStateException("authentication refused");
        }
    }
}
