package io.openemp.plugin.dlt645.api;

/** Test helpers: hex both ways. */
final class Frames {

    private Frames() {
    }

    static byte[] hex(String text) {
        return Bytes.fromHex(text).toArray();
    }

    static String hex(byte[] bytes) {
        return Bytes.of(bytes).toString();
    }

    static final MeterAddress METER = MeterAddress.parse("123456789012");
}
