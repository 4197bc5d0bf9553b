package com.example.codes;

import io.github.smtplint.annotations.SmtpCodes;

@SmtpCodes
public interface StrictCodesType {
    int WELCOME = 220;
    int CUSTOM_STATUS = 299; // expect: UnknownReplyCode
    int SHORT = 42; // expect: UnknownReplyCode
    int QUEUE_FULL = 439; // expect: UnknownReplyCode
    String FULL_STATUS = "4.2.2";
    String WRONG_STATUS = "4.2.9"; // expect: UnknownEnhancedStatus
}
