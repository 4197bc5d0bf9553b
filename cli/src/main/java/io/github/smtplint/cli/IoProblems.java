package io.github.smtplint.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** Says in a few words why a file operation failed, for messages that already name the file. */
final class IoProblems {
    private IoProblems() {
    }

    static String describe(IOException problem) {
        // java.nio's own messages repeat the path, and some exceptions carry no reason at all.
        if (problem instanceof FileSystemException fileProblem && fileProblem.getReason() != null) {
            return fileProblem.getReason();
        }
        if (problem instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (problem instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        return problem.getMessage() != null ? problem.getMessage() : problem.getClass().getSimpleName();
    }
}
