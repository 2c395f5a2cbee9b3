package io.openemp.access.thrift.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A Python client, generated from the same IDL with {@code thrift --gen py} at test time and run with Debian's
 * {@code /usr/bin/python3} and its python3-thrift, logs in and calls through both protocols. Fails (never
 * skips) when the compiler or the Python module is missing: {@code scripts/test-prereqs} installs them.
 */
public class PythonClientTest {

    static final Path MODULE = Path.of("").toAbsolutePath();
    static final Path IDL = MODULE.resolve("src/main/thrift/openemp.thrift");
    static final Path SCRIPT = MODULE.resolve("src/test/python/jsonrpc_client.py");
    static final Path GENERATED = MODULE.resolve("target/py-gen");
    static final String PYTHON = "/usr/bin/python3";
    static final String PREREQS = " (scripts/test-prereqs installs Debian's thrift-compiler and python3-thrift)";

    @Rule
    public final RunningServer running = new RunningServer();

    /** Output and exit status of a finished process. */
    record Run(int status, String output) {
    }

    static Run run(List<String> command, Path pythonPath) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(MODULE.toFile()).redirectErrorStream(true);
        if (pythonPath != null) {
            builder.environment().put("PYTHONPATH", pythonPath.toString());
        }
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(command + " did not finish within 60 s");
        }
        return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    @BeforeClass
    public static void generatePythonCode() throws Exception {
        Run version;
        try {
            version = run(List.of("thrift", "--version"), null);
        } catch (IOException e) {
            throw new AssertionError("The Thrift compiler (thrift) is not on the PATH" + PREREQS, e);
        }
        assertTrue("Thrift compiler 0.17.0 needed, found: " + version.output() + PREREQS,
                version.output().contains("0.17.0"));
        assertTrue(PYTHON + " is missing" + PREREQS, new File(PYTHON).canExecute());
        Run module = run(List.of(PYTHON, "-c", "import thrift.transport.TSocket"), null);
        assertEquals(PYTHON + " cannot import thrift: " + module.output() + PREREQS, 0, module.status());

        Files.createDirectories(GENERATED);
        Run generate = run(List.of("thrift", "--gen", "py", "-out", GENERATED.toString(), IDL.toString()), null);
        assertEquals("thrift --gen py failed: " + generate.output(), 0, generate.status());
        assertTrue(Files.isRegularFile(GENERATED.resolve("openemp_thrift/JsonRpc.py")));
    }

    @Test
    public void aPythonClientLogsInAndCallsWithBothProtocols() throws Exception {
        Run client = run(List.of(PYTHON, SCRIPT.toString(), "127.0.0.1", String.valueOf(running.address().getPort()),
                TestAuthenticator.ALICE, TestAuthenticator.ALICE_PASSWORD), GENERATED);
        assertEquals("python client failed:\n" + client.output(), 0, client.status());

        List<JsonNode> sessions = new ArrayList<>();
        for (String line : client.output().strip().split("\n")) {
            sessions.add(JsonRpcOverThriftTest.json(line));
        }
        assertEquals(client.output(), 2, sessions.size());
        assertEquals("binary", sessions.get(0).get("protocol").asText());
        assertEquals("compact", sessions.get(1).get("protocol").asText());
        for (JsonNode seen : sessions) {
            String protocol = seen.get("protocol").asText();
            assertEquals(protocol, -32000, seen.get("before_login").asInt());
            assertEquals(protocol, "Wrong user name or password", seen.get("wrong_password").asText());
            assertEquals(protocol, "alice", seen.get("user").asText());
            assertEquals(protocol, "[\"manager\",\"viewer\"]", seen.get("roles").toString());
            assertEquals(protocol, "[\"echo\",\"rpc\"]", seen.get("components").toString());
            assertEquals(protocol, "Grüße aus Python", seen.get("say").asText());
            assertEquals(protocol, "", seen.get("notification").asText());
            assertEquals(protocol, "thrift", seen.at("/batch/0/result/transport").asText());
            assertEquals(protocol, -32601, seen.at("/batch/1/error/code").asInt());
        }
        assertEquals(List.of("Grüße aus Python", "n", "Grüße aus Python", "n"), running.echo.heard);
    }
}
