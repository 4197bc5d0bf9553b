package io.github.smtplint.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtplint.catalog.ReplyLine.LineEnding;
import io.github.smtplint.catalog.ReplyLine.Separator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReplyLineParserTest {

    @Test
    void readsCodeEnhancedCodeAndText() {
        ReplyLine line = parsed("550 5.1.1 User unknown");
        assertThat(line.code()).isEqualTo(550);
        assertThat(line.separator()).isEqualTo(Separator.SPACE);
        assertThat(line.continuation()).isFalse();
        assertThat(line.enhancedCode()).contains("5.1.1");
        assertThat(line.text()).isEqualTo("User unknown");
        assertThat(line.ending()).isEqualTo(LineEnding.NONE);
    }

    @Test
    void readsAContinuationLineWithCrlf() {
        ReplyLine line = parsed("250-mail.example.com Hello\r\n");
        assertThat(line.continuation()).isTrue();
        assertThat(line.enhancedCode()).isEmpty();
        assertThat(line.text()).isEqualTo("mail.example.com Hello");
        assertThat(line.ending()).isEqualTo(LineEnding.CRLF);
    }

    @Test
    void readsAContinuationLineWithOnlyAnEnhancedCode() {
        ReplyLine line = parsed("550-5.1.1");
        assertThat(line.continuation()).isTrue();
        assertThat(line.enhancedCode()).contains("5.1.1");
        assertThat(line.text()).isEmpty();
    }

    @Test
    void notesABareLineFeed() {
        assertThat(parsed("221 Bye\n").ending()).isEqualTo(LineEnding.BARE_LF);
    }

    @Test
    void acceptsABareCode() {
        ReplyLine line = parsed("334");
        assertThat(line.code()).isEqualTo(334);
        assertThat(line.separator()).isEqualTo(Separator.NONE);
    }

    @Test
    void leavesTheJudgementOfTheCodeToTheCatalog() {
        assertThat(parsed("471 4.7.1 Try later").code()).isEqualTo(471);
        assertThat(parsed("550 6.1.1 x").enhancedCode()).contains("6.1.1");
    }

    @Test
    void doesNotTakeANumberInTheTextForAnEnhancedCode() {
        ReplyLine line = parsed("250 1.2.3.4 accepted");
        assertThat(line.enhancedCode()).isEmpty();
        assertThat(line.text()).isEqualTo("1.2.3.4 accepted");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "OK | 0 | three-digit code",
        "25 OK | 2 | three-digit code",
        "250OK | 3 | followed by 'O'",
        "250:OK | 3 | followed by ':'",
    })
    void reportsWhereAndWhyALineIsNotAReply(String input, int column, String message) {
        assertThat(ReplyLineParser.parse(input)).isInstanceOfSatisfying(ReplyLineParse.Problem.class, problem -> {
            assertThat(problem.column()).isEqualTo(column);
            assertThat(problem.message()).contains(message);
        });
    }

    private static ReplyLine parsed(String input) {
        ReplyLineParse parse = ReplyLineParser.parse(input);
        assertThat(parse).isInstanceOf(ReplyLineParse.Parsed.class);
        return ((ReplyLineParse.Parsed) parse).line();
    }
}
