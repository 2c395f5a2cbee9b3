package io.openemp.plugins.internal;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Orders feature versions as a release manager expects: numerically by major, minor, micro; a qualified version
 * before its release ({@code 1.2.0-SNAPSHOT} and {@code 1.2.0.rc1} come before {@code 1.2.0}); qualifiers by text.
 * Maven's {@code -} and OSGi's {@code .} before the qualifier are the same.
 */
final class Versions {

    private static final Pattern VERSION = Pattern.compile("(\\d{1,9})(?:\\.(\\d{1,9}))?(?:\\.(\\d{1,9}))?(?:[.-]([A-Za-z0-9](?:[A-Za-z0-9_-]{0,62}[A-Za-z0-9_])?))?");

    static final Comparator<String> ORDER = Versions::compare;

    private Versions() {
    }

    static boolean valid(String version) {
        return version != null && VERSION.matcher(version).matches();
    }

    static int compare(String a, String b) {
        Matcher x = parse(a);
        Matcher y = parse(b);
        for (int i = 1; i <= 3; i++) {
            int c = Integer.compare(number(x.group(i)), number(y.group(i)));
            if (c != 0) {
                return c;
            }
        }
        String qx = x.group(4);
        String qy = y.group(4);
        if (qx == null || qy == null) {
            return qx == null ? (qy == null ? 0 : 1) : -1;
        }
        return qx.compareTo(qy);
    }

    private static Matcher parse(String version) {
        Matcher m = VERSION.matcher(version == null ? "" : version);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a version: " + version);
        }
        return m;
    }

    private static int number(String part) {
        return part == null ? 0 : Integer.parseInt(part);
    }
}
