package com.example.mail.submit;

import java.io.IOException;
import java.io.Writer;
import org.apache.commons.net.smtp.SMTPClient;
import org.apache.commons.net.smtp.SMTPReply;

/** Submits one message through the relay with Commons Net and says what became of it. */
public class CommonsNetSubmission {
    static final int SUBMISSION_PORT = 587;
    static final int GREETING = 220;
    static final int GREYLISTED = 451;
    static final int MAILBOX_UNAVAILABLE = 550;
    static final int SERVICE_READY = 221; // expect: MeaningMismatch
    static final int RATE_LIMITED = 471; // expect: UnknownReplyCode
    static final int TOO_MANY_RECIPIENTS = 552; // expect: ObsoleteReplyCode

    private final SMTPClient client = new SMTPClient();

    String submit(String relay, String from, String to, String body) throws IOException {
        client.connect(relay, SUBMISSION_PORT);
        if (client.getReplyCode() != GREETING) {
            return "relay not ready: " + client.getReplyString();
        }
        client.login("client.example.com");
        client.setSender(from);
        if (!client.addRecipient(to)) {
            int reply = client.getReplyCode();
            if (reply == GREYLISTED || reply == RATE_LIMITED) {
                return "deferred";
            }
            if (reply == TOO_MANY_RECIPIENTS) {
                return "split and resend";
            }
            if (reply == MAILBOX_UNAVAILABLE && client.getReplyString().startsWith("550 5.1.1")) {
                return "no such user";
            }
            if (reply == 553 || reply == 431) { // expect: UnknownReplyCode
                return "address rejected";
            }
            return "recipient refused: " + reply;
        }
        Writer data = client.sendMessageData();
        data.write(body);
        data.close();
        if (!client.completePendingCommand()) {
            return client.getReplyString().startsWith("554 4.7.1") ? "rejected by policy" : "failed"; // expect: EnhancedClassMismatch
        }
        client.logout();
        return client.getReplyCode() == SERVICE_READY ? "sent" : "sent, unclean quit";
    }

    boolean accepted() {
        return SMTPReply.isPositiveCompletion(client.getReplyCode()) || client.getReplyCode() == 251;
    }
}
