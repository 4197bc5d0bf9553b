package com.example.bounce;

import jakarta.mail.MessagingException;

final class RegisteredDsnCodes {
    static final String MAILBOX_FULL = "4.2.2";
    static final String NULL_MX = "5.1.10";
    static final String REQUIRETLS = "5.7.30";
    static final String DELIVERY_EXPIRED = "4.4.7";
    static final String OTHER = "2.0.0";

    boolean permanent(String dsnStatus) {
        return dsnStatus.startsWith("5.") || dsnStatus.equals("5.2.2");
    }

    void fail(String why) throws MessagingException {
        throw new MessagingException(why);
    }
}
