package com.example.ftp;

import org.apache.commons.net.ftp.FTPClient;

class FtpTempFailure {
    private final FTPClient ftp = new FTPClient();

    void upload() {
        int reply = ftp.getReplyCode();
        if (reply == 450) {
            reject("file busy");
        }
    }

    private void reject(String why) {
    }
}
