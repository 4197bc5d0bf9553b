package com.example.mail.health;

import java.io.IOException;
import org.apache.commons.net.smtp.SMTPClient;
import org.apache.commons.net.smtp.SMTPReply;

/** Checks that each outbound relay accepts connections on the submission port. */
public class RelayProbe {
    private static final int SUBMISSION_PORT = 587;
    private static final int PROBE_TIMEOUT_MILLIS = 750;
    private static final long PAUSE_BETWEEN_PROBES_MILLIS = 500;

    public boolean reachable(String relay) throws IOException, InterruptedException {
        SMTPClient client = new SMTPClient();
        client.setConnectTimeout(PROBE_TIMEOUT_MILLIS);
        client.setDefaultTimeout(PROBE_TIMEOUT_MILLIS);
        try {
            client.connect(relay, SUBMISSION_PORT);
            client.setSoTimeout(750);
            return SMTPReply.isPositiveCompletion(client.getReplyCode());
        } finally {
            if (client.isConnected()) {
                client.disconnect();
            }
            Thread.sleep(PAUSE_BETWEEN_PROBES_MILLIS);
        }
    }

    public boolean reachableOnSmtps(String relay) throws IOException {
        SMTPClient client = new SMTPClient();
        client.connect(relay, 465);
        try {
            return SMTPReply.isPositiveCompletion(client.getReplyCode());
        } finally {
            client.disconnect();
        }
    }
}
