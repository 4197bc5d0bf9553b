package com.example.notify.mail;

import com.example.notify.queue.BounceLog;
import com.example.notify.queue.RetryQueue;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

/** Sends account notifications with Jakarta Mail and sorts the relay's refusals into retries and bounces. */
public class NotificationSender {
    private final RetryQueue retryQueue;
    private final BounceLog bounceLog;

    public NotificationSender(RetryQueue retryQueue, BounceLog bounceLog) {
        this.retryQueue = retryQueue;
        this.bounceLog = bounceLog;
    }

    public void send(MimeMessage message) throws MessagingException {
        try {
            Transport.send(message);
        } catch (SMTPSendFailedException e) {
            int code = e.getReturnCode();
            if (code >= 500) {
                bounceLog.record(message, e.getMessage());
            } else if (code >= 400) {
                retryQueue.schedule(message, e.getMessage());
            }
        } catch (SendFailedException e) {
            Exception next = e.getNextException();
            while (next instanceof SMTPAddressFailedException failed) {
                Address address = failed.getAddress();
                if (failed.getReturnCode() / 100 == 4) {
                    retryQueue.scheduleRecipient(message, address);
                } else {
                    bounceLog.recordRecipient(message, address, failed.getMessage());
                }
                next = failed.getNextException();
            }
        }
    }

    /** The batch mailer's older rules, from before the relay moved to enhanced status codes. */
    public void sendBatch(MimeMessage message) throws MessagingException {
        try {
            Transport.send(message);
        } catch (SMTPSendFailedException e) {
            int code = e.getReturnCode();
            if (code == 421 || code == 450 || code == 451) {
                retryQueue.schedule(message, e.getMessage());
            } else if (code == 452) { // expect: TransientTreatedAsPermanent
                bounceLog.record(message, "mailbox full");
            } else if (code == 554) { // expect: PermanentTreatedAsTransient
                retryQueue.schedule(message, "blocked by the relay, trying again tonight");
            } else if (code > 500) { // expect: ReplyClassRangeError
                bounceLog.record(message, e.getMessage());
            }
        } catch (SendFailedException e) {
            Exception next = e.getNextException();
            while (next instanceof SMTPAddressFailedException failed) {
                if (failed.getReturnCode() >= 450) { // expect: ReplyClassRangeError, TransientTreatedAsPermanent
                    bounceLog.recordRecipient(message, failed.getAddress(), failed.getMessage());
                } else {
                    retryQueue.scheduleRecipient(message, failed.getAddress());
                }
                next = failed.getNextException();
            }
        }
    }
}
