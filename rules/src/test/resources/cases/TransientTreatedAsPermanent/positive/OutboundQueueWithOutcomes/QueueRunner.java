package com.example.queue;

import jakarta.mail.MessagingException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

class QueueRunner {
    private final DeliveryQueue queue = new DeliveryQueue();

    void handle(String id, SMTPSendFailedException e) {
        int rc = e.getReturnCode();
        if (rc == 452) { // expect: TransientTreatedAsPermanent
            queue.giveBack(id);
        } else if (rc == 554) { // expect: PermanentTreatedAsTransient
            queue.parkForLater(id);
        } else if (rc == 550) {
            queue.giveBack(id);
        }
    }
}
