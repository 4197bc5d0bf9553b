package com.example.smtp.testserver;

final class MultiLineReplies {
    static final String EHLO_REPLY = "250-mail.example.com\r\n250-PIPELINING\r\n250 SIZE 10240000\r\n";
    static final String MIXED = "250-mail.example.com\r\n251 SIZE 10240000\r\n"; // expect: MalformedReplyLine
    static final String ENDS_EARLY = "250 mail.example.com\r\n250 PIPELINING\r\n"; // expect: MalformedReplyLine
    static final String MIXED_STATUS = "550-5.1.1 No such user\r\n550 5.2.1 Mailbox disabled\r\n"; // expect: MalformedReplyLine

    private MultiLineReplies() {
    }
}
