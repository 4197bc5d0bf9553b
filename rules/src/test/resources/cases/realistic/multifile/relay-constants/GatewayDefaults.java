package com.example.config;

/** Defaults of the mail gateway; operations may override each of them in gateway.properties. */
public final class GatewayDefaults {
    public static final int LISTEN_PORT = 2525;
    public static final int ADMIN_HTTP_PORT = 8080;
    public static final int WORKER_THREADS = 16;
    public static final int MAX_LINE_LENGTH = 998;
    public static final int QUEUE_RETRY_MINUTES = 480;
    public static final long MAX_MESSAGE_BYTES = 25L * 1024 * 1024;
    public static final String CONFIG_VERSION = "5.1.1";

    /** The reply for a message the content filter wants to see again later. */
    public static final int TEMPFAIL_CODE = 451;
    /** The reply for a message the content filter refuses. */
    public static final int HARDFAIL_CODE = 571; // expect: UnknownReplyCode
    public static final String REJECT_STATUS = "5.7.1";

    private GatewayDefaults() {
    }
}
