package io.github.smtplint.cli;

import io.github.smtplint.SmtpLint;
import io.github.smtplint.catalog.Catalog;
import picocli.CommandLine.IVersionProvider;

/**
 * Answers {@code --version} with the tool's version and the date of the IANA registry its
 * catalog reflects, because the same tool version judges codes differently once the catalog
 * is updated.
 */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {
            "smtp-lint " + SmtpLint.version()
                    + " (IANA enhanced status codes registry " + Catalog.standard().registryDate() + ")"
        };
    }
}
