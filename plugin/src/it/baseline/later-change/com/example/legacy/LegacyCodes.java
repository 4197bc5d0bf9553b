package com.example.legacy;

import io.github.smtplint.annotations.SmtpCodes;

/** The codes of the old bounce processor, as they were when the team adopted smtp-lint. */
@SmtpCodes
public final class LegacyCodes {
    // Added after the baseline: moves the old lines down, which must not revive their findings.
    public static final int GREYLISTED = 450;
    public static final int POLICY_REJECT = 571;
    // Fixed after the baseline: the baseline entry for 471 no longer occurs.
    public static final int RATE_LIMITED = 421;
    public static final String NO_ROUTE = "5.4.8";
    // The new mistake, the only finding the check reports.
    public static final String MAILBOX_DISABLED = "6.2.1";

    private LegacyCodes() {
    }
}
