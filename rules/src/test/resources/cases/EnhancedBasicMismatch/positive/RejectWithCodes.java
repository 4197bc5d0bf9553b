package com.example.smtp.handler;

import org.subethamail.smtp.RejectException;

class RejectWithCodes {
    void tooBig() throws RejectException {
        throw new RejectException(552, "5.3.4 Message too big for system");
    }

    void full() throws RejectException {
        throw new RejectException(550, "5.3.4 Message too big for system"); // expect: EnhancedBasicMismatch
    }
}
