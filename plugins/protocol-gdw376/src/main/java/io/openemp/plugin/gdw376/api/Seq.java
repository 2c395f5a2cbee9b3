package io.openemp.plugin.gdw376.api;

/**
 * The frame sequence field SEQ (one byte): TpV (D7: the frame carries the time tag Tp), FIR (D6: first frame of
 * a multi-frame answer), FIN (D5: last frame), CON (D4: the receiver must confirm) and PSEQ/RSEQ (D3..D0: the
 * initiating frame's sequence number, which the answers repeat).
 */
public record Seq(boolean tpv, boolean fir, boolean fin, boolean con, int number) {

    public Seq {
        if (number < 0 || number > 15) {
            throw new IllegalArgumentException("PSEQ/RSEQ must lie within 0..15, not " + number);
        }
    }

    /** The SEQ of byte {@code s}. */
    public static Seq of(int s) {
        return new Seq((s & 0x80) != 0, (s & 0x40) != 0, (s & 0x20) != 0, (s & 0x10) != 0, s & 0x0F);
    }

    /** A single-frame message (FIR = FIN = 1). */
    public static Seq single(int number, boolean tpv, boolean con) {
        return new Seq(tpv, true, true, con, number);
    }

    /** The byte value. */
    public int value() {
        return (tpv ? 0x80 : 0) | (fir ? 0x40 : 0) | (fin ? 0x20 : 0) | (con ? 0x10 : 0) | number;
    }

    /** Where this frame stands in a multi-frame message, in words. */
    public String position() {
        if (fir && fin) {
            return "single frame";
        }
        if (fir) {
            return "first of several frames";
        }
        if (fin) {
            return "last of several frames";
        }
        return "middle frame";
    }
}
