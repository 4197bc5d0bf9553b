package com.example.relay;

final class IpAddressesAndDates {
    static final String SMTP_RELAY_HOST = "10.1.1.1";
    static final String LOOPBACK = "127.0.0.1";
    static final String RELEASED = "2024.12.06";

    String smtpBanner() {
        return "220 relay.example.com ESMTP 4.1.2 ready";
    }
}
