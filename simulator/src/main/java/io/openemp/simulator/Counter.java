package io.openemp.simulator;

/** What a fleet counts; {@link TerminalFleet#count(Counter)} reads one, {@link TerminalFleet#counters()} all. */
public enum Counter {
    CONNECTS("TCP connections made"),
    CONNECT_FAILURES("TCP connection attempts that failed"),
    DISCONNECTS("connections closed, by either side"),
    LOGINS_SENT("AFN 02 F1 logins sent"),
    LOGINS_CONFIRMED("logins the master confirmed"),
    LOGINS_DENIED("logins the master denied"),
    LOGIN_TIMEOUTS("logins not confirmed in time"),
    HEARTBEATS_SENT("AFN 02 F3 heartbeats sent"),
    HEARTBEATS_CONFIRMED("heartbeats the master confirmed"),
    HEARTBEATS_MISSED("heartbeats not confirmed in time"),
    REQUESTS("requests received from the master (PRM = 1)"),
    REQUESTS_EXPIRED("requests discarded because their time tag had expired"),
    REPLIES("reply frames sent"),
    DENIALS("AFN 00 F2 denials sent (no data, unsupported AFN)"),
    READS_0C("AFN 0C requests answered"),
    READS_0D("AFN 0D requests answered"),
    FORWARDS("AFN 10 F1 transparent forwards handled"),
    METER_REPLIES("DL/T 645 replies returned through forwarding"),
    FREEZES("meter freezes performed (one per meter)"),
    REPORTS_SENT("active reports sent (first attempt)"),
    REPORTS_RESENT("active reports sent again for want of a confirm"),
    REPORTS_CONFIRMED("active reports the master confirmed"),
    REPORTS_ABANDONED("active reports never confirmed after every retry"),
    FAULT_DROPPED("replies not sent (drop fault)"),
    FAULT_DELAYED("replies delayed (delay fault)"),
    FAULT_BAD_CHECKSUM("replies sent with a wrong checksum"),
    FAULT_TRUNCATED("replies sent cut short"),
    STORMS("reconnect storms"),
    BYTES_SKIPPED("received bytes that formed no frame"),
    FRAMES_IGNORED("received frames that were not for this terminal or not understood");

    private final String description;

    Counter(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
