package com.example.smtp.server;

final class PostfixStyleReplies {
    static final String RELAY_DENIED = "554 5.7.1 Relay access denied"; // expect: EnhancedBasicMismatch
    static final String USER_UNKNOWN = "550 5.1.1 User unknown";
    static final String NULL_MX = "550 5.1.10 Recipient address has null MX"; // expect: EnhancedBasicMismatch
    static final String NULL_MX_RIGHT = "556 5.1.10 Recipient address has null MX";

    private PostfixStyleReplies() {
    }
}
