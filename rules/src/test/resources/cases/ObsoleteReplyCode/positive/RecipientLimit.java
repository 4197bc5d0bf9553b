package com.example.smtp.server;

import java.io.PrintWriter;

class RecipientLimit {
    static final int TOO_MANY_RECIPIENTS = 552; // expect: ObsoleteReplyCode

    void tooMany(PrintWriter out) {
        out.print("552 Too many recipients\r\n"); // expect: ObsoleteReplyCode
    }

    void tooManyRight(PrintWriter out) {
        out.print("452 4.5.3 Too many recipients\r\n");
    }
}
