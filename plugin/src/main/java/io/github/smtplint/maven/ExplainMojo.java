package io.github.smtplint.maven;

import io.github.smtplint.catalog.Catalog;
import io.github.smtplint.explain.Explainer;
import io.github.smtplint.explain.Explanation;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Tells what an SMTP reply code, enhanced status code or reply line means, from smtp-lint's RFC
 * catalog (RFC 5321 and its extensions, RFC 3463 and the IANA enhanced-status-code registry):
 * its class and category, its meaning, the RFC sections that define it and the commands it may
 * answer.
 *
 * <p>Needs no project, so it works in any folder:
 * {@code mvn io.github.smtplint:smtp-lint-maven-plugin:explain -Dcode="550 5.1.1 User unknown"}.
 *
 * <p>The build fails when the input is malformed ({@code 471}, {@code 6.1.1}), not registered
 * ({@code 431}, {@code 5.1.99}) or contradicts itself ({@code 550 4.1.1}); the failure message
 * says why, and the whole answer is logged above it.
 */
// aggregator: run from a multi-module folder, answer once rather than once per module.
@Mojo(name = "explain", requiresProject = false, aggregator = true, threadSafe = true)
public class ExplainMojo extends AbstractMojo {

    /**
     * What to explain: a basic reply code ({@code 221}), an enhanced status code
     * ({@code 4.4.7}) or a reply line, complete ({@code 550 5.1.1 User unknown}) or a
     * continuation line's start ({@code 550-5.1.1}).
     */
    @Parameter(property = "code", required = true)
    private String code;

    @Override
    public void execute() throws MojoFailureException {
        Explanation explanation = new Explainer(Catalog.standard()).explain(code);
        explanation.lines().forEach(getLog()::info);
        if (!explanation.acceptable()) {
            // Maven prints this message under BUILD FAILURE even with -q: lead with what is wrong.
            throw new MojoFailureException(String.join("\n", explanation.problems()));
        }
    }
}
