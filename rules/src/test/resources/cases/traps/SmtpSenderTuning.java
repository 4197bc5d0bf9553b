package com.example.mail;

import jakarta.mail.MessagingException;
import java.nio.file.Path;
import java.util.logging.Logger;

/** Small numbers in a class named after SMTP, and texts for people in mail code. */
class SmtpSenderTuning {
    private static final Logger LOG = Logger.getLogger("smtp");
    static final int BACKOFF_FACTOR = 2;
    static final int QUEUE = 20;
    static final int UNRELATED = 0;
    private final Path spool = Path.of("data");

    void report(int pending) {
        LOG.info("100 new messages in " + spool);
        LOG.warning("500 messages queued, flushing");
    }

    void refuse(int recipients) throws MessagingException {
        if (recipients > 400) {
            throw new IllegalStateException("400 recipients is too many");
        }
    }
}
