package com.example.queue;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;

class UserUnknownRequeued {
    void failed(SMTPAddressFailedException e, String id) {
        int rc = e.getReturnCode();
        if (rc == 550) { // expect: PermanentTreatedAsTransient
            requeue(id);
        }
        if (rc == 552) {
            requeue(id);
        }
    }

    private void requeue(String id) {
    }
}
