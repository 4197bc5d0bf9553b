package com.example.it.fakes;

import java.io.PrintWriter;

/**
 * The server side of an integration test: nothing in its names says SMTP, but a "DATA" command
 * answered with reply lines does.
 */
final class DataPhaseFake {
    private final PrintWriter out;

    DataPhaseFake(PrintWriter out) {
        this.out = out;
    }

    void greet() {
        out.print("220 fake.example.test ready\r\n");
    }

    void onCommand(String line) {
        if (line.equals("DATA")) {
            out.print("354 End data with <CR><LF>.<CR><LF>\r\n");
        } else {
            out.print("250 OK\r\n");
        }
    }

    void onEndOfData(boolean tooBig) {
        if (tooBig) {
            out.print("552 Message accepted for delivery\r\n"); // expect: MeaningMismatch
        } else {
            out.print("250 Message accepted for delivery\r\n");
        }
    }

    void onQuitRequested() {
        out.print("221 Service ready\r\n"); // expect: MeaningMismatch
    }
}
