package com.example.mail;

import jakarta.mail.MessagingException;
import org.eclipse.angus.mail.smtp.SMTPTransport;

class SwitchMarksDelivered {
    enum State { DELIVERED, WAITING, FAILED }

    State state(SMTPTransport transport) throws MessagingException {
        return switch (transport.getLastReturnCode()) {
            case 250 -> State.DELIVERED;
            case 354 -> State.DELIVERED; // expect: IntermediateTreatedAsFinal
            default -> State.FAILED;
        };
    }
}
