package com.example.smtp.auth;

import java.io.PrintWriter;

class AuthReplies {
    void succeeded(PrintWriter out) {
        out.print("235 2.7.0 Authentication successful\r\n");
    }

    void weak(PrintWriter out) {
        out.print("535 5.7.9 Authentication mechanism is too weak\r\n"); // expect: EnhancedBasicMismatch, MeaningMismatch
    }

    void invalid(PrintWriter out) {
        out.print("535 5.7.8 Authentication credentials invalid\r\n");
    }
}
