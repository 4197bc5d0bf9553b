package com.example.report;

final class NotReplyLines {
    static final String DATE = "2024-12-06";
    static final String SIZE = "250KB";
    static final String TIME = "123:45";
    static final String MODEL = "550i";

    String summary(int count) {
        return count + " messages sent\n";
    }
}
