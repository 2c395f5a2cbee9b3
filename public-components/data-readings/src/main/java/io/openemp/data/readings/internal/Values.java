package io.openemp.data.readings.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Instant;

import io.openemp.data.readings.api.ReadingInputException;
import io.openemp.data.readings.api.ReadingStore;

/** The checks every value and instant passes before the store takes it. */
final class Values {

    static final int MAX_SCALE = 9;
    static final long MAX_UNSCALED = 999_999_999_999_999_999L;
    private static final BigInteger MAX = BigInteger.valueOf(MAX_UNSCALED);

    private Values() {
    }

    /**
     * {@code value} with a scale of 0 to 9 and at most 18 digits, equal to it (trailing zeros beyond 9 decimals
     * are dropped, never a digit that counts).
     */
    static BigDecimal exact(BigDecimal value, String field) {
        if (value == null) {
            throw new ReadingInputException(field, "required");
        }
        BigDecimal v = value;
        if (v.scale() < 0) {
            if (v.precision() - v.scale() > 18) {
                throw new ReadingInputException(field, "out of range: at most 18 digits (" + shortText(v) + ")");
            }
            v = v.setScale(0);
        } else if (v.scale() > MAX_SCALE) {
            try {
                v = v.setScale(MAX_SCALE, RoundingMode.UNNECESSARY);
            } catch (ArithmeticException e) {
                throw new ReadingInputException(field, "more than " + MAX_SCALE + " decimals (" + shortText(value) + ")");
            }
        }
        if (v.unscaledValue().abs().compareTo(MAX) > 0) {
            throw new ReadingInputException(field, "out of range: at most 18 digits (" + shortText(value) + ")");
        }
        return v;
    }

    /** {@code at} within the store's range, to the millisecond. */
    static Instant instant(Instant at, String field) {
        if (at == null) {
            throw new ReadingInputException(field, "required");
        }
        if (at.isBefore(ReadingStore.EARLIEST) || !at.isBefore(ReadingStore.LATEST)) {
            throw new ReadingInputException(field, "out of range: " + at + " is not within ["
                    + ReadingStore.EARLIEST + ", " + ReadingStore.LATEST + ")");
        }
        if (at.getNano() % 1_000_000 != 0) {
            throw new ReadingInputException(field, at + " is more precise than a millisecond");
        }
        return at;
    }

    /** A half-open range {@code [from, to)} within the store's range. */
    static void range(Instant from, Instant to) {
        if (from == null) {
            throw new ReadingInputException("from", "required");
        }
        if (to == null) {
            throw new ReadingInputException("to", "required");
        }
        if (from.isBefore(ReadingStore.EARLIEST) || from.isAfter(ReadingStore.LATEST)) {
            throw new ReadingInputException("from", "out of range: " + from + " is not within ["
                    + ReadingStore.EARLIEST + ", " + ReadingStore.LATEST + "]");
        }
        if (to.isBefore(ReadingStore.EARLIEST) || to.isAfter(ReadingStore.LATEST)) {
            throw new ReadingInputException("to", "out of range: " + to + " is not within ["
                    + ReadingStore.EARLIEST + ", " + ReadingStore.LATEST + "]");
        }
        if (!from.isBefore(to)) {
            throw new ReadingInputException("to", "must be after from (" + from + ")");
        }
    }

    /** A caller's text in a message, cut to 64 characters. */
    static String shortText(Object o) {
        String s = String.valueOf(o);
        return s.length() <= 64 ? s : s.substring(0, 61) + "...";
    }
}
