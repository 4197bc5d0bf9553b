package com.example.mail;

import java.util.logging.Logger;
import org.apache.commons.net.smtp.SMTPClient;

class SendCommandRcpt {
    private static final Logger LOG = Logger.getLogger("relay");
    private final SMTPClient client = new SMTPClient();

    void recipient(String address) throws java.io.IOException {
        if (client.sendCommand("RCPT TO:<" + address + ">") != 250) { // expect: IncompleteSuccessCheck
            LOG.severe("recipient refused: " + address);
        }
    }
}
