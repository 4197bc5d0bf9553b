package com.example.smtp.testserver;

import java.io.PrintWriter;

class ReadyForData {
    static final int SMTP_READY_FOR_DATA = 354;

    void replies(PrintWriter out, String client) {
        out.print("354 Ready for data\r\n");
        out.print("554 5.7.1 Service unavailable; Client host [" + client + "] blocked using zen.spamhaus.org\r\n"); // expect: EnhancedBasicMismatch
    }
}
