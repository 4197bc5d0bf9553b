package io.github.smtplint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SmtpEvidenceTest {
    @ParameterizedTest
    @ValueSource(strings = {"import org.apache.commons.net.smtp.SMTPClient;", "int code = client.getReplyCode();",
            "if (SMTPReply.isPositiveCompletion(code))", "static final int MAIL_FROM_OK = 250;",
            "class LmtpSession", "void bounceMessage()", "String ehloName;", "HELO", "rcptTo", "relayHost",
            "replies.add(r)", "int returnCode;", "throw new RejectException(550)", "DropConnectionException",
            "postfixQueue", "eximLog", "org.apache.james.protocols", "org.subethamail.smtp", "sendCommand(\"X\")",
            "simpleCommand(\"X\")", "issueCommand(\"X\")", "isNegativeTransient", "@SmtpReply(SUCCESS)",
            "DSN notify", "int dsnFlags;", "String mta;", "MTA", "(mta)", "send(\"QUIT\")", "x = \"DATA\";",
            "s = \"STARTTLS\"", "\"AUTH PLAIN\"", "\"550 5.1.1 User unknown\"", "\"421-4.4.2 timeout\"",
            "\"250 2.0.0 OK\""})
    void evidenceIsFound(String text) {
        assertThat(SmtpEvidence.foundIn(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\"", "int status = 404; // Not Found", "static final int PAGE_SIZE = 250;",
            "long timeoutMillis = 500;", "return response.getStatusCode();", "String reason = \"OK\";",
            "int idsn = 3;", "windsnap", "int mtab;", "String smta;", "MTA_HOST", "xmta", "send(\"quit\")",
            "s = \"Data\";", "QUIT", "\"550 5.1\"", "\"650 5.1.1\"", "\"550 6.1.1\"", "550 5.1.1 without a quote",
            "\"550 5.1.\"", "String sm = \"tp\";", "class Re { int ply; }", "return code;"})
    void textWithoutEvidenceIsNot(String text) {
        assertThat(SmtpEvidence.foundIn(text)).isFalse();
    }

    @Test
    void everyTestCorpusFileGetsTheAnswerOfTheWordByWordSearch() throws Exception {
        Path cases = Path.of(SmtpEvidenceTest.class.getResource("/cases").toURI());
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(cases)) {
            sources = walk.filter(path -> path.toString().endsWith(".java")).toList();
        }
        assertThat(sources).hasSizeGreaterThan(50);
        for (Path source : sources) {
            String text = Files.readString(source, StandardCharsets.UTF_8);
            assertThat(SmtpEvidence.foundIn(text)).as(source.toString()).isEqualTo(WordByWord.foundIn(text));
        }
    }

    @Test
    void generatedTextsGetTheAnswerOfTheWordByWordSearch() {
        String[] pieces = {"smtp", "SMTP", "Smt", "mail", "MaIl", "mai", "re", "reply", "Repl", "return", "returnCode",
            "is", "isPositive", "isNeg", "dsn", "DSN", "ds", "mta", "MTA", "mt", "james", "jam", "_", " ", ".", "(",
            "x", "1", "250", "\"", "\"QUIT", "\"Quit", "\"550 5.1.1", "\"550 5.1", "\"4", " 4.4.7", "-", "\n",
            "ehl", "helo", "bounc", "subetha", "sendCommand", "exim", "postfi", "rcpt", "lmtp", "relay"};
        Random random = new Random(20261130);
        int found = 0;
        for (int text = 0; text < 20_000; text++) {
            StringBuilder builder = new StringBuilder();
            int length = 1 + random.nextInt(6);
            for (int piece = 0; piece < length; piece++) {
                builder.append(pieces[random.nextInt(pieces.length)]);
            }
            String generated = builder.toString();
            boolean expected = WordByWord.foundIn(generated);
            assertThat(SmtpEvidence.foundIn(generated)).as(generated).isEqualTo(expected);
            found += expected ? 1 : 0;
        }
        // Both answers occur often: the comparison is not won by always saying the same.
        assertThat(found).isBetween(2_000, 18_000);
    }

    /** The plain search the one-pass scan must agree with: the lower-cased text searched once per word. */
    private static final class WordByWord {
        private static final List<String> ANYWHERE = List.of("smtp", "lmtp", "mail", "relay", "bounce", "ehlo",
                "helo", "rcpt", "reply", "replies", "returncode", "rejectexception", "dropconnection", "postfix",
                "exim", "james", "subetha", "sendcommand", "simplecommand", "issuecommand", "ispositive", "isnegative");
        private static final List<String> QUOTED_COMMANDS = List.of("\"QUIT", "\"DATA", "\"RSET", "\"NOOP",
                "\"STARTTLS", "\"AUTH", "\"VRFY", "\"EXPN", "\"BDAT");
        private static final Pattern REPLY_LINE = Pattern.compile("\"[2-5]\\d\\d[ -][245]\\.\\d{1,3}\\.\\d");

        static boolean foundIn(String text) {
            String lower = text.toLowerCase(Locale.ROOT);
            return ANYWHERE.stream().anyMatch(lower::contains)
                    || Pattern.compile("(?<![A-Za-z0-9_])dsn").matcher(lower).find()
                    || Pattern.compile("(?<![A-Za-z0-9_])mta(?![A-Za-z0-9_])").matcher(lower).find()
                    || QUOTED_COMMANDS.stream().anyMatch(text::contains)
                    || REPLY_LINE.matcher(text).find();
        }
    }
}
