package com.example.bounce;

final class DsnStatusConstants {
    static final String MAILBOX_UNKNOWN = "5.1.1";
    static final String MAILBOX_UNKNOWN_TYPO = "6.1.1"; // expect: UnknownEnhancedStatus
    static final String ROUTING_LOOP = "5.9.1"; // expect: UnknownEnhancedStatus
    static final String VENDOR_DETAIL = "5.1.99"; // expect: UnknownEnhancedStatus
    static final String DELIVERY_EXPIRED = "4.4.7";

    private DsnStatusConstants() {
    }
}
