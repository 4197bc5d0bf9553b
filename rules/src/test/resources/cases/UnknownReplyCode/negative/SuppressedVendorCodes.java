package com.example.mail;

import org.apache.commons.net.smtp.SMTPClient;

class SuppressedVendorCodes {
    private final SMTPClient client = new SMTPClient();

    @SuppressWarnings("smtp-lint:UnknownReplyCode")
    boolean applianceThrottle() {
        return client.getReplyCode() == 431;
    }

    @SuppressWarnings("smtp-lint")
    boolean applianceBlock() {
        return client.getReplyCode() == 471;
    }

    boolean greylisted() {
        // smtp-lint:ignore UnknownReplyCode
        return client.getReplyCode() == 451 || client.getReplyCode() == 432 || client.getReplyCode() == 439;
    }

    boolean vendorTempfail() {
        return client.getReplyCode() == 437; // smtp-lint:ignore UnknownReplyCode
    }
}
