package com.example.mail;

import org.apache.commons.net.smtp.SMTPClient;

class DataStartTakenForDone {
    private final SMTPClient client = new SMTPClient();

    boolean sent() throws java.io.IOException {
        int reply = client.sendCommand("DATA");
        if (reply == 354) { // expect: IntermediateTreatedAsFinal
            return true;
        }
        return false;
    }
}
