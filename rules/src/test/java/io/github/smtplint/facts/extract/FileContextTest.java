package io.github.smtplint.facts.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which files speak SMTP as a whole: the evidence every site of the file shares, so a file that merely
 * borrows a mail word or a command word must not get it.
 */
class FileContextTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "package com.example.relay; class Outbound { }",
        "package com.example.jobs; class RelayClient { }",
        "package com.example.jobs; class BounceClassifier { }",
        "package com.example.jobs; class Outbound { static final class SmtpSession { } }",
        "package com.example.jobs; class Outbound { String[] script = { \"EHLO client.example\" }; }",
        "package com.example.jobs; class Outbound { String rcpt = \"RCPT TO:<a@example.com>\"; }",
        "package com.example.jobs; class Fake { String[] commands = { \"DATA\", \"QUIT\" }; }",
        "package com.example.jobs; class Fake { String data = \"DATA\"; String go = \"354 go ahead\\r\\n\"; }",
    })
    void speaksSmtp(String source) {
        assertThat(context(source).speaksOnlySmtp()).as(source).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "package com.example.html; class Writer { String attribute = \"DATA\"; }",
        "package com.example.html; class Writer { String[] urlAttributes = { \"HREF\", \"DATA\" }; int width = 250; }",
        "package com.example.files; class FtpSession { String[] commands = { \"QUIT\", \"NOOP\" }; }",
        "package java.util.concurrent; class Stage { static final class UniRelay { } static final class BiRelay { } }",
        "package com.example.calc; class Operators { class UnaryPrefixPostfixOperator { } }",
        "package com.example.ui; class Panel { void animate() { class Bounce { } } }",
        "package com.example.jdbc; class Pool { record DsnConfig(String url) { } }",
    })
    void doesNotSpeakSmtp(String source) {
        assertThat(context(source).speaksOnlySmtp()).as(source).isFalse();
    }

    private static FileContext context(String source) {
        CompilationUnit unit = new JavaParser(new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)).parse(source).getResult().orElseThrow();
        return FileContext.of(unit, FileNodes.of(unit), KnownApis.standard());
    }
}
