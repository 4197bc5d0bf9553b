package com.example.mail.bounce;

import jakarta.mail.MessagingException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

/** Decides per failed send whether to retry or to bounce; every shape here is correct. */
final class BounceDecisions {
    enum Verdict { RETRY, BOUNCE, INVESTIGATE }

    private final Mailer mailer;

    BounceDecisions(Mailer mailer) {
        this.mailer = mailer;
    }

    Verdict verdict(SMTPSendFailedException e) {
        int code = e.getReturnCode();
        if (code >= 500) {
            return Verdict.BOUNCE;
        } else if (code >= 400) {
            return Verdict.RETRY;
        }
        return Verdict.INVESTIGATE;
    }

    Verdict verdict(SMTPAddressFailedException e) {
        return switch (e.getReturnCode()) {
            case 421, 450, 451, 452 -> Verdict.RETRY;
            case 550, 551, 553 -> Verdict.BOUNCE;
            default -> e.getReturnCode() / 100 == 4 ? Verdict.RETRY : Verdict.INVESTIGATE;
        };
    }

    void handle(String id, SMTPSendFailedException e) throws MessagingException {
        int code = e.getReturnCode();
        if (code / 100 == 4) {
            mailer.retry(id);
        } else if (code == 552) {
            mailer.splitAndRetry(id);
        } else if (code / 100 == 5) {
            mailer.bounce(id, e.getMessage());
        } else {
            throw e;
        }
    }

    void afterRecipient(String id, String address, int rcptCode) {
        switch (rcptCode) {
            case 450:
            case 451:
            case 452:
                mailer.deferRecipient(id, address);
                break;
            case 550:
            case 553:
                mailer.bounceRecipient(id, address);
                break;
            default:
                break;
        }
    }
}
