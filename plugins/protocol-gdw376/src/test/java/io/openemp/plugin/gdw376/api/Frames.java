package io.openemp.plugin.gdw376.api;

/** Test helpers: frames around given user data. */
final class Frames {

    private Frames() {
    }

    /** 68 L L 68 userData CS 16, protocol identifier 2. */
    static byte[] withEnvelope(byte[] userData) {
        byte[] out = new byte[userData.length + 8];
        int l = userData.length << 2 | 2;
        out[0] = 0x68;
        out[1] = (byte) l;
        out[2] = (byte) (l >>> 8);
        out[3] = (byte) l;
        out[4] = (byte) (l >>> 8);
        out[5] = 0x68;
        System.arraycopy(userData, 0, out, 6, userData.length);
        fixChecksum(out);
        out[out.length - 1] = 0x16;
        return out;
    }

    /** Recomputes the checksum of a frame whose length fields are right. */
    static void fixChecksum(byte[] frame) {
        int userLength = ((frame[1] & 0xFF) | (frame[2] & 0xFF) << 8) >>> 2;
        int sum = 0;
        for (int i = 6; i < 6 + userLength && i < frame.length; i++) {
            sum += frame[i];
        }
        if (6 + userLength < frame.length) {
            frame[6 + userLength] = (byte) sum;
        }
    }
}
