package com.example.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelayClientTest {
    private final RelayClient client =
            new RelayClient("relay.example.com", Duration.ofSeconds(5), new DeliveryClassifier());

    @Test
    void deliversToEveryAcceptedRecipient() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer()) {
            List<RecipientResult> results =
                    client.deliver(server.host(), server.port(), message("alice@example.test", "bob@example.test"));

            assertEquals(List.of(Verdict.DELIVERED, Verdict.DELIVERED),
                    results.stream().map(RecipientResult::verdict).toList());
            assertEquals(250, results.get(0).reply().code());
        }
    }

    @Test
    void bouncesAnUnknownUserAndDeliversTheOthers() throws Exception {
        String userUnknown = "550 5.1.1 <nobody@example.test>: Recipient address rejected: User unknown";
        try (ScriptedSmtpServer server = new ScriptedSmtpServer().answerRecipient("nobody@example.test", userUnknown)) {
            List<RecipientResult> results =
                    client.deliver(server.host(), server.port(), message("nobody@example.test", "bob@example.test"));

            assertEquals(Verdict.BOUNCE, results.get(0).verdict());
            assertEquals("5.1.1", results.get(0).reply().enhancedStatus().orElseThrow());
            assertEquals(Verdict.DELIVERED, results.get(1).verdict());
        }
    }

    @Test
    void retriesAGreylistedRecipientWithoutSendingTheMessage() throws Exception {
        String greylisted = "450 4.2.0 <carol@example.test>: Recipient address rejected: Greylisted";
        try (ScriptedSmtpServer server = new ScriptedSmtpServer().answerRecipient("carol@example.test", greylisted)) {
            List<RecipientResult> results = client.deliver(server.host(), server.port(), message("carol@example.test"));

            assertEquals(Verdict.RETRY, results.get(0).verdict());
            assertEquals(List.of("HELO", "MAIL", "RCPT", "QUIT"), verbs(server.commands()));
        }
    }

    @Test
    void aFullMailboxAtTheEndOfDataBouncesEveryone() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer().answerEndOfData("552 5.2.2 Mailbox full")) {
            List<RecipientResult> results = client.deliver(server.host(), server.port(), message("alice@example.test"));

            assertEquals(Verdict.BOUNCE, results.get(0).verdict());
        }
    }

    private static OutboundMessage message(String... recipients) {
        return new OutboundMessage("sender@example.com", List.of(recipients),
                "Subject: test\r\n\r\nHello.\r\n");
    }

    private static List<String> verbs(List<String> commands) {
        return commands.stream().map(command -> command.split("[ :]", 2)[0]).toList();
    }
}
