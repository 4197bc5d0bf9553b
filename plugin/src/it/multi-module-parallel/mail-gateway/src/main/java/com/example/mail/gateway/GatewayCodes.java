package com.example.mail.gateway;

import io.github.smtplint.annotations.SmtpCodes;

@SmtpCodes
public final class GatewayCodes {
    public static final String NO_ROUTE = "5.4.8";

    private GatewayCodes() {
    }
}
