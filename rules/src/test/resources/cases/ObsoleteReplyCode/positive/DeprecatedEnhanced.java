package com.example.bounce;

final class DeprecatedEnhanced {
    static final String UTF8_REPLY_REQUIRED = "5.6.10"; // expect: ObsoleteReplyCode
    static final String UTF8_REPLY_REQUIRED_RIGHT = "5.6.8";
    static final String TRUST = "554 5.7.8 Trust relationship required"; // expect: ObsoleteReplyCode

    private DeprecatedEnhanced() {
    }
}
