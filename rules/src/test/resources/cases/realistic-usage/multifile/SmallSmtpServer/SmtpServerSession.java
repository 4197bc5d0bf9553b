package com.example.smtp.server;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** One connection to the small inbound SMTP server: reads a verb and lets its handler answer. */
final class SmtpServerSession {
    private static final int MAX_RECIPIENTS = 100;

    private final PrintWriter out;
    private final Set<String> mailboxes;
    private final Spool spool;
    private final List<String> recipients = new ArrayList<>();
    private final boolean oneMessagePerConnection;

    SmtpServerSession(PrintWriter out, Set<String> mailboxes, Spool spool, boolean oneMessagePerConnection) {
        this.out = out;
        this.mailboxes = mailboxes;
        this.spool = spool;
        this.oneMessagePerConnection = oneMessagePerConnection;
    }

    void dispatch(String line) {
        String verb = line.split(" ", 2)[0].toUpperCase();
        switch (verb) {
            case "EHLO" -> out.print("250-mx.example.com\r\n250-AUTH PLAIN LOGIN\r\n250 CHUNKING\r\n");
            case "RCPT" -> handleRcpt(line.substring(8).trim());
            case "DATA" -> handleData();
            case "QUIT" -> new CommandHandlers.QuitCommand().execute(this, out);
            case "STARTTLS" -> out.print("250 2.0.0 Ready to start TLS\r\n"); // expect: WrongReplyForCommand, MeaningMismatch
            case "RSET" -> {
                recipients.clear();
                out.print("250 2.0.0 Ok\r\n");
            }
            default -> out.print("502 5.5.2 Error: command not recognized\r\n");
        }
    }

    void handleRcpt(String address) {
        if (recipients.size() >= MAX_RECIPIENTS) {
            out.print("452 4.5.3 Error: too many recipients\r\n");
        } else if (!address.endsWith("@example.com>")) {
            out.print("554 5.7.1 " + address + ": Relay access denied\r\n"); // expect: WrongReplyForCommand, EnhancedBasicMismatch
        } else if (!mailboxes.contains(address)) {
            out.print("550 5.1.1 " + address + ": Recipient address rejected: User unknown\r\n");
        } else {
            recipients.add(address);
            out.print("250 2.1.5 Ok\r\n");
        }
    }

    void handleData() {
        if (recipients.isEmpty()) {
            out.print("554 5.5.1 Error: no valid recipients\r\n");
            return;
        }
        out.print("354 End data with <CR><LF>.<CR><LF>\r\n");
        String queueId = spool.receive();
        if (queueId == null) {
            out.print("451 4.3.0 Error: queue file write error\r\n");
        } else if (oneMessagePerConnection) {
            out.print("221 2.0.0 Ok: queued as " + queueId + ", closing connection\r\n"); // expect: WrongReplyForCommand
        } else {
            out.print("250 2.0.0 Ok: queued as " + queueId + "\r\n");
        }
    }

    boolean inTransaction() {
        return !recipients.isEmpty();
    }

    boolean hasRecipients() {
        return !recipients.isEmpty();
    }

    Spool spool() {
        return spool;
    }

    void close() {
        out.close();
    }
}
