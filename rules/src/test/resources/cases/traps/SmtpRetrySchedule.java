package com.example.mail.queue;

import java.time.Duration;

/** When the outbound queue tries a deferred message again: quickly at first, then less often. */
final class SmtpRetrySchedule {
    static final int[] RETRY_MINUTES = {5, 15, 60, 240, 480, 720};
    static final int MAX_QUEUE_DAYS = 5;
    static final int MAX_ATTEMPTS = RETRY_MINUTES.length;

    private SmtpRetrySchedule() {
    }

    static Duration delayBefore(int attempt) {
        if (attempt < 1) {
            return Duration.ZERO;
        }
        return Duration.ofMinutes(RETRY_MINUTES[Math.min(attempt, MAX_ATTEMPTS) - 1]);
    }

    static int jitterSeconds(int attempt) {
        switch (attempt) {
            case 1:
                return 30;
            case 2:
                return 90;
            default:
                return 600;
        }
    }

    static long delayMillis(int attempt) {
        return delayBefore(attempt).toMillis() + jitterSeconds(attempt) * 1000L;
    }

    static boolean expired(Duration age) {
        return age.toHours() > MAX_QUEUE_DAYS * 24 || age.toMinutes() > 7 * 24 * 60;
    }
}
