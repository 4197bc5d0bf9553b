package com.example.mail;

import jakarta.mail.MessagingException;
import org.eclipse.angus.mail.smtp.SMTPTransport;

class RangeBelowFourHundredFails {
    void check(SMTPTransport transport) throws MessagingException {
        int code = transport.getLastReturnCode();
        if (code < 400) { // expect: SuccessTreatedAsFailure
            throw new MessagingException("unexpected reply " + code);
        }
    }
}
