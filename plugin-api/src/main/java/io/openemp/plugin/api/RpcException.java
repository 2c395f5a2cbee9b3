package io.openemp.plugin.api;

/**
 * The typed failure of an RPC method, answered as a JSON-RPC error object {@code {code, message, data}}.
 *
 * <p>Application errors use codes outside the range the JSON-RPC specification reserves (-32768 to -32000);
 * the one reserved code a plugin may raise itself is {@link #INVALID_PARAMS}, for parameters that are well
 * typed but wrong (an end before a start, an unknown meter), through {@link #invalidParams(String, String)}.
 * {@code data} is written as JSON with Jackson: a map, a record or a string.
 */
public class RpcException extends Exception {

    private static final long serialVersionUID = 1L;

    /** JSON-RPC "Invalid params". */
    public static final int INVALID_PARAMS = -32602;

    private final int code;
    private final transient Object data;

    /**
     * @param code an application error code outside -32768..-32000, or {@link #INVALID_PARAMS}
     * @param message a short, specific sentence
     * @param data extra detail written as JSON, or {@code null}
     * @throws IllegalArgumentException if the code lies in the reserved range and is not INVALID_PARAMS
     */
    public RpcException(int code, String message, Object data) {
        super(message);
        if (code >= -32768 && code <= -32000 && code != INVALID_PARAMS) {
            throw new IllegalArgumentException("error code " + code + " is reserved by JSON-RPC; use one outside -32768..-32000");
        }
        this.code = code;
        this.data = data;
    }

    public RpcException(int code, String message) {
        this(code, message, null);
    }

    /** Invalid params naming the offending parameter: {@code data = {"param": param, "reason": reason}}. */
    public static RpcException invalidParams(String param, String reason) {
        return new RpcException(INVALID_PARAMS, "Invalid params: " + param + ": " + reason,
                java.util.Map.of("param", param, "reason", reason));
    }

    public int code() {
        return code;
    }

    public Object data() {
        return data;
    }
}
