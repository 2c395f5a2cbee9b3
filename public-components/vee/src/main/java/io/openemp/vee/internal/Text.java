package io.openemp.vee.internal;

/** Callers' text repeated in messages, cut so that a hostile megabyte is not echoed back. */
final class Text {

    static final int MAX = 64;

    private Text() {
    }

    static String cut(String text) {
        if (text == null) {
            return "null";
        }
        return text.length() <= MAX ? text : text.substring(0, MAX) + "...";
    }
}
