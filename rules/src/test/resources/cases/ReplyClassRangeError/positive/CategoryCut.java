package com.example.relay;

import jakarta.mail.MessagingException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

class CategoryCut {
    void handle(SMTPSendFailedException e) throws MessagingException {
        int rc = e.getReturnCode();
        if (rc >= 450) { // expect: ReplyClassRangeError
            throw e;
        }
    }
}
