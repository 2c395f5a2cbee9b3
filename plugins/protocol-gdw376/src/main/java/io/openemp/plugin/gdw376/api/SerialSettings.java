package io.openemp.plugin.gdw376.api;

/**
 * The serial line a terminal forwards over (the transparent forwarding control word): baud rate (300 .. 19200),
 * data bits (5..8), parity and stop bits (1 or 2). DL/T 645-2007 meters usually talk 2400 baud, 8 data bits,
 * even parity, 1 stop bit ({@link #DLT645}).
 */
public record SerialSettings(int baud, int dataBits, Parity parity, int stopBits) {

    /** Parity. */
    public enum Parity { NONE, EVEN, ODD }

    private static final int[] BAUDS = {300, 600, 1200, 2400, 4800, 7200, 9600, 19200};

    /** 2400 8E1, the usual DL/T 645-2007 line. */
    public static final SerialSettings DLT645 = new SerialSettings(2400, 8, Parity.EVEN, 1);

    public SerialSettings {
        if (java.util.Arrays.stream(BAUDS).noneMatch(b -> b == baud)) {
            throw new IllegalArgumentException("baud must be one of 300, 600, 1200, 2400, 4800, 7200, 9600, 19200");
        }
        if (dataBits < 5 || dataBits > 8 || (stopBits != 1 && stopBits != 2) || parity == null) {
            throw new IllegalArgumentException("5..8 data bits, 1 or 2 stop bits and a parity are required");
        }
    }

    /** The control word: D7..D5 baud code, D4 stop bits, D3 parity on, D2 odd, D1..D0 data bits - 5. */
    public int controlWord() {
        int code = 0;
        while (BAUDS[code] != baud) {
            code++;
        }
        return code << 5 | (stopBits == 2 ? 0x10 : 0) | (parity != Parity.NONE ? 0x08 : 0)
                | (parity == Parity.ODD ? 0x04 : 0) | (dataBits - 5);
    }

    /** The settings of control word {@code word}. */
    public static SerialSettings of(int word) {
        Parity parity = (word & 0x08) == 0 ? Parity.NONE : (word & 0x04) != 0 ? Parity.ODD : Parity.EVEN;
        return new SerialSettings(BAUDS[(word >> 5) & 7], (word & 3) + 5, parity, (word & 0x10) != 0 ? 2 : 1);
    }
}
