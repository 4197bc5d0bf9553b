package com.example.mail.bounce;

import java.util.Set;

/** Reads the SMTP code of a bounce report and decides what the list manager does with the address. */
public final class BounceRangeClassifier {
    public enum Disposition { DELIVERED, DEFERRED, BOUNCED, UNKNOWN }

    private final Set<String> hardBounced;
    private final Set<String> retryLater;

    public BounceRangeClassifier(Set<String> hardBounced, Set<String> retryLater) {
        this.hardBounced = hardBounced;
        this.retryLater = retryLater;
    }

    Disposition classify(int code) {
        if (code >= 500) {
            return Disposition.BOUNCED;
        } else if (code >= 400) {
            return Disposition.DEFERRED;
        } else if (code / 100 == 2) {
            return Disposition.DELIVERED;
        }
        return Disposition.UNKNOWN;
    }

    /** The same decision written with early returns, as the DSN parser does. */
    Disposition classifyDiagnostic(int code) {
        if (code / 100 == 5) {
            return Disposition.BOUNCED;
        }
        if (code >= 400) {
            return Disposition.DEFERRED;
        }
        return code >= 200 && code < 300 ? Disposition.DELIVERED : Disposition.UNKNOWN;
    }

    void file(String address, int code) {
        if (code / 100 == 4) {
            retryLater.add(address);
        } else if (code / 100 == 5) {
            hardBounced.add(address);
        }
    }

    /** The importer for the old mailing-list software, whose bounds were set by hand. */
    Disposition classifyImported(int code) {
        if (code > 500) { // expect: ReplyClassRangeError
            return Disposition.BOUNCED;
        } else if (code >= 400) { // expect: PermanentTreatedAsTransient
            return Disposition.DEFERRED;
        }
        return Disposition.DELIVERED;
    }

    void fileImported(String address, int code) {
        if (code / 100 == 4) { // expect: TransientTreatedAsPermanent
            hardBounced.add(address);
        } else if (code >= 500) {
            hardBounced.add(address);
        }
    }
}
