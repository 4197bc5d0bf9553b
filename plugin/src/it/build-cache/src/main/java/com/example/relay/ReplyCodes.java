package com.example.relay;

import io.github.smtplint.annotations.SmtpCodes;

/** Two findings that warn without failing the build, so that the build is cached. */
@SmtpCodes
public final class ReplyCodes {
    public static final int SERVICE_READY = 221;
    public static final String NO_ROUTE = "5.4.8";

    private ReplyCodes() {
    }
}
