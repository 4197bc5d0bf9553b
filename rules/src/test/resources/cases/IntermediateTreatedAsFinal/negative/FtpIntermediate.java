package com.example.ftp;

import org.apache.commons.net.ftp.FTPClient;

class FtpIntermediate {
    private final FTPClient ftp = new FTPClient();

    boolean loggedIn() {
        int reply = ftp.getReplyCode();
        if (reply == 331) {
            return true;
        }
        return false;
    }
}
