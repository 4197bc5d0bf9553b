package com.example.shop.web;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@RestControllerAdvice
public class OrderErrorAdvice {

    @ExceptionHandler(OrderNotFoundException.class)
    public ResponseEntity<Map<String, Object>> notFound(OrderNotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("status", 404, "error", e.getMessage()));
    }

    @ExceptionHandler(PaymentDeclinedException.class)
    public ResponseEntity<Map<String, Object>> declined(PaymentDeclinedException e) {
        return new ResponseEntity<>(Map.of("status", 402, "reason", e.reason()), HttpStatus.valueOf(402));
    }

    @ExceptionHandler(WarehouseUnavailableException.class)
    public ResponseEntity<Void> unavailable() {
        return ResponseEntity.status(503).header("Retry-After", "120").build();
    }

    static boolean isServerError(ResponseEntity<?> entity) {
        int status = entity.getStatusCode().value();
        return status >= 500 && status <= 599;
    }

    static HttpStatus forLegacyCode(int legacy) {
        switch (legacy) {
            case 421:
                return HttpStatus.TOO_MANY_REQUESTS;
            case 550:
                return HttpStatus.FORBIDDEN;
            default:
                return HttpStatus.INTERNAL_SERVER_ERROR;
        }
    }
}
