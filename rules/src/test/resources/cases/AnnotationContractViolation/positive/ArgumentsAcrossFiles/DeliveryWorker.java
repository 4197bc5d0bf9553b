package com.example.queue;

class DeliveryWorker {
    static final int GREYLISTED = 450;

    private final Bouncer bouncer = new Bouncer(421); // expect: AnnotationContractViolation

    void onRejected(String id) {
        bouncer.bounce(id, 550);
        bouncer.bounce(id, GREYLISTED); // expect: AnnotationContractViolation
        bouncer.bounce(id, 250); // expect: AnnotationContractViolation
    }
}
