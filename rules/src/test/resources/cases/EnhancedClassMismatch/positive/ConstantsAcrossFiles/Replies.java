package com.example.server;

import static com.example.codes.SmtpCodes.LOCAL_ERROR;

import com.example.codes.SmtpCodes;

final class Replies {
    static final String NO_SUCH_USER = SmtpCodes.MAILBOX_UNAVAILABLE + " 4.1.1 No such user"; // expect: EnhancedClassMismatch
    static final String TRY_LATER = LOCAL_ERROR + " 4.4.5 Mail system congestion, try later";
    static final String NOT_ACCEPTING = SmtpCodes.MAILBOX_UNAVAILABLE + " " + SmtpCodes.NOT_ACCEPTING + " Not now"; // expect: EnhancedClassMismatch

    private Replies() {
    }
}
