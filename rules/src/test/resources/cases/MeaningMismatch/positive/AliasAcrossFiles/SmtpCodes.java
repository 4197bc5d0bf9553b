package com.example.smtp;

public final class SmtpCodes {
    public static final int CLOSING = 221;
    // smtp-lint:ignore MeaningMismatch
    public static final int OK_BUT_CLOSING = 221;

    private SmtpCodes() {
    }
}
