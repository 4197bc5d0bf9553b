package com.example.smtp.server;

final class RegisteredPairs {
    static final String OK = "250 2.0.0 Ok";
    static final String BYE = "221 2.0.0 Bye";
    static final String USER_UNKNOWN = "550 5.1.1 User unknown";
    static final String SYSTEM_FULL = "452 4.3.1 Insufficient system storage";
    static final String CONGESTION = "451 4.4.5 Try again later";
    static final String DKIM = "550 5.7.20 No passing DKIM signature found";

    private RegisteredPairs() {
    }
}
