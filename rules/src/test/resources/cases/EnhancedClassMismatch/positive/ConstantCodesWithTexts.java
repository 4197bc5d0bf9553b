package com.example.smtp.handler;

import org.subethamail.smtp.RejectException;

class ConstantCodesWithTexts {
    static final int MAILBOX_UNAVAILABLE = 550;
    static final int START_INPUT = 354;

    void recipient(String address) throws RejectException {
        throw new RejectException(MAILBOX_UNAVAILABLE, "4.1.1 User " + address + " unknown"); // expect: EnhancedClassMismatch
    }

    void recipientRight(String address) throws RejectException {
        throw new RejectException(MAILBOX_UNAVAILABLE, "5.1.1 User " + address + " unknown");
    }

    String dataReply() {
        return "354 2.0.0 Start mail input"; // expect: EnhancedClassMismatch
    }
}
