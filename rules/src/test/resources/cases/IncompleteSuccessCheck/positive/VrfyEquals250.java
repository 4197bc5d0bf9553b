package com.example.mail;

import org.apache.commons.net.smtp.SMTP;

class VrfyEquals250 {
    private final SMTP smtp = new SMTP();

    boolean exists(String user) throws java.io.IOException {
        int code = smtp.vrfy(user);
        if (code == 250) { // expect: IncompleteSuccessCheck
            return true;
        } else {
            throw new IllegalArgumentException("no such user: " + user);
        }
    }
}
