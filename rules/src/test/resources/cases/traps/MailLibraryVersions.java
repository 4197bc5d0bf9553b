package com.example.mail.support;

import jakarta.mail.Session;

/** Works around known bugs of particular Jakarta Mail implementation versions. */
final class MailLibraryVersions {
    static final String MIN_ANGUS_VERSION = "2.0.1";
    static final String SPRING_BOOT_VERSION = "3.2.1";
    static final String BROKEN_RELEASE = "5.1.1";

    private MailLibraryVersions() {
    }

    static String implementationVersion() {
        String version = Session.class.getPackage().getImplementationVersion();
        return version == null ? "0.0.0" : version;
    }

    static boolean needsStartTlsWorkaround() {
        String mailVersion = implementationVersion();
        return "2.0.1".equals(mailVersion) || mailVersion.startsWith("1.6.");
    }

    static boolean isBrokenRelease(String release) {
        return release.equals("5.1.12") || release.equals(BROKEN_RELEASE);
    }

    static int compareVersions(String a, String b) {
        String[] left = a.split("\\.");
        String[] right = b.split("\\.");
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            int cmp = Integer.compare(Integer.parseInt(left[i]), Integer.parseInt(right[i]));
            if (cmp != 0) {
                return cmp;
            }
        }
        return Integer.compare(left.length, right.length);
    }

    static boolean supportsUtf8Headers() {
        return compareVersions(implementationVersion(), "6.0.3") >= 0;
    }
}
