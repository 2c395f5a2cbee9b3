package io.openemp.plugin.dlt645.api;

/** Bit D7 of the control code: who sent the frame. */
public enum Direction {

    /** D7 = 0: a command from the master station (or hand-held unit) to a meter. */
    MASTER_TO_METER,

    /** D7 = 1: a reply from a meter. */
    METER_TO_MASTER
}
