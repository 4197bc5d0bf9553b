package com.example.mail.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/** A tiny SMTP server for integration tests: answers one session from a fixed script. */
final class ScriptedSmtpServer implements Runnable {
    private final ServerSocket socket;
    private final Set<String> knownUsers;

    ScriptedSmtpServer(ServerSocket socket, Set<String> knownUsers) {
        this.socket = socket;
        this.knownUsers = knownUsers;
    }

    @Override
    public void run() {
        try (Socket peer = socket.accept();
             BufferedReader in = new BufferedReader(new InputStreamReader(peer.getInputStream(), StandardCharsets.US_ASCII));
             PrintWriter out = new PrintWriter(peer.getOutputStream(), true, StandardCharsets.US_ASCII)) {
            out.print("220 mx.example.test ESMTP ready\r\n");
            out.flush();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String verb = line.length() < 4 ? line : line.substring(0, 4).toUpperCase();
                switch (verb) {
                    case "EHLO" -> out.print("250-mx.example.test\r\n250-PIPELINING\r\n250-SIZE 10240000\r\n250 8BITMIME\r\n");
                    case "HELO" -> out.print("250-mx.example.test\r\n250 SIZE 10240000\r\n250 8BITMIME\r\n"); // expect: MalformedReplyLine
                    case "MAIL" -> out.print("250 2.1.0 Sender OK\r\n");
                    case "RCPT" -> out.print(recipientReply(line.substring(8).trim()));
                    case "DATA" -> out.print("354 End data with <CR><LF>.<CR><LF>\r\n");
                    case "AUTH" -> out.print("554 5.7.8 Authentication failed\r\n"); // expect: MeaningMismatch, WrongReplyForCommand
                    case "STAR" -> out.print("220OK ready to start TLS\r\n"); // expect: MalformedReplyLine
                    case "NOOP" -> out.print("250 OK\n"); // expect: MalformedReplyLine
                    case "VRFY" -> out.print("252 2.0.0 Cannot VRFY user, but will accept message\r\n");
                    case "QUIT" -> {
                        out.print("221 2.0.0 Bye\r\n");
                        return;
                    }
                    case "." -> out.print("250 2.0.0 Ok: queued as 4F2A1\r\n");
                    default -> out.print("502 5.5.2 Error: command not recognized\r\n");
                }
                out.flush();
            }
        } catch (IOException e) {
            throw new IllegalStateException("scripted session failed", e);
        }
    }

    private String recipientReply(String rcpt) {
        if (knownUsers.contains(rcpt)) {
            return "250 2.1.5 Recipient OK\r\n";
        }
        if (rcpt.endsWith("@full.example.test>")) {
            return "452 4.3.1 Insufficient system storage\r\n";
        }
        if (rcpt.endsWith("@relay.example.test>")) {
            return "554 5.7.1 <" + rcpt + ">: Relay access denied\r\n"; // expect: EnhancedBasicMismatch
        }
        if (rcpt.endsWith("@greylist.example.test>")) {
            return "450 5.7.1 <" + rcpt + ">: Greylisted, try again later\r\n"; // expect: EnhancedClassMismatch
        }
        if (rcpt.endsWith("@moved.example.test>")) {
            return "550 4.1.6 <" + rcpt + ">: Mailbox has moved\r\n"; // expect: EnhancedClassMismatch
        }
        return "550 5.1.1 <" + rcpt + ">: User unknown\r\n";
    }
}
