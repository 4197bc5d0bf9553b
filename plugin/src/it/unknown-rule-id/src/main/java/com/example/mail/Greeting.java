package com.example.mail;

import io.github.smtplint.annotations.SmtpCodes;

/** Correct code: the build may only fail for the configuration. */
@SmtpCodes
public final class Greeting {
    public static final int SERVICE_READY = 220;

    private Greeting() {
    }
}
