package com.example.smtp.server;

import java.io.Writer;
import java.io.IOException;

class ReplyLines {
    static final String USER_UNKNOWN = "550 4.1.1 User unknown"; // expect: EnhancedClassMismatch
    static final String QUEUED = "250 5.0.0 Ok: queued"; // expect: EnhancedClassMismatch
    static final String MAILBOX_BUSY = "450 4.2.1 Mailbox busy, try later";

    void greylist(Writer out) throws IOException {
        out.write("451 5.7.1 Greylisted, try again later\r\n"); // expect: EnhancedClassMismatch
    }
}
