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

    @Test
    void filesReadByOneExtractorShareEqualFactsInsteadOfKeepingCopies() {
        String source = """
                package com.example.smtp;
                import java.util.List;
                class Session {
                    static final int READY = 220;
                    int replyCode;
                    boolean ready() {
                        send(READY, 421);
                        return replyCode == 250;
                    }
                    void send(int code, int fallback) {
                    }
                }
                """;
        FactExtractor extractor = new FactExtractor();
        FileFacts first = extract(extractor, "First.java", source);
        FileFacts second = extract(extractor, "Second.java", source);

        assertThat(second.sites()).hasSameSizeAs(first.sites()).hasSizeGreaterThanOrEqualTo(4);
        for (int i = 0; i < first.sites().size(); i++) {
            CandidateSite one = first.sites().get(i);
            CandidateSite other = second.sites().get(i);
            assertThat(other.use()).isEqualTo(one.use());
            assertThat(other.use().operator()).isSameAs(one.use().operator());
            assertThat(other.use().comparedWith()).isSameAs(one.use().comparedWith());
            assertThat(other.use().receiver()).isSameAs(one.use().receiver());
            assertThat(other.evidence()).isSameAs(one.evidence());
            assertThat(other.scope().imports()).isSameAs(one.scope().imports());
            assertThat(other.scope().enclosingTypes()).isSameAs(one.scope().enclosingTypes());
            assertThat(other.position()).isNotEqualTo(one.position());
        }
        assertThat(constantReference(second).name()).isEqualTo("READY").isSameAs(constantReference(first).name());
    }

    @Test
    void aSiteThatIsOneLiteralSharesItsPosition() {
        FileFacts facts = extract("""
                package com.example.smtp;
                class Session {
                    int replyCode;
                    boolean done() {
                        return replyCode == 221;
                    }
                }
                """);

        CandidateSite site = facts.sites().get(0);
        assertThat(site.position()).isSameAs(((ValueExpression.Literal) site.expression()).position());
    }

    @Test
    void aNameTheTypeDeclaresAsAFieldOfUnknownValueIsNoSiteWhateverItsImportsSay() {
        FileFacts facts = extract("""
                package com.example.smtp;
                import static com.example.smtp.Codes.*;
                class Session {
                    private static final long TIMEOUT = 421L;
                    private static final int LIMIT = Integer.getInteger("session.limit", 450);
                    private final int RETRIES = 3;
                    int replyCode;
                    boolean check() {
                        return replyCode == TIMEOUT || replyCode == LIMIT || replyCode == RETRIES
                                || replyCode == LIMIT + 1 || replyCode == READY;
                    }
                }
                """);

        assertThat(constantNames(facts)).containsExactly("READY");
    }

    @Test
    void aFieldOfAnAnonymousClassHidesNoNameOfTheTypeAroundIt() {
        FileFacts facts = extract("""
                package com.example.smtp;
                import static com.example.smtp.Codes.READY;
                class Session {
                    int replyCode;
                    Runnable check = new Runnable() {
                        private final int READY = 0;
                        public void run() {
                        }
                    };
                    boolean ready() {
                        return replyCode == READY;
                    }
                }
                """);

        assertThat(constantNames(facts)).containsExactly("READY");
    }

    private static List<String> constantNames(FileFacts facts) {
        return facts.sites().stream().map(CandidateSite::expression)
                .flatMap(expression -> expression.referencedNames().stream()).toList();
    }

    private static ValueExpression.ConstantReference constantReference(FileFacts facts) {
        return facts.sites().stream().map(CandidateSite::expression)
                .filter(ValueExpression.ConstantReference.class::isInstance)
                .map(ValueExpression.ConstantReference.class::cast).findFirst().orElseThrow();
    }

    private static List<String> literals(FileFacts facts) {
        return facts.sites().stream().map(CandidateSite::expression)
                .filter(ValueExpression.Literal.class::isInstance)
                .map(e -> ((ValueExpression.Literal) e).value().asText()).toList();
    }

    private static FileFacts extract(String source) {
        return extract(new FactExtractor(), "Session.java", source);
    }

    private static FileFacts extract(FactExtractor extractor, String file, String source) {
        ParseResult<CompilationUnit> result = new JavaParser(new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17).setAttributeComments(false)).parse(source);
        return extractor.extract(Path.of(file), result.getResult().orElseThrow(), List.of(), source);
    }
}
