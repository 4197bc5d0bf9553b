package com.example.mail;

import org.apache.commons.net.smtp.SMTPClient;

class RegisteredCodes {
    static final int SERVICE_READY = 220;
    static final int SERVICE_CLOSING = 221;
    static final int AUTH_SUCCEEDED = 235;
    static final int START_MAIL_INPUT = 354;
    static final int MAILBOX_BUSY = 450;
    static final int DOMAIN_DOES_NOT_ACCEPT_MAIL = 556;

    private final SMTPClient client = new SMTPClient();

    boolean closed() {
        return client.getReplyCode() == 221;
    }

    boolean needsTls() {
        return client.getReplyCode() == 530;
    }
}
