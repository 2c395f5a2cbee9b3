package io.openemp.plugin.gdw376.api;

/** Which way a frame travels: the DIR bit (D7) of the control field. */
public enum Direction {
    /** DIR = 0: sent by the master station to the terminal. */
    DOWN("master station to terminal"),
    /** DIR = 1: sent by the terminal to the master station. */
    UP("terminal to master station");

    private final String meaning;

    Direction(String meaning) {
        this.meaning = meaning;
    }

    /** What the direction means, in words. */
    public String meaning() {
        return meaning;
    }
}
