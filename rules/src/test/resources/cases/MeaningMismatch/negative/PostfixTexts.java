package com.example.smtp.testserver;

import java.io.PrintWriter;

class PostfixTexts {
    void replies(PrintWriter out) {
        out.print("220 mail.example.com ESMTP Postfix\r\n");
        out.print("250 2.0.0 Ok: queued as 4F2A1\r\n");
        out.print("450 4.2.0 Recipient address rejected: Greylisted\r\n");
        out.print("550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown\r\n");
        out.print("554 5.7.1 Relay access denied\r\n"); // expect: EnhancedBasicMismatch
        out.print("421 4.3.2 Service shutting down, closing transmission channel\r\n"); // expect: EnhancedBasicMismatch
        out.print("221 2.0.0 Bye\r\n");
    }
}
