package com.example.smtp.server;

import java.io.PrintWriter;

class SessionDispatcher {
    void dispatch(String line, PrintWriter out, boolean authenticated) {
        if (line.startsWith("RCPT")) {
            out.print("354 Go ahead\r\n"); // expect: WrongReplyForCommand
        } else if ("DATA".equals(line)) {
            out.print("354 End data with <CR><LF>.<CR><LF>\r\n");
        }
        switch (line) {
            case "QUIT" -> out.print("221 2.0.0 Bye\r\n");
            case "NOOP" -> out.print("221 2.0.0 Bye\r\n"); // expect: WrongReplyForCommand
            default -> out.print("502 5.5.1 Command not implemented\r\n"); // expect: EnhancedBasicMismatch
        }
    }

    void handleAuth(PrintWriter out, boolean valid) {
        if (!valid) {
            out.print("554 5.7.8 Authentication credentials invalid\r\n"); // expect: WrongReplyForCommand, MeaningMismatch
        }
    }
}
