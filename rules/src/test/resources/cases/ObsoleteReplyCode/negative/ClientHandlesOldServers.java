package com.example.mail;

import org.apache.commons.net.smtp.SMTPClient;

class ClientHandlesOldServers {
    private final SMTPClient client = new SMTPClient();

    boolean storageExceeded() {
        return client.getReplyCode() == 552;
    }

    boolean mailboxFull(String dsn) {
        return dsn.equals("5.2.2");
    }
}
