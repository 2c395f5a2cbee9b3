package io.openemp.plugin.gdw376.api;

/**
 * The additional information field AUX at the end of the user data: PW (16 bytes, message authentication code,
 * in downward frames of AFN 01, 04, 05, 06, 0F and 10), EC (upward frames with ACD set) and Tp (frames with TpV
 * set), each {@code null} when the frame does not carry it.
 */
public record AuxInfo(byte[] pw, EventCounters ec, TimeTag tp) {

    /** No additional information. */
    public static final AuxInfo NONE = new AuxInfo(null, null, null);

    public AuxInfo {
        if (pw != null && pw.length != 16) {
            throw new IllegalArgumentException("PW is 16 bytes, not " + pw.length);
        }
    }

    /** Size in bytes. */
    public int length() {
        return (pw == null ? 0 : 16) + (ec == null ? 0 : 2) + (tp == null ? 0 : 6);
    }
}
