package com.example.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.SocketTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeliveryClassifierTest {
    private final DeliveryClassifier classifier = new DeliveryClassifier();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "250 2.0.0 Ok: queued as 4F2A1C0                          | DELIVERED",
        "251 2.1.5 User not local; will forward                   | DELIVERED",
        "421 4.3.2 Service shutting down, closing channel         | RETRY",
        "451 4.3.0 Temporary lookup failure                       | RETRY",
        "452 4.2.2 Mailbox full, try again later                  | RETRY",
        "550 5.1.1 User unknown                                   | BOUNCE",
        "552 5.2.2 Mailbox full                                   | BOUNCE",
        "553 sorry, that domain is not in my list of allowed rcpthosts | BOUNCE",
    })
    void classifiesTheReplyThatEndedTheAttempt(String reply, Verdict expected) {
        assertEquals(expected, classifier.classify(Reply.parse(reply)));
    }

    @Test
    void aTimeoutIsRetried() {
        Reply reply = classifier.networkFailure(new SocketTimeoutException("connect timed out"));

        assertEquals(421, reply.code());
        assertEquals(Verdict.RETRY, classifier.classify(reply));
    }
}
