package com.example.relay;

/** What the queue does with a recipient after a delivery attempt. */
public enum Verdict {
    /** The next hop took responsibility for the message; forget it. */
    DELIVERED,
    /** Keep the message and try again later, with back-off. */
    RETRY,
    /** Send a delivery status notification to the sender and drop the recipient. */
    BOUNCE,
    /** Something on our side is wrong (credentials, configuration): stop and alert an operator. */
    HOLD
}
