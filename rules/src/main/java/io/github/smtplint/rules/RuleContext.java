package io.github.smtplint.rules;

import io.github.smtplint.catalog.Catalog;
import io.github.smtplint.engine.Finding;
import io.github.smtplint.engine.Severity;
import io.github.smtplint.engine.SourcePosition;
import io.github.smtplint.outcome.OutcomeJudge;
import io.github.smtplint.sites.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What a rule may use while checking: the catalog, and a way to report findings. */
public final class RuleContext {
    private final Catalog catalog;
    private final OutcomeJudge outcomes;
    private final List<Finding> findings = new ArrayList<>();
    private RuleDescriptor current;
    private String currentCode = "";

    public RuleContext(Catalog catalog, OutcomeJudge outcomes) {
        this.catalog = catalog;
        this.outcomes = outcomes;
    }

    public Catalog catalog() {
        return catalog;
    }

    /** Decides what guarded code does, knowing the {@code @SmtpOutcome} methods of the scanned sources. */
    public OutcomeJudge outcomes() {
        return outcomes;
    }

    /** Reports a finding of the rule being run, at its default severity. */
    public void report(SourcePosition at, String message) {
        report(at, current.severity(), message, Optional.empty());
    }

    /** Reports a finding of the rule being run. */
    public void report(SourcePosition at, Severity severity, String message, Optional<String> fix) {
        findings.add(new Finding(current.id(), severity, at, message, current.reference(), fix, currentCode, ""));
    }

    void runAs(RuleDescriptor rule) {
        this.current = rule;
    }

    /** The site about to be checked; its value is what the findings are about. */
    void checking(Site site) {
        String text = site.value().asText();
        int lineEnd = text.indexOf('\n');
        this.currentCode = (lineEnd < 0 ? text : text.substring(0, lineEnd)).strip();
    }

    List<Finding> findings() {
        return findings;
    }
}
