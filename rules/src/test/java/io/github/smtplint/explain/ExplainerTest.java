package io.github.smtplint.explain;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtplint.catalog.Catalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExplainerTest {
    private final Explainer explainer = new Explainer(Catalog.standard());

    @Test
    void explains221AsTheClosingReplyToQuit() {
        Explanation explanation = explainer.explain("221");
        assertThat(explanation.acceptable()).isTrue();
        assertThat(explanation.problems()).isEmpty();
        assertThat(explanation.text())
                .contains("221: positive completion (2yz), connections (x2z)")
                .contains("meaning: <domain> Service closing transmission channel")
                .contains("references: RFC 5321 §4.2.3, RFC 5321 §3.8")
                .contains("reply to: QUIT (success)");
    }

    @Test
    void listsEveryCommandAReplyAnswers() {
        assertThat(explainer.explain("500").text())
                .contains("reply to: any command, EXPN, AUTH (error)");
        assertThat(explainer.explain("220").text())
                .contains("reply to: connection opening, STARTTLS (success)");
    }

    @Test
    void explainsAnEnhancedCode() {
        Explanation explanation = explainer.explain("4.4.7");
        assertThat(explanation.acceptable()).isTrue();
        assertThat(explanation.text())
                .contains("4.4.7: Delivery time expired")
                .contains("class: 4 Persistent Transient Failure (transient negative completion)")
                .contains("subject: 4 Network and Routing Status")
                .contains("basic codes: Not given")
                .contains("references: RFC 3463")
                .contains("updated 2024-12-06");
    }

    @Test
    void explainsAReplyLineAndItsPair() {
        Explanation explanation = explainer.explain("550 5.1.1 User unknown");
        assertThat(explanation.acceptable()).isTrue();
        assertThat(explanation.text())
                .contains("550: permanent negative completion (5yz), mail system (x5z)")
                .contains("5.1.1: Bad destination mailbox address")
                .contains("basic codes: 451, 550")
                .contains("550 5.1.1: the classes agree")
                .contains("registered pair: the registry lists X.1.1 with 451, 550");
    }

    @Test
    void explainsAContinuationLine() {
        Explanation explanation = explainer.explain("550-5.1.1");
        assertThat(explanation.acceptable()).isTrue();
        assertThat(explanation.text()).contains("550 5.1.1: the classes agree");
    }

    @Test
    void saysWhenTheClassesOfAPairDisagree() {
        Explanation explanation = explainer.explain("550 4.1.1");
        assertThat(explanation.acceptable()).isFalse();
        assertThat(explanation.text())
                .contains("550 4.1.1: the classes disagree: 550 is permanent negative completion but 4.1.1 is class 4")
                .contains("RFC 2034 §4");
        assertThat(explanation.problems()).singleElement().asString().startsWith("550 4.1.1: the classes disagree");
    }

    @Test
    void saysWhenAPairIsNotAmongTheRegistrysAssociations() {
        Explanation explanation = explainer.explain("554 5.7.1 Relay access denied");
        assertThat(explanation.acceptable()).isTrue();
        assertThat(explanation.text()).contains("not a registered pair: the registry lists X.7.1 with 451, 454, 502,"
                + " 503, 533, 550, 551 (its lists are informative, not exhaustive)");
    }

    @Test
    void saysAnUnregisteredCodeIsNotRegistered() {
        Explanation explanation = explainer.explain("431");
        assertThat(explanation.acceptable()).isFalse();
        assertThat(explanation.text())
                .contains("431: not registered")
                .contains("shape: transient negative completion (4yz), unspecified (x3z)");
    }

    @Test
    void saysA471HasASecondDigitOutsideTheCategories() {
        Explanation explanation = explainer.explain("471");
        assertThat(explanation.acceptable()).isFalse();
        assertThat(explanation.text()).isEqualTo(
                "471: malformed: its second digit 7 is outside RFC 5321's categories 0 to 5 (§4.2.1)");
    }

    @Test
    void saysAnEnhancedCodeOfClass6IsMalformed() {
        Explanation explanation = explainer.explain("6.1.1");
        assertThat(explanation.acceptable()).isFalse();
        assertThat(explanation.text()).isEqualTo("6.1.1: malformed: class 6 is not 2, 4 or 5 (RFC 3463 §2)");
    }

    @Test
    void saysAnUnregisteredDetailIsNotRegistered() {
        Explanation explanation = explainer.explain("5.1.99");
        assertThat(explanation.acceptable()).isFalse();
        assertThat(explanation.text()).contains("5.1.99: not registered: detail 99 is not registered under subject 1"
                + " (Addressing Status)");
    }

    @Test
    void namesDeprecatedUses() {
        assertThat(explainer.explain("552").text())
                .contains("deprecated: 552 for \"too many recipients\": use 452 instead (RFC 5321 §4.5.3.1.10)");
        assertThat(explainer.explain("5.6.10").text()).contains("deprecated: X.6.10: use X.6.8 instead");
    }

    @ParameterizedTest
    @ValueSource(strings = {"hello", "", "OK 250", "250OK"})
    void rejectsWhatIsNotACode(String input) {
        Explanation explanation = explainer.explain(input);
        assertThat(explanation.acceptable()).isFalse();
        assertThat(explanation.lines()).isNotEmpty();
    }
}
