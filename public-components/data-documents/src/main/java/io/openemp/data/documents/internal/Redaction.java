package io.openemp.data.documents.internal;

/** Keeps a connection string's password out of messages that are logged or shown in health. */
final class Redaction {

    private Redaction() {
    }

    /**
     * {@code message} with the password of {@code uri} (the text between {@code user:} and {@code @}) and the
     * whole user information replaced by {@code ****}.
     */
    static String hidePassword(String message, String uri) {
        if (message == null || uri == null) {
            return message;
        }
        int scheme = uri.indexOf("://");
        if (scheme < 0) {
            return message;
        }
        int hostStart = scheme + 3;
        int pathStart = uri.indexOf('/', hostStart);
        String authority = pathStart < 0 ? uri.substring(hostStart) : uri.substring(hostStart, pathStart);
        int at = authority.lastIndexOf('@');
        if (at < 0) {
            return message;
        }
        String userInfo = authority.substring(0, at);
        String result = message.replace(userInfo, "****");
        int colon = userInfo.indexOf(':');
        if (colon >= 0 && colon + 1 < userInfo.length()) {
            result = result.replace(userInfo.substring(colon + 1), "****");
        }
        return result;
    }
}
