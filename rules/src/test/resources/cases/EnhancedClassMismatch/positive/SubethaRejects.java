package com.example.smtp.handler;

import org.subethamail.smtp.RejectException;

class SubethaRejects {
    void recipient(String address) throws RejectException {
        if (address.isEmpty()) {
            throw new RejectException(550, "4.1.1 Mailbox unavailable"); // expect: EnhancedClassMismatch
        }
        throw new RejectException(550, "5.1.1 Mailbox unavailable");
    }

    void tooBusy() throws RejectException {
        throw new RejectException(421, "5.3.2 System not accepting network messages"); // expect: EnhancedClassMismatch
    }
}
