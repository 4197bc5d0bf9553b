package com.example.smtp.auth;

final class AuthHistoric {
    static final String ENCRYPTION_REQUIRED = "538 5.7.11 Encryption required for requested authentication mechanism"; // expect: ObsoleteReplyCode
    static final String TOO_WEAK = "534 5.7.9 Authentication mechanism is too weak";

    private AuthHistoric() {
    }
}
