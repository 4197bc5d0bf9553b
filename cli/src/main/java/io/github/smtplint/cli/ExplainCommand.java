package io.github.smtplint.cli;

import io.github.smtplint.catalog.Catalog;
import io.github.smtplint.explain.Explainer;
import io.github.smtplint.explain.Explanation;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code smtp-lint explain VALUE...}: prints what the catalog says about each value. */
@Command(
        name = "explain",
        description = {
            "Explains reply codes (221), enhanced status codes (4.4.7) and reply lines (\"550 5.1.1 User unknown\").",
            "Exits 0 if every value is acceptable, 1 if any is malformed, not registered or contradicts itself."
        })
public final class ExplainCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(
            arity = "1..*",
            paramLabel = "VALUE",
            description = "a reply code, an enhanced status code or a reply line; quote values with spaces")
    private List<String> values;

    @Override
    public Integer call() {
        Explainer explainer = new Explainer(Catalog.standard());
        PrintWriter out = spec.commandLine().getOut();
        boolean allAcceptable = true;
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.println();
            }
            Explanation explanation = explainer.explain(values.get(i));
            explanation.lines().forEach(out::println);
            allAcceptable &= explanation.acceptable();
        }
        out.flush();
        return allAcceptable ? ExitCodes.OK : ExitCodes.FINDINGS;
    }
}
