package com.example.mail;

import org.apache.commons.net.smtp.SMTPClient;

class ReturnsTrueOnTempFailure {
    private final SMTPClient client = new SMTPClient();

    boolean sent() {
        int code = client.getReplyCode();
        if (code == 451) { // expect: FailureTreatedAsSuccess
            return true;
        }
        return code / 100 == 2;
    }
}
