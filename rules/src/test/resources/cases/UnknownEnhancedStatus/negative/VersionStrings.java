package com.example.build;

final class VersionStrings {
    static final String VERSION = "6.1.1";
    static final String PROTOCOL_VERSION = "5.9.1";
    static final String RELEASE = "2.0.99";

    String userAgent() {
        return "mailer/" + VERSION;
    }

    boolean isLegacy(String version) {
        return version.equals("4.1.2");
    }
}
