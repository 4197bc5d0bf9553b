package com.example.mail.bounce;

import java.util.Set;
import java.util.logging.Logger;

/** Maps the SMTP code of a bounce report to what the list manager does, code by code. */
public final class BounceSwitchClassifier {
    public enum Disposition { DELIVERED, DEFERRED, BOUNCED, UNKNOWN }

    private static final Logger LOG = Logger.getLogger(BounceSwitchClassifier.class.getName());

    private final Set<String> hardBounced;
    private final Set<String> retryLater;

    public BounceSwitchClassifier(Set<String> hardBounced, Set<String> retryLater) {
        this.hardBounced = hardBounced;
        this.retryLater = retryLater;
    }

    Disposition classify(int code) {
        return switch (code) {
            case 250, 251, 252 -> Disposition.DELIVERED;
            case 421, 450, 451, 452 -> Disposition.DEFERRED;
            case 550, 551, 553, 554 -> Disposition.BOUNCED;
            default -> Disposition.UNKNOWN;
        };
    }

    /** The table copied from the old mailing-list software. */
    Disposition classifyImported(int code) {
        return switch (code) {
            case 250 -> Disposition.DELIVERED;
            case 251, 252 -> Disposition.BOUNCED; // expect: SuccessTreatedAsFailure
            case 421, 451 -> Disposition.DEFERRED;
            case 450, 452, 550 -> Disposition.BOUNCED; // expect: TransientTreatedAsPermanent
            case 554 -> { // expect: PermanentTreatedAsTransient
                LOG.info("policy block, will try again");
                yield Disposition.DEFERRED;
            }
            default -> Disposition.UNKNOWN;
        };
    }

    Disposition classifyByClass(int code) {
        return switch (code / 100) {
            case 2 -> Disposition.DELIVERED;
            case 4 -> Disposition.BOUNCED; // expect: TransientTreatedAsPermanent
            case 5 -> Disposition.BOUNCED;
            default -> Disposition.UNKNOWN;
        };
    }

    void file(String address, int code) {
        switch (code) {
            case 421:
            case 450:
            case 451:
                retryLater.add(address);
                break;
            case 452: // expect: TransientTreatedAsPermanent
                LOG.info("mailbox full: " + address);
            case 550:
            case 553:
                hardBounced.add(address);
                break;
            case 552:
                hardBounced.add(address);
                break;
            default:
                LOG.warning("unclassified reply " + code + " for " + address);
        }
    }
}
