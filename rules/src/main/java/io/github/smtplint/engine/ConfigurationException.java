package io.github.smtplint.engine;

/**
 * A configuration the engine cannot run with: an unknown rule id, an unknown language level, a
 * source path that does not exist. The message names the setting, the bad value and what is
 * accepted; front doors show it as it is.
 */
public class ConfigurationException extends Exception {
    private static final long serialVersionUID = 1L;

    public ConfigurationException(String message) {
        super(message);
    }
}
