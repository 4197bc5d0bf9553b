package com.example.smtp.server;

import com.example.smtp.SmtpCodes;

final class Greeter {
    static final int SERVICE_READY = SmtpCodes.CLOSING; // expect: MeaningMismatch
    static final int BYE = SmtpCodes.CLOSING;

    private Greeter() {
    }
}
