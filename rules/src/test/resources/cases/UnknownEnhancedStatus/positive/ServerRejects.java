package com.example.smtp.server;

import java.io.PrintWriter;

class ServerRejects {
    void rejectRecipient(PrintWriter out) {
        out.print("556 5.1.10 Recipient address has null MX\r\n");
        out.print("550 5.1.20 Recipient unknown\r\n"); // expect: UnknownEnhancedStatus
    }

    void rejectSender(PrintWriter out) {
        out.print("553 5.01.8 Bad sender address\r\n"); // expect: UnknownEnhancedStatus
    }
}
