package com.example.relay;

import org.apache.commons.net.smtp.SMTPClient;

class SwitchRejectsTempFailures {
    enum Verdict { DELIVERED, RETRY, REJECT }

    private final SMTPClient client = new SMTPClient();

    Verdict verdict() {
        return switch (client.getReplyCode()) {
            case 250, 251 -> Verdict.DELIVERED;
            case 421, 451 -> Verdict.RETRY;
            case 452, 550 -> Verdict.REJECT; // expect: TransientTreatedAsPermanent
            default -> Verdict.REJECT;
        };
    }
}
