package com.example.mail.relay;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.net.smtp.AuthenticatingSMTPClient;
import org.apache.commons.net.smtp.SMTPReply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Relays mail through the smarthost with Commons Net, checking each reply of the dialogue. */
public class CommonsNetRelaySession {
    private static final Logger LOG = LoggerFactory.getLogger(CommonsNetRelaySession.class);

    private final AuthenticatingSMTPClient client = new AuthenticatingSMTPClient();

    void open(String smarthost) throws IOException {
        client.connect(smarthost, 25);
        if (!SMTPReply.isPositiveCompletion(client.getReplyCode())) {
            throw new IOException("smarthost not ready: " + client.getReplyString());
        }
        if (client.ehlo("relay.example.com") != 250 && client.helo("relay.example.com") != 250) {
            throw new IOException("greeting refused: " + client.getReplyString());
        }
    }

    void send(String sender, List<String> recipients, List<String> refused, String body) throws IOException {
        if (client.mail("<" + sender + ">") != 250) {
            throw new IOException("sender refused: " + client.getReplyString());
        }
        for (String recipient : recipients) {
            int reply = client.rcpt("<" + recipient + ">");
            if (reply != 250 && reply != 251) {
                refused.add(recipient);
            }
        }
        Writer writer = client.sendMessageData();
        if (writer == null) {
            throw new IOException("DATA refused: " + client.getReplyString());
        }
        writer.write(body);
        writer.close();
        if (client.completePendingCommand() && client.quit() != 221) {
            LOG.warn("smarthost answered QUIT with {}", client.getReplyString());
        }
        client.disconnect();
    }

    /** The nightly digest job's copy, written to expect 250 after every command. */
    void sendDigest(String sender, List<String> recipients, String body) throws IOException {
        client.mail("<" + sender + ">");
        for (String recipient : recipients) {
            if (client.rcpt("<" + recipient + ">") != 250) { // expect: IncompleteSuccessCheck
                throw new IOException("recipient refused: " + client.getReplyString());
            }
        }
        if (client.sendCommand("DATA") != 250) { // expect: WrongReplyForCommand
            throw new IOException("DATA refused: " + client.getReplyString());
        }
        client.sendCommand(body + "\r\n.");
        if (client.quit() != 250) { // expect: WrongReplyForCommand
            LOG.error("QUIT failed: {}", client.getReplyString());
        }
    }

    /** Call-out verification of a sign-up address: RCPT without DATA. */
    boolean recipientAccepted(String address) throws IOException {
        int reply = client.rcpt("<" + address + ">");
        if (reply == 251) { // expect: SuccessTreatedAsFailure
            return false;
        }
        return reply == 250;
    }

    boolean mailboxExists(String user) throws IOException {
        int reply = client.vrfy(user);
        if (reply == 252) { // expect: SuccessTreatedAsFailure
            LOG.error("smarthost cannot verify {}", user);
            return false;
        }
        return SMTPReply.isPositiveCompletion(reply);
    }

    void logout() throws IOException {
        client.logout();
        if (client.getReplyCode() == 221) { // expect: SuccessTreatedAsFailure
            throw new IOException("smarthost closed the session: " + client.getReplyString());
        }
    }
}
