package io.github.smtplint.cli;

import io.github.smtplint.catalog.Catalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * Answers {@code --version} with the tool's version and the date of the IANA registry its
 * catalog reflects, because the same tool version judges codes differently once the catalog
 * is updated.
 */
public final class VersionProvider implements IVersionProvider {
    private static final String VERSION_RESOURCE = "version.properties";

    @Override
    public String[] getVersion() {
        return new String[] {
            "smtp-lint " + toolVersion()
                    + " (IANA enhanced status codes registry " + Catalog.standard().registryDate() + ")"
        };
    }

    /** The project version Maven wrote into the resource when this module was built. */
    static String toolVersion() {
        try (InputStream in = VersionProvider.class.getResourceAsStream(VERSION_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(VERSION_RESOURCE + " is missing from the smtp-lint jar");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
