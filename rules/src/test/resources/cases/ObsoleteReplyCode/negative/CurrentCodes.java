package com.example.smtp.server;

final class CurrentCodes {
    static final String STORAGE_EXCEEDED = "552 5.2.2 Mailbox full";
    static final String MESSAGE_TOO_BIG = "552 5.3.4 Message too big for system";
    static final String TOO_MANY_RECIPIENTS = "452 4.5.3 Too many recipients";
    static final String BAD_CREDENTIALS = "535 5.7.8 Authentication credentials invalid";
    static final String UTF8_REQUIRED = "553 5.6.8 UTF-8 string reply is required";

    private CurrentCodes() {
    }
}
