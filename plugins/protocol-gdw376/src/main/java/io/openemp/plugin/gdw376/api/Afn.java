package io.openemp.plugin.gdw376.api;

import java.util.Optional;

/** The application function codes AFN the standard defines (07 is reserved). */
public enum Afn {
    CONFIRM_DENY(0x00, "confirm / deny", "确认/否认"),
    RESET(0x01, "reset", "复位"),
    LINK_TEST(0x02, "link interface test (login, logout, heartbeat)", "链路接口检测"),
    RELAY_COMMAND(0x03, "relay station command", "中继站命令"),
    SET_PARAMETERS(0x04, "set parameters", "设置参数"),
    CONTROL(0x05, "control command", "控制命令"),
    AUTHENTICATION(0x06, "authentication and key agreement", "身份认证及密钥协商"),
    CASCADE_REPORT(0x08, "request cascaded terminals' reports", "请求被级联终端主动上报"),
    TERMINAL_CONFIG(0x09, "request terminal configuration", "请求终端配置"),
    QUERY_PARAMETERS(0x0A, "query parameters", "查询参数"),
    TASK_DATA(0x0B, "request task data", "请求任务数据"),
    CLASS1_DATA(0x0C, "request class 1 data (real time)", "请求1类数据"),
    CLASS2_DATA(0x0D, "request class 2 data (history, frozen)", "请求2类数据"),
    CLASS3_DATA(0x0E, "request class 3 data (events)", "请求3类数据"),
    FILE_TRANSFER(0x0F, "file transfer", "文件传输"),
    FORWARD(0x10, "data forwarding", "数据转发");

    private final int code;
    private final String meaning;
    private final String chinese;

    Afn(int code, String meaning, String chinese) {
        this.code = code;
        this.meaning = meaning;
        this.chinese = chinese;
    }

    public int code() {
        return code;
    }

    /** What the AFN is for, in English. */
    public String meaning() {
        return meaning;
    }

    /** The standard's own name. */
    public String chinese() {
        return chinese;
    }

    /** The AFN of code {@code code}, if the standard defines it. */
    public static Optional<Afn> of(int code) {
        for (Afn afn : values()) {
            if (afn.code == code) {
                return Optional.of(afn);
            }
        }
        return Optional.empty();
    }

    /** "request class 1 data (real time) 请求1类数据" or "reserved". */
    public static String describe(int code) {
        return of(code).map(a -> a.meaning + " " + a.chinese).orElse("reserved");
    }

    /**
     * Whether a downward frame of AFN {@code code} carries the 16-byte message authentication code PW: reset,
     * set parameters, control, authentication, file transfer and forwarding.
     */
    public static boolean downwardCarriesPw(int code) {
        return code == 0x01 || code == 0x04 || code == 0x05 || code == 0x06 || code == 0x0F || code == 0x10;
    }
}
