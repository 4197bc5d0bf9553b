package com.example.relay;

final class ReplyConstants {
    static final int SERVICE_READY = 220;
    static final int GREYLISTED = 471; // expect: UnknownReplyCode
    static final int POLICY_BLOCK = 571; // expect: UnknownReplyCode
    static final int VENDOR_THROTTLED = 431; // expect: UnknownReplyCode
    static final int SMTP_PORT = 587;

    private ReplyConstants() {
    }
}
