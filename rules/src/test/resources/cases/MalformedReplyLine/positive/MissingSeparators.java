package com.example.smtp.testserver;

import java.io.PrintWriter;

class MissingSeparators {
    void replies(PrintWriter out) {
        out.print("250OK\r\n"); // expect: MalformedReplyLine
        out.print("550:User unknown\r\n"); // expect: MalformedReplyLine
        out.print("250 OK\r\n");
    }
}
