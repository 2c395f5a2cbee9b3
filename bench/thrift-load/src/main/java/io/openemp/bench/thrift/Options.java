package io.openemp.bench.thrift;

import java.util.HashMap;
import java.util.Map;

/** The command line of {@link ThriftLoad}: {@code --name value} pairs with defaults. */
record Options(String host, int port, String user, String password, int connections, int warmupSeconds,
        int durationSeconds, int runs, boolean bare) {

    static final String USAGE = """
            usage: java -cp 'bench-thrift-load.jar:lib/*' io.openemp.bench.thrift.ThriftLoad [options]
              --bare                 start a bare libthrift server in this JVM and load it (no platform needed)
              --host H               platform Thrift host (127.0.0.1)
              --port P               platform Thrift port (9090)
              --user U               user to log in as (admin)
              --password-env NAME    environment variable holding the password (OPENEMP_ADMIN_PASSWORD)
              --connections N        client connections, one thread each (32)
              --warmup S             seconds of calls before measuring (20)
              --duration S           seconds per measured run (20)
              --runs R               measured runs; the median is reported (3)
            """;

    static Options parse(String[] args) {
        Map<String, String> given = new HashMap<>();
        boolean bare = false;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (name.equals("--bare")) {
                bare = true;
            } else if (name.startsWith("--") && i + 1 < args.length) {
                given.put(name.substring(2), args[++i]);
            } else {
                throw new IllegalArgumentException("unexpected argument " + name);
            }
        }
        String passwordEnv = given.getOrDefault("password-env", "OPENEMP_ADMIN_PASSWORD");
        String password = bare ? "bare" : System.getenv(passwordEnv);
        if (password == null) {
            throw new IllegalArgumentException("environment variable " + passwordEnv + " is not set");
        }
        return new Options(given.getOrDefault("host", "127.0.0.1"), integer(given, "port", 9090),
                given.getOrDefault("user", "admin"), password, integer(given, "connections", 32),
                integer(given, "warmup", 20), integer(given, "duration", 20), integer(given, "runs", 3), bare);
    }

    private static int integer(Map<String, String> given, String name, int fallback) {
        String value = given.get(name);
        if (value == null) {
            return fallback;
        }
        int parsed = Integer.parseInt(value);
        if (parsed < (name.equals("warmup") ? 0 : 1)) {
            throw new IllegalArgumentException("--" + name + " must be positive, not " + value);
        }
        return parsed;
    }
}
