package com.example.smtp;

enum ReplyEnum {
    READY(220, "Service ready"),
    BYE(221, "Service closing transmission channel"),
    AUTH_OK(250, "Authentication successful"), // expect: MeaningMismatch
    START_INPUT(354, "Start mail input; end with <CRLF>.<CRLF>"),
    MAILBOX_FULL(452, "Requested action not taken: insufficient system storage"),
    USER_UNKNOWN(421, "User unknown"); // expect: MeaningMismatch

    private final int code;
    private final String text;

    ReplyEnum(int code, String text) {
        this.code = code;
        this.text = text;
    }
}
