package io.github.smtplint.engine;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.TokenRange;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.comments.Comment;
import io.github.smtplint.facts.FileFacts;
import io.github.smtplint.facts.extract.FactExtractor;
import io.github.smtplint.rules.RuleSet;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Reads and parses one file and extracts its facts; a file that cannot be read or parsed becomes a finding. */
final class FileScanner {
    /** The name of JavaParser's level, "JAVA_17": the level itself is looked up when a file is parsed, not before. */
    private final String languageLevel;
    private final boolean checkLanguageLevel;
    private final Charset charset;
    private final FactExtractor extractor = new FactExtractor();

    /** @param checkLanguageLevel whether syntax the language level does not allow makes a file unparsable */
    FileScanner(String languageLevel, boolean checkLanguageLevel, Charset charset) {
        this.languageLevel = languageLevel;
        this.checkLanguageLevel = checkLanguageLevel;
        this.charset = charset;
    }

    /** The facts of a file, or the finding that says why there are none. */
    record Outcome(Optional<FileFacts> facts, Optional<Finding> problem) {
        Path file() {
            return facts.map(FileFacts::file).or(() -> problem.map(Finding::file)).orElseThrow();
        }

        static Outcome of(FileFacts facts) {
            return new Outcome(Optional.of(facts), Optional.empty());
        }

        static Outcome failed(Path file, int line, int column, String message) {
            return new Outcome(Optional.empty(), Optional.of(new Finding(RuleSet.PARSE_ERROR.id(), Severity.ERROR,
                    new SourcePosition(file, line, column), message, "", Optional.empty(), "", "")));
        }
    }

    Outcome scan(Path file) {
        String source;
        try {
            source = SourceText.read(file, charset);
        } catch (CharacterCodingException e) {
            return Outcome.failed(file, 1, 1, "cannot read the file as " + charset.name()
                    + ": set the source encoding to the one the file is written in");
        } catch (IOException e) {
            return Outcome.failed(file, 1, 1, "cannot read the file: " + e.getMessage());
        }
        try {
            // Attaching comments to nodes costs time and is not needed: the comments (for suppressions) come
            // from the parse result.
            ParserConfiguration configuration = new ParserConfiguration()
                    .setLanguageLevel(LanguageLevels.named(languageLevel))
                    .setAttributeComments(false);
            if (!checkLanguageLevel) {
                // The language level's validators walk the whole tree a dozen times. With them go the other
                // post-parse steps (noting the line endings, typing `var` apart), which the facts do not depend on.
                // The parse itself still follows the level: `yield` is a statement from Java 13 on.
                configuration.getProcessors().clear();
            }
            ParseResult<CompilationUnit> result = new JavaParser(configuration).parse(source);
            if (!result.isSuccessful() || result.getResult().isEmpty()) {
                Problem problem = result.getProblems().get(0);
                Optional<com.github.javaparser.Range> range = problem.getLocation().flatMap(TokenRange::toRange);
                return Outcome.failed(file, range.map(r -> r.begin.line).orElse(1),
                        range.map(r -> r.begin.column).orElse(1),
                        "cannot parse the file as Java " + languageLevelName() + ": "
                                + firstLine(problem.getMessage()));
            }
            List<Comment> comments = result.getCommentsCollection().map(c -> List.copyOf(c.getComments()))
                    .orElse(List.of());
            return Outcome.of(extractor.extract(file, result.getResult().get(), comments, source));
        } catch (StackOverflowError e) {
            return Outcome.failed(file, 1, 1, "the file is nested too deeply to analyse; it was skipped");
        }
    }

    private String languageLevelName() {
        return LanguageLevels.written(languageLevel);
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
