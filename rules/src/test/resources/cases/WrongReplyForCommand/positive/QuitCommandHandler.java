package com.example.smtp.server;

import java.io.PrintWriter;

class QuitCommand {
    void execute(PrintWriter out) {
        out.print("250 OK, bye\r\n"); // expect: WrongReplyForCommand, MeaningMismatch
    }
}
