package com.example.mail;

import org.apache.commons.net.smtp.SMTPClient;

class OkToContinue {
    private final SMTPClient client = new SMTPClient();

    boolean tryOtherHost() {
        int reply = client.getReplyCode();
        if (reply == 421) {
            return true;
        }
        return false;
    }
}
