package com.example.mail.admin;

import java.util.Locale;

/** Default settings for new mailboxes on the company mail server. */
public final class MailboxProvisioning {
    public static final String DEFAULT_QUOTA = "512 MB";
    public static final String ARCHIVE_QUOTA = "750 MB";
    public static final String RETENTION = "365 days";
    public static final String DEFAULT_LOCALE = "de-CH";

    private MailboxProvisioning() {
    }

    public static long quotaBytes(String quota) {
        String[] parts = quota.trim().split(" ");
        long amount = Long.parseLong(parts[0]);
        return switch (parts[1].toUpperCase(Locale.ROOT)) {
            case "KB" -> amount * 1024;
            case "MB" -> amount * 1024 * 1024;
            case "GB" -> amount * 1024 * 1024 * 1024;
            default -> throw new IllegalArgumentException("unknown quota unit in " + quota);
        };
    }

    public static String welcomeText(String user) {
        return "Welcome, " + user + "! Your mailbox holds " + DEFAULT_QUOTA + " of mail.";
    }
}
