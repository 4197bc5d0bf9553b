package io.github.smtplint.bench;

import java.util.Random;

/**
 * Writes the SMTP part of a generated SMTP file: a Commons Net client, a server handler or a class of
 * constants, either correct or with one mistake smtp-lint reports.
 */
final class SmtpCode {
    private final Random random;

    SmtpCode(Random random) {
        this.random = random;
    }

    void imports(GeneratedFile.Kind kind, JavaText out) {
        if (kind == GeneratedFile.Kind.SMTP_CLIENT) {
            out.line(0, "import java.io.IOException;");
            out.line(0, "import org.apache.commons.net.smtp.SMTPClient;");
            out.line(0, "import org.apache.commons.net.smtp.SMTPReply;");
        } else if (kind == GeneratedFile.Kind.SMTP_SERVER) {
            out.line(0, "import java.io.IOException;");
            out.line(0, "import java.io.Writer;");
        }
    }

    void members(GeneratedFile.Kind kind, boolean mistake, String className, JavaText out) {
        switch (kind) {
            case SMTP_CLIENT -> client(mistake, out);
            case SMTP_SERVER -> server(mistake, className, out);
            case SMTP_CONSTANTS -> constants(mistake, out);
            default -> throw new IllegalArgumentException(kind.name());
        }
        out.blank();
    }

    private void client(boolean mistake, JavaText out) {
        out.line(1, "private final String host = \"smtp.example.com\";");
        out.blank();
        out.line(1, "public boolean send(String from, String to, String body) throws IOException {");
        out.line(2, "SMTPClient client = new SMTPClient();");
        out.line(2, "client.connect(host, 25);");
        out.line(2, "if (client.getReplyCode() != 220) {");
        out.line(3, "client.disconnect();");
        out.line(3, "return false;");
        out.line(2, "}");
        out.line(2, "client.helo(\"localhost\");");
        out.line(2, "if (!SMTPReply.isPositiveCompletion(client.getReplyCode())) {");
        out.line(3, "client.disconnect();");
        out.line(3, "return false;");
        out.line(2, "}");
        out.line(2, "client.setSender(from);");
        out.line(2, "client.addRecipient(to);");
        out.line(2, "client.sendShortMessageData(body);");
        out.line(2, "int reply = client.quit();");
        if (mistake) {
            // 221 is the success reply to QUIT (RFC 5321 §4.3.2): SuccessTreatedAsFailure.
            out.line(2, "if (reply == 221) {");
            out.line(3, "throw new IllegalStateException(\"QUIT failed: \" + reply);");
            out.line(2, "}");
        } else {
            out.line(2, "if (reply != 221) {");
            out.line(3, "System.err.println(\"QUIT answered \" + reply);");
            out.line(2, "}");
        }
        out.line(2, "client.disconnect();");
        out.line(2, "return true;");
        out.line(1, "}");
    }

    private void server(boolean mistake, String className, JavaText out) {
        out.line(1, "private final Writer out;");
        out.blank();
        out.line(1, "public " + className + "(Writer out) {");
        out.line(2, "this.out = out;");
        out.line(1, "}");
        out.blank();
        out.line(1, "void handleMail(String sender) throws IOException {");
        out.line(2, "out.write(\"250 2.1.0 OK\\r\\n\");");
        out.line(2, "out.flush();");
        out.line(1, "}");
        out.blank();
        out.line(1, "void handleRcpt(String recipient, boolean known) throws IOException {");
        out.line(2, "if (known) {");
        out.line(3, "out.write(\"250 2.1.5 OK\\r\\n\");");
        out.line(2, "} else {");
        // 550 is permanent, 4.1.1 transient: EnhancedClassMismatch.
        out.line(3, mistake ? "out.write(\"550 4.1.1 User unknown\\r\\n\");" : "out.write(\"550 5.1.1 User unknown\\r\\n\");");
        out.line(2, "}");
        out.line(2, "out.flush();");
        out.line(1, "}");
        out.blank();
        out.line(1, "void handleData() throws IOException {");
        out.line(2, "out.write(\"354 Start mail input; end with <CRLF>.<CRLF>\\r\\n\");");
        out.line(2, "out.flush();");
        out.line(1, "}");
        out.blank();
        out.line(1, "void handleQuit() throws IOException {");
        out.line(2, "out.write(\"221 2.0.0 Bye\\r\\n\");");
        out.line(2, "out.flush();");
        out.line(1, "}");
    }

    private void constants(boolean mistake, JavaText out) {
        // 221 is "closing channel", not "service ready": MeaningMismatch.
        out.line(1, "public static final int SERVICE_READY = " + (mistake ? 221 : 220) + ";");
        out.line(1, "public static final int CLOSING = 221;");
        out.line(1, "public static final int OK = 250;");
        out.line(1, "public static final int START_MAIL_INPUT = 354;");
        out.line(1, "public static final int SERVICE_NOT_AVAILABLE = 421;");
        out.line(1, "public static final int MAILBOX_BUSY = 450;");
        out.line(1, "public static final int MAILBOX_UNAVAILABLE = 550;");
        out.line(1, "public static final int TRANSACTION_FAILED = 554;");
        out.line(1, "public static final String BAD_DESTINATION_MAILBOX = \"5.1.1\";");
        out.line(1, "public static final String MAILBOX_FULL = \"4.2.2\";");
        out.line(1, "public static final int RETRIES = " + (3 + random.nextInt(5)) + ";");
    }
}
