package com.example.mail;

import java.util.logging.Logger;
import org.apache.commons.net.smtp.SMTPClient;
import org.apache.commons.net.smtp.SMTPReply;

class QuitHandledRight {
    private static final Logger LOG = Logger.getLogger("mail");
    private final SMTPClient client = new SMTPClient();

    void close() throws java.io.IOException {
        client.quit();
        int reply = client.getReplyCode();
        if (reply == 221) {
            client.disconnect();
        } else {
            LOG.severe("QUIT answered " + reply);
        }
        if (!SMTPReply.isPositiveCompletion(reply)) {
            throw new IllegalStateException("QUIT failed: " + reply);
        }
    }
}
