package com.example.mail;

import org.apache.commons.net.smtp.SMTPClient;

class OffByOneBounds {
    private final SMTPClient client = new SMTPClient();

    boolean transientFailure() {
        int reply = client.getReplyCode();
        return reply > 400 && reply <= 500; // expect: ReplyClassRangeError, ReplyClassRangeError
    }
}
