package com.example.notify;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/** Sends notification mails and turns the relay's reply codes into a delivery status. */
public class JakartaMailNotifier {
    private static final int MAILBOX_FULL = 522; // expect: UnknownReplyCode, MeaningMismatch
    private static final int INSUFFICIENT_STORAGE = 452;

    enum Status { SENT, RETRY, BOUNCED, UNKNOWN }

    private final Session session;

    public JakartaMailNotifier(Session session) {
        this.session = session;
    }

    Status send(MimeMessage message) throws MessagingException {
        SMTPTransport transport = (SMTPTransport) session.getTransport("smtp");
        try {
            transport.connect();
            transport.sendMessage(message, message.getAllRecipients());
            int code = transport.getLastReturnCode();
            return code == 250 || code == 251 ? Status.SENT : Status.UNKNOWN;
        } catch (SMTPSendFailedException e) {
            int rc = e.getReturnCode();
            if (rc == 451 || rc == INSUFFICIENT_STORAGE || rc == 471) { // expect: UnknownReplyCode
                return Status.RETRY;
            }
            if (rc == MAILBOX_FULL) { // expect: PermanentTreatedAsTransient
                return Status.RETRY;
            }
            if (e.getMessage().startsWith("452 5.2.2")) { // expect: EnhancedClassMismatch
                return Status.RETRY;
            }
            if (e.getMessage().startsWith("571")) { // expect: UnknownReplyCode
                return Status.BOUNCED;
            }
            return rc >= 500 ? Status.BOUNCED : Status.UNKNOWN;
        } catch (SendFailedException e) {
            return classifyRecipients(e);
        } finally {
            transport.close();
        }
    }

    private Status classifyRecipients(SendFailedException e) {
        for (Exception next = e.getNextException(); next != null; next = ((MessagingException) next).getNextException()) {
            if (next instanceof SMTPAddressFailedException failed) {
                Address address = failed.getAddress();
                if (failed.getReturnCode() == 550 || failed.getReturnCode() == 553) {
                    return Status.BOUNCED;
                }
                if (failed.getReturnCode() == 450 || failed.getReturnCode() == 452) {
                    return Status.RETRY;
                }
                System.err.println("unexpected reply for " + address + ": " + failed.getReturnCode());
            }
            if (!(next instanceof MessagingException)) {
                break;
            }
        }
        return Status.UNKNOWN;
    }
}
