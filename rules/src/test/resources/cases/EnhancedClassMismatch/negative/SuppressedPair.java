package com.example.smtp.testserver;

final class SuppressedPair {
    // A deliberately broken reply, to test how the client copes with it.
    @SuppressWarnings("smtp-lint:EnhancedClassMismatch")
    static final String BROKEN_REPLY = "550 4.1.1 Deliberately inconsistent";

    static final String ALSO_BROKEN = "250 5.0.0 Deliberately inconsistent"; // smtp-lint:ignore EnhancedClassMismatch

    private SuppressedPair() {
    }
}
