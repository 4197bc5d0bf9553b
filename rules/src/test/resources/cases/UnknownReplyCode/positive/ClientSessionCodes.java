package com.example.mail;

import org.apache.commons.net.smtp.SMTPClient;

class ClientSessionCodes {
    private final SMTPClient client = new SMTPClient();

    boolean greetingRefusedByAppliance() {
        int reply = client.getReplyCode();
        return reply == 431; // expect: UnknownReplyCode
    }

    boolean tooManyConnections() {
        return client.getReplyCode() == 471; // expect: UnknownReplyCode
    }

    boolean ready() {
        return client.getReplyCode() == 220;
    }
}
