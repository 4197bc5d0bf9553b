package com.example.relay;

import org.apache.commons.net.smtp.SMTPClient;

class LowerBoundAfterSuccess {
    private final SMTPClient client = new SMTPClient();

    boolean failed() {
        int code = client.getReplyCode();
        return 300 < code; // expect: ReplyClassRangeError
    }
}
