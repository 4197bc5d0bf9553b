package com.example.mail;

import org.apache.commons.net.smtp.SMTPClient;

class QuitThrows {
    private final SMTPClient client = new SMTPClient();

    void close() throws java.io.IOException {
        client.quit();
        int reply = client.getReplyCode();
        if (reply == 221) { // expect: SuccessTreatedAsFailure
            throw new IllegalStateException("server closed the connection");
        }
    }
}
