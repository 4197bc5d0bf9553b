package io.github.smtplint;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** What smtp-lint says about itself in reports and {@code --version}: its version and home page. */
public final class SmtpLint {
    private static final Properties PROPERTIES = load();

    private SmtpLint() {
    }

    /** The tool's version, e.g. "1.0.0". */
    public static String version() {
        return PROPERTIES.getProperty("version");
    }

    /** The project's home page, for reports that link to the tool. */
    public static String informationUri() {
        return PROPERTIES.getProperty("informationUri");
    }

    /** Where a rule's documentation page is. */
    public static String ruleHelpUri(String ruleId) {
        return informationUri() + "/blob/main/docs/rules/" + ruleId + ".md";
    }

    private static Properties load() {
        try (InputStream in = SmtpLint.class.getResourceAsStream("smtp-lint.properties")) {
            if (in == null) {
                throw new IllegalStateException("smtp-lint.properties is missing from the smtp-lint jar");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
