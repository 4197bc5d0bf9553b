package io.github.smtplint.bench;

import java.nio.file.Path;

/**
 * One file the {@link TreeGenerator} wrote.
 *
 * @param path the file, under the folder the tree was generated into
 * @param kind what sort of code it holds
 * @param holdsCodes whether it holds a number between 200 and 559 at all
 * @param plantedMistake whether it holds a mistake smtp-lint must report; only SMTP files do
 * @param lines how many lines it has
 */
public record GeneratedFile(Path path, Kind kind, boolean holdsCodes, boolean plantedMistake, int lines) {

    /** What sort of code a generated file holds. */
    public enum Kind {
        /** Ordinary application code: sizes, timeouts, perhaps HTTP statuses; nothing smtp-lint may report. */
        ORDINARY,
        /** A Commons Net {@code SMTPClient} user comparing {@code getReplyCode()}. */
        SMTP_CLIENT,
        /** A server handler writing reply lines such as {@code "250 2.1.0 OK\r\n"}. */
        SMTP_SERVER,
        /** A class of reply-code constants such as {@code SERVICE_READY = 220}. */
        SMTP_CONSTANTS;

        public boolean isSmtp() {
            return this != ORDINARY;
        }
    }
}
