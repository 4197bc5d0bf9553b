package com.example.mail.auth;

import org.apache.commons.net.smtp.SMTPClient;

class ChallengeAnswered {
    private final SMTPClient client = new SMTPClient();

    void login(String response) throws java.io.IOException {
        int reply = client.sendCommand("AUTH", "LOGIN");
        while (reply == 334) {
            reply = client.sendCommand(response);
        }
        if (reply == 334) {
            answerChallenge(response);
        }
    }

    private void answerChallenge(String response) {
    }
}
