package com.example.smtp;

public interface ReplyCodes {
    int LOCAL_ERROR = 451;
    int MAILBOX_UNAVAILABLE = 550;
}
