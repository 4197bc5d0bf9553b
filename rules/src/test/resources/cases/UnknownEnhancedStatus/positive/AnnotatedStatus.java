package com.example.mail;

import io.github.smtplint.annotations.EnhancedStatus;

class AnnotatedStatus {
    @EnhancedStatus
    private String lastStatus = "2.0.0";

    void markUnknown() {
        lastStatus = "3.0.0"; // expect: UnknownEnhancedStatus
    }

    void markPolicy() {
        lastStatus = "5.7.1";
    }
}
