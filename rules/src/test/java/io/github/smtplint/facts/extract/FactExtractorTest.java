package io.github.smtplint.facts.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ast.CompilationUnit;
import io.github.smtplint.facts.CandidateSite;
import io.github.smtplint.facts.ConstantDeclaration;
import io.github.smtplint.facts.FileFacts;
import io.github.smtplint.facts.ValueExpression;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a file's facts hold, where the extractor saves work it knows the resolver would throw away. */
class FactExtractorTest {

    @Test
    void numbersOfOtherThanThreeDigitsAreNoSitesWithoutAnAnnotationButTheirConstantsStay() {
        FileFacts facts = extract("""
                package com.example.smtp;
                class Session {
                    static final int BUFFER_SIZE = 1024;
                    static final int READY = 220;
                    int replyCode;
                    boolean ready() {
                        int limit = 4096;
                        return replyCode == READY && replyCode != 421 && limit > 64;
                    }
                }
                """);

        assertThat(facts.constants()).extracting(ConstantDeclaration::qualifiedName)
                .containsExactly("com.example.smtp.Session.BUFFER_SIZE", "com.example.smtp.Session.READY");
        assertThat(literals(facts)).containsExactlyInAnyOrder("220", "421");
    }

    @Test
    void underAnAnnotationOfTheFileEveryNumberIsReadAsASite() {
        FileFacts facts = extract("""
                package com.example.smtp;
                import io.github.smtplint.annotations.ReplyClass;
                import io.github.smtplint.annotations.SmtpReply;
                class Session {
                    @SmtpReply(ReplyClass.POSITIVE_COMPLETION)
                    static final int ACCEPTED = 2500;
                    static final int BUFFER_SIZE = 1024;
                }
                """);

        assertThat(literals(facts)).containsExactlyInAnyOrder("2500", "1024");
    }

    private static List<String> literals(FileFacts facts) {
        return facts.sites().stream().map(CandidateSite::expression)
                .filter(ValueExpression.Literal.class::isInstance)
                .map(e -> ((ValueExpression.Literal) e).value().asText()).toList();
    }

    private static FileFacts extract(String source) {
        ParseResult<CompilationUnit> result = new JavaParser(new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17).setAttributeComments(false)).parse(source);
        return new FactExtractor().extract(Path.of("Session.java"), result.getResult().orElseThrow(), List.of(), source);
    }
}
