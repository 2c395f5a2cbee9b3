package io.openemp.plugin.dlt645.api;

/** One bit of the error byte ERR that a meter sends in an abnormal reply. */
public enum ErrorBit {

    /** Bit 0: an error of no other kind. */
    OTHER(0, "other error"),
    /** Bit 1: the meter has no such data (unknown or unsupported data identifier). */
    NO_DATA(1, "no data requested (unknown or unsupported item)"),
    /** Bit 2: wrong password, or not authorised. */
    UNAUTHORISED(2, "wrong password or not authorised"),
    /** Bit 3: the communication rate cannot be changed. */
    BAUD_RATE_UNCHANGEABLE(3, "communication rate cannot be changed"),
    /** Bit 4: more annual time zones than the meter holds. */
    TOO_MANY_YEAR_ZONES(4, "too many annual time zones"),
    /** Bit 5: more daily periods than the meter holds. */
    TOO_MANY_DAY_PERIODS(5, "too many daily time periods"),
    /** Bit 6: more tariffs than the meter holds. */
    TOO_MANY_TARIFFS(6, "too many tariffs"),
    /** Bit 7: reserved by the standard. */
    RESERVED(7, "reserved bit 7");

    private final int bit;
    private final String description;

    ErrorBit(int bit, String description) {
        this.bit = bit;
        this.description = description;
    }

    /** The bit number 0..7. */
    public int bit() {
        return bit;
    }

    /** The bit's mask in the error byte. */
    public int mask() {
        return 1 << bit;
    }

    public String description() {
        return description;
    }
}
