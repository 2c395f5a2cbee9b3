package io.openemp.plugin.modbus.internal;

import static org.junit.Assert.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A real Modbus TCP server for the tests: Debian's python3-pymodbus running {@code pymodbus/modbus_server.py} on
 * 127.0.0.1 at a free port, serving the process image built here. Fails (never skips) when pymodbus is missing.
 */
final class PymodbusServer implements AutoCloseable {

    static final String PYTHON = System.getProperty("modbus.python", "/usr/bin/python3");

    private final Process process;
    private final int port;
    private final Path dir;

    private PymodbusServer(Process process, int port, Path dir) {
        this.process = process;
        this.port = port;
        this.dir = dir;
    }

    int port() {
        return port;
    }

    /** The process image: unit id -> table (hr, ir, co, di) -> address -> value. */
    static final class Image {
        final Map<String, Map<String, Map<String, Integer>>> units = new TreeMap<>();

        Image put(int unit, String table, int address, int... values) {
            Map<String, Integer> t = units.computeIfAbsent(String.valueOf(unit), k -> new LinkedHashMap<>())
                    .computeIfAbsent(table, k -> new TreeMap<>());
            for (int i = 0; i < values.length; i++) {
                t.put(String.valueOf(address + i), values[i] & 0xFFFF);
            }
            return this;
        }

        /** Registers from bytes, two per register, high byte first (as they travel). */
        Image bytes(int unit, String table, int address, int... bytes) {
            int[] words = new int[bytes.length / 2];
            for (int i = 0; i < words.length; i++) {
                words[i] = (bytes[2 * i] & 0xFF) << 8 | bytes[2 * i + 1] & 0xFF;
            }
            return put(unit, table, address, words);
        }

        Image float32(int unit, String table, int address, float value) {
            int bits = Float.floatToIntBits(value);
            return put(unit, table, address, bits >>> 16, bits & 0xFFFF);
        }
    }

    /** Starts the server with {@code image} and waits until it accepts connections. */
    static PymodbusServer start(Image image) throws Exception {
        requirePymodbus();
        Path dir = Files.createTempDirectory("pymodbus");
        Path script = dir.resolve("modbus_server.py");
        try (InputStream in = PymodbusServer.class.getResourceAsStream("/pymodbus/modbus_server.py")) {
            Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
        }
        Path imageFile = dir.resolve("image.json");
        new ObjectMapper().writeValue(imageFile.toFile(), Map.of("units", image.units));
        int port = freePort();
        Process process = new ProcessBuilder(PYTHON, script.toString(), String.valueOf(port), imageFile.toString())
                .redirectErrorStream(true).start();
        PymodbusServer server = new PymodbusServer(process, port, dir);
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        StringBuilder seen = new StringBuilder();
        Thread reader = new Thread(() -> {
            try {
                for (String line; (line = out.readLine()) != null;) {
                    synchronized (seen) {
                        seen.append(line).append('\n');
                    }
                }
            } catch (IOException ignored) {
                // the process ended
            }
        }, "pymodbus-output");
        reader.setDaemon(true);
        reader.start();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                server.close();
                fail("the pymodbus server exited with " + process.exitValue() + ":\n" + seen);
            }
            synchronized (seen) {
                if (seen.indexOf("LISTENING") >= 0 && accepts(port)) {
                    return server;
                }
            }
            Thread.sleep(50);
        }
        server.close();
        fail("the pymodbus server did not listen on 127.0.0.1:" + port + " within 20 s:\n" + seen);
        return null;
    }

    /** Fails with the package to install when the system Python has no pymodbus. */
    static void requirePymodbus() throws Exception {
        Process check;
        try {
            check = new ProcessBuilder(PYTHON, "-c", "import pymodbus, pymodbus.server, pymodbus.datastore")
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError(PYTHON + " cannot run (" + e.getMessage() + "): install python3 and python3-pymodbus "
                    + "(apt-get install python3-pymodbus)", e);
        }
        String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!check.waitFor(30, TimeUnit.SECONDS) || check.exitValue() != 0) {
            fail("Debian's python3-pymodbus is missing for " + PYTHON + ": apt-get install python3-pymodbus "
                    + "(scripts/test-prereqs installs it)\n" + output);
        }
    }

    /** Stops the process (SIGSTOP): the kernel still accepts connections, nothing answers. */
    void pause() throws Exception {
        signal("STOP");
    }

    /** Lets a paused process go on (SIGCONT). */
    void resume() throws Exception {
        signal("CONT");
    }

    private void signal(String signal) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + signal, String.valueOf(process.pid())).start();
        if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
            fail("kill -" + signal + " " + process.pid() + " failed");
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() throws Exception {
        try {
            resume();
        } catch (Throwable ignored) {
            // not paused, or already gone
        }
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(dir);
    }
}
