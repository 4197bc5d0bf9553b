package io.github.smtplint.engine;

import io.github.smtplint.facts.CandidateSite;
import io.github.smtplint.facts.FileFacts;
import io.github.smtplint.resolve.ExternalConstants;
import io.github.smtplint.sites.SiteResolver;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The names through which the files parsed so far reach files not parsed yet, both ways: a constant
 * whose value decides a site is declared in another file; an SMTP constant, an {@code @SmtpOutcome}
 * method or a method with annotated parameters is used in other files, whose uses are then judged.
 * Each round asks only for the names no earlier round asked for.
 */
final class Leads {
    private final ExternalConstants external;
    private final Set<String> declarationsSought = new HashSet<>();
    private final Set<String> usesSought = new HashSet<>();

    Leads(ExternalConstants external) {
        this.external = external;
    }

    /** Names to look for in files not parsed yet. */
    record Sought(Set<String> declarations, Set<String> uses) {
        boolean isEmpty() {
            return declarations.isEmpty() && uses.isEmpty();
        }

        /** Whether the text names one of the uses, or assigns one of the declarations, as a whole identifier. */
        boolean foundIn(String text) {
            // One search per name: the names sought are few, and a search is quicker than reading every identifier.
            for (String use : uses) {
                if (occurs(text, use, false)) {
                    return true;
                }
            }
            for (String declaration : declarations) {
                if (occurs(text, declaration, true)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean occurs(String text, String name, boolean assigned) {
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                int end = at + name.length();
                boolean whole = (at == 0 || !Character.isJavaIdentifierPart(text.charAt(at - 1)))
                        && (end == text.length() || !Character.isJavaIdentifierPart(text.charAt(end)));
                if (whole && (!assigned || isAssigned(text, end))) {
                    return true;
                }
            }
            return false;
        }

        private static boolean isAssigned(String text, int after) {
            int at = after;
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
            return at < text.length() && text.charAt(at) == '='
                    && (at + 1 == text.length() || text.charAt(at + 1) != '=');
        }
    }

    /** What the files parsed so far lead to that earlier rounds did not look for yet. */
    Sought next(List<FileFacts> parsed) {
        SiteResolver resolver = new SiteResolver(parsed, external);
        Set<String> smtpConstants = resolver.smtpConstants(parsed);
        Set<String> declarations = new HashSet<>(resolver.decisiveReferences(parsed, smtpConstants));
        for (FileFacts file : parsed) {
            for (CandidateSite site : file.sites()) {
                // A constant looked for may itself be defined through another: follow the chain.
                if (site.constant().map(Leads::simpleName).filter(declarationsSought::contains).isPresent()) {
                    declarations.addAll(site.expression().referencedNames());
                }
            }
        }
        Set<String> uses = new HashSet<>();
        smtpConstants.forEach(constant -> uses.add(simpleName(constant)));
        for (FileFacts file : parsed) {
            file.outcomeMethods().forEach(method -> uses.add(method.name()));
            file.parameterContracts().forEach(contract -> uses.add(contract.callable()));
        }
        declarations.removeAll(declarationsSought);
        uses.removeAll(usesSought);
        declarationsSought.addAll(declarations);
        usesSought.addAll(uses);
        return new Sought(declarations, uses);
    }

    private static String simpleName(String qualified) {
        return qualified.substring(qualified.lastIndexOf('.') + 1);
    }
}
