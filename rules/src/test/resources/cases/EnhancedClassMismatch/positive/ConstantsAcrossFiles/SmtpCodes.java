package com.example.codes;

public final class SmtpCodes {
    public static final int MAILBOX_UNAVAILABLE = 550;
    public static final int LOCAL_ERROR = 451;
    public static final String NOT_ACCEPTING = "4.3.2";

    private SmtpCodes() {
    }
}
