package io.github.smtplint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smtplint.maven.RecordingLog.Level;
import org.apache.maven.api.di.Provides;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.junit.jupiter.api.Test;

/**
 * The {@code explain} goal as Maven configures it: the harness reads the generated plugin
 * descriptor and injects {@code code} the way {@code -Dcode=...} would.
 */
@MojoTest
class ExplainMojoTest {

    private final RecordingLog log = new RecordingLog();

    /** The harness hands this log to every mojo it injects, so no test has to set it. */
    @Provides
    Log recordingLog() {
        return log;
    }

    @Test
    @InjectMojo(goal = "explain")
    @MojoParameter(name = "code", value = "221")
    void explainsAReplyCode(ExplainMojo mojo) {
        assertThatCode(mojo::execute).doesNotThrowAnyException();

        assertThat(log.messagesAt(Level.INFO))
                .anySatisfy(line -> assertThat(line).startsWith("221: positive completion"))
                .anySatisfy(line -> assertThat(line).contains("Service closing transmission channel"))
                .anySatisfy(line -> assertThat(line).contains("reply to: QUIT (success)"));
        assertThat(log.messagesAt(Level.WARN)).isEmpty();
        assertThat(log.messagesAt(Level.ERROR)).isEmpty();
    }

    @Test
    @InjectMojo(goal = "explain")
    @MojoParameter(name = "code", value = "4.4.7")
    void explainsAnEnhancedStatusCode(ExplainMojo mojo) {
        assertThatCode(mojo::execute).doesNotThrowAnyException();

        assertThat(log.messagesAt(Level.INFO)).contains("4.4.7: Delivery time expired");
    }

    @Test
    @InjectMojo(goal = "explain")
    @MojoParameter(name = "code", value = "550 5.1.1 User unknown")
    void explainsAReplyLineWhoseClassesAgree(ExplainMojo mojo) {
        assertThatCode(mojo::execute).doesNotThrowAnyException();

        assertThat(log.messagesAt(Level.INFO))
                .anySatisfy(line -> assertThat(line).startsWith("550: permanent negative completion"))
                .anySatisfy(line -> assertThat(line).startsWith("5.1.1: Bad destination mailbox address"))
                .contains("550 5.1.1: the classes agree");
    }

    @Test
    @InjectMojo(goal = "explain")
    @MojoParameter(name = "code", value = "550 4.1.1")
    void failsWhenTheReplyAndEnhancedClassesDisagree(ExplainMojo mojo) {
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("550 4.1.1: the classes disagree");
    }

    @Test
    @InjectMojo(goal = "explain")
    @MojoParameter(name = "code", value = "431")
    void failsOnAnUnregisteredReplyCode(ExplainMojo mojo) {
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("431: not registered");
    }

    @Test
    @InjectMojo(goal = "explain")
    @MojoParameter(name = "code", value = "471")
    void failsOnAMalformedReplyCodeWithTheWholeExplanationAsMessage(ExplainMojo mojo) {
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("471: malformed: its second digit 7 is outside RFC 5321's categories 0 to 5 (§4.2.1)");

        // The answer is also logged, so a failed explain reads like a successful one up to the failure.
        assertThat(log.messagesAt(Level.INFO))
                .containsExactly("471: malformed: its second digit 7 is outside RFC 5321's categories 0 to 5 (§4.2.1)");
    }

    @Test
    @InjectMojo(goal = "explain")
    @MojoParameter(name = "code", value = "6.1.1")
    void failsOnAMalformedEnhancedStatusCode(ExplainMojo mojo) {
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("6.1.1: malformed");
    }
}
