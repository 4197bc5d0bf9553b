package com.example.mail.provider;

import java.io.IOException;
import java.util.Map;
import retrofit2.Call;
import retrofit2.Response;
import retrofit2.http.FieldMap;
import retrofit2.http.FormUrlEncoded;
import retrofit2.http.POST;
import retrofit2.http.Path;

/** Sends transactional mail through the provider's HTTP API instead of SMTP. */
public class MailgunApiSender {
    interface MessagesApi {
        @FormUrlEncoded
        @POST("v3/{domain}/messages")
        Call<Map<String, String>> send(@Path("domain") String domain, @FieldMap Map<String, String> fields);
    }

    private final MessagesApi api;
    private final String domain;

    public MailgunApiSender(MessagesApi api, String domain) {
        this.api = api;
        this.domain = domain;
    }

    public SendResult send(String from, String to, String subject, String text) throws IOException {
        Response<Map<String, String>> response = api.send(domain,
                Map.of("from", from, "to", to, "subject", subject, "text", text)).execute();
        int code = response.code();
        if (code == 200) {
            return SendResult.accepted(response.body().get("id"));
        }
        if (code == 429 || code >= 500) {
            return SendResult.retryLater("provider answered " + code);
        }
        if (response.code() == 401 || response.code() == 403) {
            return SendResult.rejected("API key refused");
        }
        return SendResult.rejected("provider answered " + code + ": " + response.message());
    }

    record SendResult(String status, String detail) {
        static SendResult accepted(String id) {
            return new SendResult("accepted", id);
        }

        static SendResult retryLater(String why) {
            return new SendResult("retry", why);
        }

        static SendResult rejected(String why) {
            return new SendResult("rejected", why);
        }
    }
}
