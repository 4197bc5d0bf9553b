package com.example.mail.newsletter;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.List;

/** Sends a newsletter in batches so that the provider's per-message recipient limit is respected. */
class NewsletterBatcher {
    private static final int RECIPIENTS_PER_BATCH = 450;
    private static final long PAUSE_MILLIS = 750;
    private static final int MAX_SUBJECT_LENGTH = 998;

    private final MessageFactory factory;

    NewsletterBatcher(MessageFactory factory) {
        this.factory = factory;
    }

    int send(String subject, List<InternetAddress> subscribers) throws MessagingException, InterruptedException {
        String safeSubject = subject.length() > MAX_SUBJECT_LENGTH ? subject.substring(0, 250) : subject;
        int sent = 0;
        for (int from = 0; from < subscribers.size(); from += RECIPIENTS_PER_BATCH) {
            List<InternetAddress> batch = subscribers.subList(from, Math.min(from + 450, subscribers.size()));
            MimeMessage message = factory.newsletter(safeSubject);
            message.setRecipients(Message.RecipientType.BCC, batch.toArray(new InternetAddress[0]));
            message.setHeader("X-Campaign", "2024-05-spring");
            Transport.send(message);
            sent += batch.size();
            if (sent % 5000 == 0) {
                Thread.sleep(PAUSE_MILLIS * 4);
            } else {
                Thread.sleep(550);
            }
        }
        return sent;
    }

    static String footer(int subscriberCount) {
        return subscriberCount > 999 ? "Sent to more than 999 readers" : "Sent to " + subscriberCount + " readers";
    }
}
