package io.github.smtplint.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtplint.annotations.ReplyClass;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReplyCodeCatalogTest {
    private final Catalog catalog = Catalog.standard();

    @Test
    void everyReplyCodeHasTheClassAndCategoryOfItsDigits() {
        assertThat(catalog.replyCodes()).isNotEmpty().allSatisfy(reply -> {
            assertThat(reply.replyClass().firstDigit()).isEqualTo(reply.code() / 100);
            assertThat(reply.category().secondDigit()).isEqualTo(reply.code() / 10 % 10);
            assertThat(reply.meaning()).isNotBlank();
            assertThat(reply.references()).isNotEmpty();
        });
    }

    static Stream<Arguments> rfc5321NumericList() throws IOException {
        return numericOrderSection().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("rfc5321NumericList")
    void everyCodeOfRfc5321Section423IsPresentWithItsText(int code, String rfcText) {
        assertThat(catalog.reply(code)).isInstanceOfSatisfying(ReplyLookup.Registered.class, registered -> {
            ReplyCode entry = registered.entry();
            assertThat(entry.source()).isEqualTo(ReplySource.STANDARD);
            assertThat(entry.references()).contains("RFC 5321 §4.2.3");
            String textBeforeRemark = rfcText.replaceAll("\\(.*", "").trim();
            assertThat(entry.meaning()).startsWith(textBeforeRemark);
        });
    }

    @Test
    void theNumericListOfRfc5321HasAllItsCodes() throws IOException {
        assertThat(numericOrderSection()).hasSize(24);
    }

    @ParameterizedTest
    @CsvSource({
        "221, POSITIVE_COMPLETION, CONNECTIONS, Service closing transmission channel",
        "354, POSITIVE_INTERMEDIATE, MAIL_SYSTEM, Start mail input",
        "452, TRANSIENT_NEGATIVE, MAIL_SYSTEM, insufficient system storage",
        "502, PERMANENT_NEGATIVE, SYNTAX, Command not implemented",
        "214, POSITIVE_COMPLETION, INFORMATION, Help message",
        "235, POSITIVE_COMPLETION, UNSPECIFIED_3, Authentication succeeded",
        "535, PERMANENT_NEGATIVE, UNSPECIFIED_3, Authentication credentials invalid",
        "334, POSITIVE_INTERMEDIATE, UNSPECIFIED_3, AUTH",
        "521, PERMANENT_NEGATIVE, CONNECTIONS, does not accept mail",
        "556, PERMANENT_NEGATIVE, MAIL_SYSTEM, Domain does not accept mail",
        "454, TRANSIENT_NEGATIVE, MAIL_SYSTEM, TLS not available",
        "530, PERMANENT_NEGATIVE, UNSPECIFIED_3, Authentication required",
    })
    void spotChecksOfClassCategoryAndMeaning(int code, ReplyClass replyClass, ReplyCategory category, String words) {
        ReplyCode entry = registered(code);
        assertThat(entry.replyClass()).isEqualTo(replyClass);
        assertThat(entry.category()).isEqualTo(category);
        assertThat(entry.meaning()).containsIgnoringCase(words);
    }

    @ParameterizedTest
    @CsvSource({
        "221, RFC 5321 §4.2.3",
        "235, RFC 4954 §6",
        "454, RFC 3207 §4",
        "521, RFC 7504 §3",
        "556, RFC 7504 §4",
        "555, RFC 5321 §4.1.1.11",
        "552, RFC 1870 §6",
    })
    void referencesNameTheDefiningSection(int code, String reference) {
        assertThat(registered(code).references()).contains(reference);
    }

    @ParameterizedTest
    @CsvSource({
        "221, QUIT, SUCCESS",
        "220, CONNECTION, SUCCESS",
        "554, CONNECTION, ERROR",
        "220, STARTTLS, SUCCESS",
        "251, RCPT, SUCCESS",
        "252, VRFY, SUCCESS",
        "354, DATA, INTERMEDIATE",
        "334, AUTH, INTERMEDIATE",
        "235, AUTH, SUCCESS",
        "535, AUTH, ERROR",
        "214, HELP, SUCCESS",
        "450, DATA_END, ERROR",
        "555, MAIL, ERROR",
        "556, RCPT, ERROR",
    })
    void theCommandTableOfSection432IsInverted(int code, SmtpCommand command, ReplyKind kind) {
        assertThat(registered(code).repliesTo()).containsEntry(command, java.util.Set.of(kind));
    }

    @Test
    void quitIsAnsweredOnlyBy221() {
        CommandReplies quit = catalog.repliesTo(SmtpCommand.QUIT).orElseThrow();
        assertThat(quit.codes(ReplyKind.SUCCESS)).containsExactly(221);
        assertThat(quit.codes(ReplyKind.ERROR)).isEmpty();
        assertThat(registered(221).repliesTo()).containsOnlyKeys(SmtpCommand.QUIT);
    }

    @Test
    void anyCommandMayReceive500_501And421() {
        assertThat(catalog.anyCommandReplies()).containsExactlyInAnyOrder(500, 501, 421);
        assertThat(registered(421).toAnyCommand()).isTrue();
        assertThat(registered(250).toAnyCommand()).isFalse();
    }

    @Test
    void everyCommandOfRfc5321Section432HasARow() {
        for (SmtpCommand command : SmtpCommand.values()) {
            assertThat(catalog.repliesTo(command)).as(command.label()).isPresent();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {431, 439, 241, 320, 512, 543})
    void wellFormedButUndefinedCodesAreUnregistered(int code) {
        assertThat(catalog.reply(code)).isInstanceOfSatisfying(ReplyLookup.Unregistered.class, unregistered -> {
            assertThat(unregistered.replyClass().firstDigit()).isEqualTo(code / 100);
            assertThat(unregistered.category().secondDigit()).isEqualTo(code / 10 % 10);
        });
    }

    @ParameterizedTest
    @CsvSource({
        "471, second digit 7",
        "571, second digit 7",
        "290, second digit 9",
        "599, second digit 9",
        "199, FTP",
        "150, FTP",
        "600, first digit 6",
        "999, first digit 9",
        "42, not a three-digit code",
        "5500, not a three-digit code",
        "-250, not a three-digit code",
    })
    void malformedCodesSayWhy(int code, String problem) {
        assertThat(catalog.reply(code)).isInstanceOfSatisfying(ReplyLookup.Malformed.class,
                malformed -> assertThat(malformed.problem()).contains(problem));
    }

    @Test
    void deprecatedUsesAreKnown() {
        assertThat(catalog.deprecationsOf("552")).singleElement().satisfies(d -> {
            assertThat(d.useInstead()).isEqualTo("452");
            assertThat(d.when().kind()).isEqualTo(Deprecation.Condition.Kind.TEXT);
            assertThat(d.references()).contains("RFC 5321 §4.5.3.1.10");
        });
        assertThat(catalog.deprecationsOf("521")).singleElement()
                .satisfies(d -> assertThat(d.when().argument()).isEqualTo("RCPT"));
        assertThat(catalog.deprecationsOf("250")).isEmpty();
    }

    private ReplyCode registered(int code) {
        ReplyLookup lookup = catalog.reply(code);
        assertThat(lookup).isInstanceOf(ReplyLookup.Registered.class);
        return ((ReplyLookup.Registered) lookup).entry();
    }

    /** The codes and first text lines of RFC 5321 §4.2.3, "Reply Codes in Numeric Order". */
    private static Map<Integer, String> numericOrderSection() throws IOException {
        String text;
        try (InputStream in = ReplyCodeCatalogTest.class.getResourceAsStream("/reference/rfc5321-replies.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String section = text.substring(text.indexOf("4.2.3.  Reply Codes in Numeric Order"),
                text.indexOf("4.2.4.  Reply Code 502"));
        Map<Integer, String> codes = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(?m)^   ([2-5]\\d\\d)  (.+)$").matcher(section);
        while (m.find()) {
            codes.put(Integer.parseInt(m.group(1)), m.group(2).trim());
        }
        return codes;
    }
}
