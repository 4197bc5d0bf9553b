package com.example.smtp.server;

final class OpenAndUnlisted {
    // X.7.17 allows any 5XX code; X.1.2 lists no basic code at all; X.0.0 goes with any.
    static final String MAILBOX_OWNER_CHANGED = "553 5.7.17 Mailbox owner has changed";
    static final String BAD_DOMAIN = "550 5.1.2 Bad destination system address";
    static final String OTHER = "421 4.0.0 Other undefined status";

    private OpenAndUnlisted() {
    }
}
