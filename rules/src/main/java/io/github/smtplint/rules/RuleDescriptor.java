package io.github.smtplint.rules;

import io.github.smtplint.engine.Severity;

/**
 * A rule's metadata as front doors and reports see it.
 *
 * @param id the stable rule id
 * @param severity its default severity
 * @param summary one line: what it flags
 * @param reference the RFC sections it rests on
 * @param explanation why it matters and what to do
 */
public record RuleDescriptor(String id, Severity severity, String summary, String reference, String explanation) {

    static RuleDescriptor of(Class<?> ruleClass) {
        RuleInfo info = ruleClass.getAnnotation(RuleInfo.class);
        if (info == null) {
            throw new IllegalStateException(ruleClass.getName() + " has no @RuleInfo");
        }
        return new RuleDescriptor(info.id(), info.severity(), info.summary(), info.reference(), info.explanation());
    }
}
