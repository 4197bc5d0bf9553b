package io.github.smtplint.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** What one in-process run of smtp-lint returned and printed. */
record InProcessRun(int exitCode, String stdout, String stderr) {

    static InProcessRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = SmtpLintCommand.run(new PrintWriter(out), new PrintWriter(err), args);
        return new InProcessRun(exitCode, out.toString(), err.toString());
    }
}
