package com.example.relay;

import java.util.List;

/**
 * A message waiting in the queue.
 *
 * @param sender the envelope sender (MAIL FROM)
 * @param recipients the envelope recipients (RCPT TO) still to be delivered
 * @param content the message with its headers, lines ending with CRLF
 */
public record OutboundMessage(String sender, List<String> recipients, String content) {
    public OutboundMessage {
        recipients = List.copyOf(recipients);
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("a message needs at least one recipient");
        }
    }
}
