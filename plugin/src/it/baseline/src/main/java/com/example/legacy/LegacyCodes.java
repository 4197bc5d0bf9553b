package com.example.legacy;

import io.github.smtplint.annotations.SmtpCodes;

/** The codes of the old bounce processor, as they were when the team adopted smtp-lint. */
@SmtpCodes
public final class LegacyCodes {
    public static final int POLICY_REJECT = 571;
    public static final int RATE_LIMITED = 471;
    public static final String NO_ROUTE = "5.4.8";

    private LegacyCodes() {
    }
}
