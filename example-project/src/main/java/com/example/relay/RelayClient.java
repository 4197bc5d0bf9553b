package com.example.relay;

import static com.example.relay.ReplyCodes.SERVICE_READY;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.net.smtp.SMTPClient;

/**
 * Hands one queued message to the next hop over SMTP, with Commons Net, and says what became of
 * each recipient. Never throws for the remote side's sake: a refused recipient or a dead host is
 * a result the queue acts on, not an error.
 */
public final class RelayClient {
    private final String heloName;
    private final Duration timeout;
    private final DeliveryClassifier classifier;

    public RelayClient(String heloName, Duration timeout, DeliveryClassifier classifier) {
        this.heloName = heloName;
        this.timeout = timeout;
        this.classifier = classifier;
    }

    public List<RecipientResult> deliver(String host, int port, OutboundMessage message) {
        SMTPClient client = new SMTPClient(StandardCharsets.UTF_8.name());
        client.setConnectTimeout((int) timeout.toMillis());
        client.setDefaultTimeout((int) timeout.toMillis());
        try {
            client.connect(host, port);
            if (client.getReplyCode() != SERVICE_READY) {
                return everyone(message.recipients(), lastReply(client));
            }
            if (!client.login(heloName) || !client.setSender(message.sender())) {
                return everyone(message.recipients(), lastReply(client));
            }
            return transfer(client, message);
        } catch (IOException e) {
            return everyone(message.recipients(), classifier.networkFailure(e));
        } finally {
            disconnectQuietly(client);
        }
    }

    private List<RecipientResult> transfer(SMTPClient client, OutboundMessage message) throws IOException {
        List<RecipientResult> results = new ArrayList<>();
        List<String> accepted = new ArrayList<>();
        for (String recipient : message.recipients()) {
            if (client.addRecipient(recipient)) {
                accepted.add(recipient);
            } else {
                results.add(result(recipient, lastReply(client)));
            }
        }
        if (accepted.isEmpty()) {
            client.logout();
            return results;
        }
        Writer data = client.sendMessageData();
        if (data == null) {
            results.addAll(everyone(accepted, lastReply(client)));
            return results;
        }
        try (data) {
            data.write(message.content());
        }
        // The reply to the end of data decides for every recipient accepted so far (RFC 5321 §4.1.1.4).
        client.completePendingCommand();
        results.addAll(everyone(accepted, lastReply(client)));
        // The message is handed over; how the server answers QUIT changes nothing for it.
        client.logout();
        return results;
    }

    private List<RecipientResult> everyone(List<String> recipients, Reply reply) {
        return recipients.stream().map(recipient -> result(recipient, reply)).toList();
    }

    private RecipientResult result(String recipient, Reply reply) {
        return new RecipientResult(recipient, reply, classifier.classify(reply));
    }

    private static Reply lastReply(SMTPClient client) {
        return Reply.parse(client.getReplyString());
    }

    private static void disconnectQuietly(SMTPClient client) {
        if (client.isConnected()) {
            try {
                client.disconnect();
            } catch (IOException ignored) {
                // Nothing depends on a clean close once the results are known.
            }
        }
    }
}
