package io.github.smtplint.engine;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
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
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                .toString();
    }
}
