package com.example.smtp.testserver;

import java.io.PrintWriter;

class ScriptedServerReplies {
    private final PrintWriter out;

    ScriptedServerReplies(PrintWriter out) {
        this.out = out;
    }

    void greet() {
        out.print("220 mail.example.com ESMTP ready\r\n");
    }

    void throttle() {
        out.print("471 Try again later\r\n"); // expect: UnknownReplyCode
    }

    void deferVendorStyle() {
        out.print("431 4.3.0 Server busy\r\n"); // expect: UnknownReplyCode
    }

    void close() {
        out.print("699 Goodbye\r\n"); // expect: UnknownReplyCode
    }
}
