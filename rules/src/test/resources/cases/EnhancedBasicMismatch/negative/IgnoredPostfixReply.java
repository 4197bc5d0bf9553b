package com.example.smtp.server;

final class IgnoredPostfixReply {
    // smtp-lint:ignore EnhancedBasicMismatch
    static final String RELAY_DENIED = "554 5.7.1 Relay access denied";

    @SuppressWarnings("smtp-lint")
    static final String POLICY = "554 5.7.1 Policy rejection";

    private IgnoredPostfixReply() {
    }
}
