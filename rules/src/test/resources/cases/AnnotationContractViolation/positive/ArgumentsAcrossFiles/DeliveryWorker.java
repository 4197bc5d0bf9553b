package com.example.queue;

import org.apache.commons.net.smtp.SMTPReply;

class DeliveryWorker {
    static final int GREYLISTED = 450;

    private final Bouncer bouncer = new Bouncer(421); // expect: AnnotationContractViolation

    void onRejected(String id) {
        bouncer.bounce(id, 550);
        bouncer.bounce(id, GREYLISTED); // expect: AnnotationContractViolation
        bouncer.bounce(id, 250); // expect: AnnotationContractViolation
        bouncer.bounce(id, SMTPReply.ACTION_NOT_TAKEN); // expect: AnnotationContractViolation
        bouncer.bounce(id, SMTPReply.MAILBOX_UNAVAILABLE);
    }

    void onEitherOutcome() {
        // Equal arguments are still different arguments: each is held to its own parameter's contract.
        bouncer.retryOrBounce(
                450,
                450); // expect: AnnotationContractViolation
        bouncer.retryOrBounce(
                550, // expect: AnnotationContractViolation
                550);
    }
}
