package com.example.relay;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A next hop for tests: answers SMTP sessions on a loopback port from a script, one session at a
 * time, and records the commands it received. Replies to RCPT come from the script by address; every
 * other command gets the reply a well-behaved Postfix would send.
 */
final class ScriptedSmtpServer implements AutoCloseable {
    private static final String AUTH_FAILED = "554 5.7.8 Authentication failed";

    private final ServerSocket socket;
    private final Map<String, String> recipientReplies = new ConcurrentHashMap<>();
    private final List<String> commands = new CopyOnWriteArrayList<>();
    private volatile String endOfDataReply = "250 2.0.0 Ok: queued as 4F2A1C0";

    ScriptedSmtpServer() throws IOException {
        socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::serve, "scripted-smtp-" + socket.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** The address to connect to: the loopback address the server listens on, whatever "localhost" resolves to. */
    String host() {
        return socket.getInetAddress().getHostAddress();
    }

    int port() {
        return socket.getLocalPort();
    }

    /** The reply to {@code RCPT TO:<address>}; recipients not scripted are accepted. */
    ScriptedSmtpServer answerRecipient(String address, String reply) {
        recipientReplies.put(address, reply);
        return this;
    }

    ScriptedSmtpServer answerEndOfData(String reply) {
        endOfDataReply = reply;
        return this;
    }

    List<String> commands() {
        return List.copyOf(commands);
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket peer = socket.accept()) {
                converse(peer);
            } catch (IOException e) {
                // Closed by close(), or the client hung up: either way this session is over.
            }
        }
    }

    private void converse(Socket peer) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(peer.getInputStream(), StandardCharsets.UTF_8));
        Writer out = new OutputStreamWriter(peer.getOutputStream(), StandardCharsets.UTF_8);
        send(out, "220 mx.example.test ESMTP ready");
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            commands.add(line);
            String verb = line.split(" ", 2)[0].toUpperCase(Locale.ROOT);
            switch (verb) {
                case "EHLO" -> send(out, "250-mx.example.test\r\n250-PIPELINING\r\n250 8BITMIME");
                case "HELO" -> send(out, "250 mx.example.test");
                case "MAIL" -> send(out, "250 2.1.0 Ok");
                case "RCPT" -> send(out, recipientReplies.getOrDefault(address(line), "250 2.1.5 Ok"));
                case "DATA" -> {
                    send(out, "354 End data with <CR><LF>.<CR><LF>");
                    skipContent(in);
                    send(out, endOfDataReply);
                }
                case "RSET", "NOOP" -> send(out, "250 2.0.0 Ok");
                case "AUTH" -> send(out, AUTH_FAILED);
                case "QUIT" -> {
                    send(out, "221 2.0.0 Bye");
                    return;
                }
                default -> send(out, "500 5.5.2 Error: command not recognized");
            }
        }
    }

    private static void skipContent(BufferedReader in) throws IOException {
        for (String line = in.readLine(); line != null && !line.equals("."); line = in.readLine()) {
            // The tests look at replies, not at the content.
        }
    }

    private static String address(String rcptCommand) {
        int open = rcptCommand.indexOf('<');
        int close = rcptCommand.indexOf('>', open);
        return open < 0 || close < 0 ? "" : rcptCommand.substring(open + 1, close);
    }

    private static void send(Writer out, String reply) throws IOException {
        out.write(reply + "\r\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
