package com.example.smtp.testserver;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

class BareLineFeeds {
    void bye(OutputStream out) throws IOException {
        out.write("221 Bye\n".getBytes(StandardCharsets.US_ASCII)); // expect: MalformedReplyLine
    }

    void ok(OutputStream out) throws IOException {
        out.write("250 Ok\r\n".getBytes(StandardCharsets.US_ASCII));
    }
}
