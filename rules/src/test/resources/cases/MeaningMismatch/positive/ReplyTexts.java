package com.example.smtp.testserver;

import java.io.PrintWriter;

class ReplyTexts {
    void replies(PrintWriter out) {
        out.print("221 Service ready\r\n"); // expect: MeaningMismatch
        out.print("554 Authentication failed\r\n"); // expect: MeaningMismatch
        out.print("535 5.7.8 Authentication failed\r\n");
        out.print("250 Temporary failure, try again later\r\n"); // expect: MeaningMismatch
        out.print("451 Temporary failure, try again later\r\n");
    }
}
