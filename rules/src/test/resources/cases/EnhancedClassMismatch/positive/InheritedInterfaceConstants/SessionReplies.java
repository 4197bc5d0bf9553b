package com.example.smtp.session;

import com.example.smtp.ReplyCodes;

class SessionReplies implements ReplyCodes {
    String localError() {
        return LOCAL_ERROR + " 5.3.0 Local error in processing"; // expect: EnhancedClassMismatch
    }

    String unavailable() {
        return MAILBOX_UNAVAILABLE + " 5.2.1 Mailbox disabled";
    }
}
