package com.example.smtp.server;

import java.io.PrintWriter;

class AgreeingReplies {
    static final String OK = "250 2.0.0 Ok";
    static final String USER_UNKNOWN = "550 5.1.1 User unknown";
    static final String BUSY = "450 4.2.1 Mailbox busy";
    static final String START_INPUT = "354 End data with <CR><LF>.<CR><LF>";

    void bye(PrintWriter out) {
        out.print("221 2.0.0 Bye\r\n");
    }
}
