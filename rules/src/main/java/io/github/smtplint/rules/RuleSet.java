package io.github.smtplint.rules;

import io.github.smtplint.catalog.Catalog;
import io.github.smtplint.engine.Finding;
import io.github.smtplint.engine.Severity;
import io.github.smtplint.outcome.OutcomeJudge;
import io.github.smtplint.sites.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** All rules smtp-lint ships, in a stable order. */
public final class RuleSet {
    /** The id under which files that cannot be parsed are reported. */
    public static final RuleDescriptor PARSE_ERROR = new RuleDescriptor("ParseError", Severity.ERROR,
            "A source file that cannot be parsed", "",
            "smtp-lint reads Java source with JavaParser; a file it cannot parse is reported and skipped, and the scan goes on.");

    private final List<Rule> rules;
    /** Each rule's metadata, in the order of {@link #rules}: read from its annotation once, not for every file. */
    private final List<RuleDescriptor> ruleDescriptors;

    private RuleSet(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        this.ruleDescriptors = this.rules.stream().map(Rule::descriptor).toList();
    }

    public static RuleSet standard() {
        return new RuleSet(List.of(
                new UnknownReplyCode(),
                new UnknownEnhancedStatus(),
                new EnhancedClassMismatch(),
                new EnhancedBasicMismatch(),
                new MalformedReplyLine(),
                new ObsoleteReplyCode(),
                new MeaningMismatch(),
                new AnnotationContractViolation(),
                new SuccessTreatedAsFailure(),
                new FailureTreatedAsSuccess(),
                new TransientTreatedAsPermanent(),
                new PermanentTreatedAsTransient(),
                new IntermediateTreatedAsFinal(),
                new ReplyClassRangeError(),
                new IncompleteSuccessCheck(),
                new WrongReplyForCommand()));
    }

    /** The rules' metadata, then {@link #PARSE_ERROR}. */
    public List<RuleDescriptor> descriptors() {
        List<RuleDescriptor> result = new ArrayList<>(ruleDescriptors);
        result.add(PARSE_ERROR);
        return List.copyOf(result);
    }

    public Optional<RuleDescriptor> descriptor(String id) {
        return descriptors().stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /** Runs the enabled rules on the sites of one file. */
    public List<Finding> run(List<Site> sites, Catalog catalog, OutcomeJudge outcomes, Set<String> disabled) {
        RuleContext context = new RuleContext(catalog, outcomes);
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            RuleDescriptor descriptor = ruleDescriptors.get(i);
            if (disabled.contains(descriptor.id())) {
                continue;
            }
            context.runAs(descriptor);
            for (Site site : sites) {
                context.checking(site);
                rule.check(site, context);
            }
        }
        return context.findings();
    }
}
