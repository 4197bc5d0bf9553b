package com.example.telemetry.codec;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/** Decodes the fixed-size frames a sensor gateway sends: a 5-byte header and up to 250 readings. */
final class FrameDecoder {
    private static final int HEADER_LENGTH = 5;
    private static final int MAX_READINGS = 250;
    private static final int FRAME_SIZE = HEADER_LENGTH + MAX_READINGS * 2;

    private final byte[] scratch = new byte[250];
    private final ByteBuffer pending = ByteBuffer.allocate(552);

    List<Integer> decode(ByteBuffer frame) {
        List<Integer> readings = new ArrayList<>(MAX_READINGS);
        frame.position(HEADER_LENGTH);
        for (int i = 0; i < 250 && frame.remaining() >= 2; i++) {
            int raw = frame.getShort() & 0xFFFF;
            readings.add(raw > 421 ? 421 : raw);
        }
        return readings;
    }

    boolean fitsOneFrame(int bytes) {
        return bytes <= 505 && bytes % 2 == 1;
    }

    int checksum(byte[] data) {
        int sum = 0;
        for (int i = 0; i < data.length; i++) {
            sum = (sum + (data[i] & 0xFF)) % 251;
        }
        return sum;
    }

    void stash(byte[] partial) {
        System.arraycopy(partial, 0, scratch, 0, Math.min(partial.length, 250));
        pending.put(partial, 0, Math.min(partial.length, 471));
    }
}
