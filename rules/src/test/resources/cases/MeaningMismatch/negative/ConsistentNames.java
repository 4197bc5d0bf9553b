package com.example.smtp;

final class ConsistentNames {
    static final int SERVICE_READY = 220;
    static final int CLOSING = 221;
    static final int SERVICE_NOT_AVAILABLE = 421;
    static final int AUTH_SUCCEEDED = 235;
    static final int AUTH_FAILED = 535;
    static final int TEMP_AUTH_FAILURE = 454;
    static final int USER_UNKNOWN = 550;
    static final int NOT_IMPLEMENTED = 502;
    static final int PARAMETER_NOT_IMPLEMENTED = 504;
    static final int MAILBOX_FULL = 552;
    static final int TRY_LATER = 451;
    static final int NOT_OK = 554;

    private ConsistentNames() {
    }
}
