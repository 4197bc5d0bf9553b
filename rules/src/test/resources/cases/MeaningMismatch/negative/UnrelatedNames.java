package com.example.web;

final class UnrelatedNames {
    static final int READY_TIMEOUT = 221;
    static final int HTTP_SERVICE_READY = 503;
    static final int MAX_FAILURES = 250;

    private UnrelatedNames() {
    }
}
