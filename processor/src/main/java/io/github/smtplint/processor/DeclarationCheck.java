package io.github.smtplint.processor;

import io.github.smtplint.engine.Finding;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.annotation.processing.Messager;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;

/**
 * The check where javac's tree API is missing (Eclipse's compiler): the source of expressions is
 * out of reach, so only what the standard API shows is checked, the constants every type declares,
 * and findings are reported on their declarations. A note says so once.
 */
final class DeclarationCheck implements RoundCheck {
    static final String ONLY_DECLARATIONS = "smtp-lint: this compiler has no javac tree API, so only constant"
            + " declarations are checked here; checks of expressions (comparisons, returns, reply lines in calls)"
            + " need javac, as in the Maven build";

    private final Elements elements;
    private final Messager messager;
    private final RoundScanner scanner;
    private final FindingDiagnostics diagnostics;
    private boolean told;

    DeclarationCheck(Elements elements, Messager messager, RoundScanner scanner, FindingDiagnostics diagnostics) {
        this.elements = elements;
        this.messager = messager;
        this.scanner = scanner;
        this.diagnostics = diagnostics;
    }

    @Override
    public void check(RoundEnvironment round) {
        if (!told) {
            messager.printMessage(Diagnostic.Kind.NOTE, ONLY_DECLARATIONS);
            told = true;
        }
        Map<ConstantsSource, RoundScanner.SourceText> sources = new LinkedHashMap<>();
        for (TypeElement type : ElementFilter.typesIn(round.getRootElements())) {
            ConstantsSource source = ConstantsSource.of(type, elements);
            if (source.declaresConstants()) {
                sources.put(source, new RoundScanner.SourceText(type.getSimpleName() + ".java", source.text()));
            }
        }
        scanner.scan(sources, this::report);
    }

    private void report(ConstantsSource source, Finding finding) {
        messager.printMessage(diagnostics.kindOf(finding.severity()), FindingDiagnostics.text(finding),
                source.elementAt(finding.line()));
    }
}
