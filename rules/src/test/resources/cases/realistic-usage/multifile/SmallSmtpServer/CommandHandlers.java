package com.example.smtp.server;

import java.io.PrintWriter;

/** The handlers of the verbs that need more than one line of logic. */
final class CommandHandlers {
    private static final long MAX_MESSAGE_BYTES = 20_971_520L;

    private CommandHandlers() {
    }

    static final class QuitCommand {
        void execute(SmtpServerSession session, PrintWriter out) {
            if (session.inTransaction()) {
                out.print("250 2.0.0 Bye, discarding the open transaction\r\n"); // expect: WrongReplyForCommand, MeaningMismatch
            } else {
                out.print("221 2.0.0 Bye\r\n");
            }
            session.close();
        }
    }

    static final class AuthCommand {
        void execute(String mechanism, boolean tls, Authenticator authenticator, PrintWriter out) {
            if (!tls) {
                out.print("530 5.7.0 Must issue a STARTTLS command first\r\n");
            } else if (!mechanism.equals("PLAIN") && !mechanism.equals("LOGIN")) {
                out.print("504 5.5.4 Unrecognized authentication type\r\n");
            } else if (mechanism.equals("LOGIN")) {
                out.print("334 VXNlcm5hbWU6\r\n");
            } else if (!authenticator.available()) {
                out.print("451 4.3.0 Authentication backend unavailable\r\n"); // expect: WrongReplyForCommand
            } else if (authenticator.verify()) {
                out.print("235 2.7.0 Authentication successful\r\n");
            } else {
                out.print("535 5.7.8 Authentication credentials invalid\r\n");
            }
        }
    }

    static final class BdatCommand {
        void execute(long chunkSize, boolean last, SmtpServerSession session, PrintWriter out) {
            if (!session.hasRecipients()) {
                out.print("503 5.5.1 Error: need RCPT command\r\n");
                return;
            }
            session.spool().append(chunkSize);
            if (session.spool().size() > MAX_MESSAGE_BYTES) {
                out.print("552 5.3.4 Message size exceeds fixed limit\r\n");
            } else if (last) {
                out.print("250 2.0.0 Ok: queued as " + session.spool().queueId() + "\r\n");
            } else {
                out.print("354 Continue with the next chunk\r\n"); // expect: WrongReplyForCommand
            }
        }
    }
}
