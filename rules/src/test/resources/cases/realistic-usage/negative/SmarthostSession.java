package com.example.mail.outbound;

import java.io.IOException;
import java.util.List;
import org.apache.commons.net.smtp.SMTPClient;
import org.apache.commons.net.smtp.SMTPReply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Delivers queued mail over one smarthost session; every reply is handled the way RFC 5321 means it. */
final class SmarthostSession {
    private static final Logger LOG = LoggerFactory.getLogger(SmarthostSession.class);

    private final SMTPClient client = new SMTPClient();
    private final DeliveryQueue queue;

    SmarthostSession(DeliveryQueue queue) {
        this.queue = queue;
    }

    void deliver(String id, String sender, List<String> recipients, String body) throws IOException {
        if (!SMTPReply.isPositiveCompletion(client.mail("<" + sender + ">"))) {
            afterFailure(id, client.getReplyCode());
            return;
        }
        for (String recipient : recipients) {
            int reply = client.rcpt("<" + recipient + ">");
            if (reply == 250 || reply == 251) {
                queue.accepted(id, recipient);
            } else if (SMTPReply.isNegativeTransient(reply)) {
                queue.retryRecipient(id, recipient);
            } else {
                queue.bounceRecipient(id, recipient, client.getReplyString());
            }
        }
        if (client.sendShortMessageData(body)) {
            queue.markDelivered(id);
        } else {
            afterFailure(id, client.getReplyCode());
        }
    }

    private void afterFailure(String id, int code) {
        if (code >= 500) {
            queue.bounce(id, client.getReplyString());
        } else if (code / 100 == 4) {
            queue.retry(id);
        } else {
            LOG.warn("unexpected reply {} for {}", code, id);
        }
    }

    boolean verify(String user) throws IOException {
        int reply = client.vrfy(user);
        if (reply == 252) {
            LOG.info("{} cannot be verified, the smarthost will still accept it", user);
        }
        return SMTPReply.isPositiveCompletion(reply);
    }

    void close() throws IOException {
        int code = client.quit();
        if (code == 221) {
            client.disconnect();
        } else {
            LOG.warn("QUIT answered {}, dropping the connection", code);
            client.disconnect();
        }
    }
}
