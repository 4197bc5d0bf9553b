package com.example.mail.core;

import io.github.smtplint.annotations.SmtpCodes;

@SmtpCodes
public final class CoreCodes {
    public static final int SERVICE_READY = 221;

    private CoreCodes() {
    }
}
