package com.example.smtp.server;

import java.io.PrintWriter;

class RightReplies {
    void dispatch(String line, PrintWriter out) {
        if (line.startsWith("RCPT")) {
            out.print("250 2.1.5 Ok\r\n");
            out.print("550 5.1.1 User unknown\r\n");
            out.print("421 4.3.2 Shutting down\r\n"); // expect: EnhancedBasicMismatch
        } else if ("QUIT".equals(line)) {
            out.print("221 2.0.0 Bye\r\n");
        }
    }

    void handleData(PrintWriter out, boolean accepted) {
        out.print("354 End data with <CR><LF>.<CR><LF>\r\n");
        out.print(accepted ? "250 2.0.0 Ok: queued\r\n" : "554 5.7.1 Message rejected\r\n"); // expect: EnhancedBasicMismatch
    }

    void handleAuth(PrintWriter out) {
        out.print("334 \r\n");
        out.print("535 5.7.8 Authentication credentials invalid\r\n");
        out.print("235 2.7.0 Authentication successful\r\n");
    }
}
