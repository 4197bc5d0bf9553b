package com.example.queue;

import org.apache.commons.net.smtp.SMTPClient;
import org.apache.commons.net.smtp.SMTPReply;

class TempFailuresRetried {
    private final SMTPClient client = new SMTPClient();
    private final Retries retries = new Retries();

    void afterData(String message) {
        int reply = client.getReplyCode();
        if (SMTPReply.isNegativeTransient(reply)) {
            retries.scheduleRetry(message);
        } else if (reply >= 500) {
            retries.bounce(message);
        }
        if (reply == 421) {
            retries.requeue(message);
        }
    }

    static final class Retries {
        void scheduleRetry(String message) {
        }

        void requeue(String message) {
        }

        void bounce(String message) {
        }
    }
}
