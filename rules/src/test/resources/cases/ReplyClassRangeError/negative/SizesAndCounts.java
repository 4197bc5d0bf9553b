package com.example.relay;

import org.apache.commons.net.smtp.SMTPClient;

class SizesAndCounts {
    private final SMTPClient client = new SMTPClient();
    private int recipients;

    boolean tooMany() {
        return recipients > 450;
    }

    boolean longLine(String line) {
        return line.length() > 998;
    }
}
