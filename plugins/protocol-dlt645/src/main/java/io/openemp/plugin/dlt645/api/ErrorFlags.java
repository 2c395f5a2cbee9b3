package io.openemp.plugin.dlt645.api;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The error byte ERR of an abnormal reply, bit by bit ({@link ErrorBit}); {@code 02H} means the meter has no such
 * data item.
 *
 * @param value the byte, 0..255
 */
public record ErrorFlags(int value) {

    public ErrorFlags {
        if (value < 0 || value > 255) {
            throw new IllegalArgumentException("the error byte is 00..FF, not " + value);
        }
    }

    /** The byte with {@code bits} set. */
    public static ErrorFlags of(ErrorBit... bits) {
        int value = 0;
        for (ErrorBit bit : bits) {
            value |= bit.mask();
        }
        return new ErrorFlags(value);
    }

    /** The bits that are set, lowest first. */
    public Set<ErrorBit> bits() {
        EnumSet<ErrorBit> set = EnumSet.noneOf(ErrorBit.class);
        for (ErrorBit bit : ErrorBit.values()) {
            if ((value & bit.mask()) != 0) {
                set.add(bit);
            }
        }
        return set;
    }

    public boolean has(ErrorBit bit) {
        return (value & bit.mask()) != 0;
    }

    /** E.g. {@code 02H: no data requested (unknown or unsupported item)}; {@code 00H: no bit set}. */
    public String describe() {
        Set<ErrorBit> bits = bits();
        String text = bits.isEmpty() ? "no bit set" : bits.stream().map(ErrorBit::description).collect(Collectors.joining(", "));
        return Hex.byteHex(value) + "H: " + text;
    }
}
