package com.example.smtp.legacy;

final class SuppressedLegacyServer {
    // Emulates an RFC 821 server for interoperability tests.
    @SuppressWarnings("smtp-lint:ObsoleteReplyCode")
    static final String RFC821_TOO_MANY = "552 Too many recipients";

    static final int HISTORIC = 538; // smtp-lint:ignore ObsoleteReplyCode

    private SuppressedLegacyServer() {
    }
}
