package sample.smtp;

import java.io.IOException;
import java.util.List;

/** What the engine reads once, to get ready: the kinds of code it meets in a mail client. */
public class SmtpSample {
    public static final int SERVICE_READY = 220;
    public static final int MAIL_OK = 250;
    public static final int START_MAIL_INPUT = 354;
    public static final int MAILBOX_BUSY = 450;
    public static final String USER_UNKNOWN = "550 5.1.1 User unknown";

    private int replyCode;

    public boolean delivered(List<String> recipients) throws IOException {
        if (replyCode != SERVICE_READY) {
            throw new IOException("not ready: " + replyCode);
        }
        for (String recipient : recipients) {
            int reply = send("RCPT TO:<" + recipient + ">");
            if (reply == MAILBOX_BUSY || reply >= 500) {
                retryLater(recipient);
            } else if (reply / 100 == 2) {
                continue;
            }
        }
        switch (send("DATA")) {
            case START_MAIL_INPUT:
                return send(".") == MAIL_OK;
            case 554:
                return false;
            default:
                return "250 2.0.0 OK".startsWith(String.valueOf(replyCode));
        }
    }

    private int send(String command) {
        return command.isEmpty() ? 500 : 250;
    }

    private void retryLater(String recipient) {
        replyCode = 421;
    }
}
