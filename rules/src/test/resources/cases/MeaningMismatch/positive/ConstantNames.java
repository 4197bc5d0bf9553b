package com.example.smtp;

final class ConstantNames {
    static final int SERVICE_READY = 221; // expect: MeaningMismatch
    static final int SERVICE_CLOSING = 221;
    static final int NOT_SUPPORTED = 255; // expect: MeaningMismatch, UnknownReplyCode
    static final int COMMAND_NOT_IMPLEMENTED = 502;
    static final int AUTH_FAILED = 554; // expect: MeaningMismatch
    static final int TEMP_FAILURE = 550; // expect: MeaningMismatch
    static final int OK = 250;

    private ConstantNames() {
    }
}
