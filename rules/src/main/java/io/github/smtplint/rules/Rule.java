package io.github.smtplint.rules;

import io.github.smtplint.sites.Site;

/**
 * One check. A rule looks at sites and reports findings; it never parses, walks files or writes
 * output. Its metadata is in its {@link RuleInfo} annotation.
 */
public interface Rule {

    void check(Site site, RuleContext context);

    default RuleDescriptor descriptor() {
        return RuleDescriptor.of(getClass());
    }
}
