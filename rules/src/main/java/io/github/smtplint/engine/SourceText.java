package io.github.smtplint.engine;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/** A source file's text, decoded strictly: bytes that are not valid in the charset are an error, never replaced. */
final class SourceText {
    private SourceText() {
    }

    /**
     * The file's text.
     *
     * @throws CharacterCodingException if the bytes are not valid in {@code charset}
     * @throws IOException if the file cannot be read
     */
    static String read(Path file, Charset charset) throws IOException {
        // Files.readString reports bytes the charset cannot decode, and decodes UTF-8 and Latin-1 without a decoder.
        return Files.readString(file, charset);
    }
}
