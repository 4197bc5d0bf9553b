package io.github.smtplint.cli;

/**
 * The exit codes of every smtp-lint command, so that scripts and CI can tell "the code has
 * problems" from "smtp-lint could not do its job".
 */
public final class ExitCodes {
    /** Everything asked about is acceptable, or the command did what it was asked. */
    public static final int OK = 0;
    /** smtp-lint ran and found something wrong with the values or code it was given. */
    public static final int FINDINGS = 1;
    /** smtp-lint could not run: a usage error, an unreadable or unwritable file, or an internal error. */
    public static final int ERROR = 2;

    private ExitCodes() {
    }
}
