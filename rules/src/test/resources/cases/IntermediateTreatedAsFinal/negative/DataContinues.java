package com.example.mail;

import org.apache.commons.net.smtp.SMTPClient;

class DataContinues {
    private final SMTPClient client = new SMTPClient();

    void data(String body) throws java.io.IOException {
        int reply = client.sendCommand("DATA");
        if (reply != 354) {
            throw new IllegalStateException("DATA refused: " + reply);
        }
        writeBody(body);
    }

    private void writeBody(String body) {
    }
}
