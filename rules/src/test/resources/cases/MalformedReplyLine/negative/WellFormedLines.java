package com.example.smtp.testserver;

import java.io.PrintWriter;

class WellFormedLines {
    void replies(PrintWriter out, String host) {
        out.print("220 " + host + " ESMTP ready\r\n");
        out.print("250-" + host + " greets you\r\n");
        out.print("250-8BITMIME\r\n");
        out.print("250 SMTPUTF8\r\n");
        out.print("354 End data with <CR><LF>.<CR><LF>\r\n");
        out.print("334 \r\n");
        out.println("221 Bye");
    }
}
