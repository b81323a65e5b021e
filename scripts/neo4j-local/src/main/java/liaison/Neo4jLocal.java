package liaison;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.exceptions.InvalidArgumentException;
import org.neo4j.graphdb.QueryExecutionException;

/**
 * Starts Neo4j Community on 127.0.0.1 with Bolt and authentication, prints one
 * line with its bolt:// address once it accepts connections, and shuts the
 * databases down cleanly (a checkpoint, so the store is consistent) on SIGTERM
 * or SIGINT. Configured from the environment only:
 * NEO4J_LOCAL_PORT (7687), NEO4J_LOCAL_DIR (data/neo4j), NEO4J_PASSWORD (liaison-local-pass).
 */
public final class Neo4jLocal {
    private static final String HOST = "127.0.0.1";
    private static final long PAGE_CACHE_BYTES = 512L * 1024 * 1024;
    private static final int MIN_PASSWORD_LENGTH = 8;

    private Neo4jLocal() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        int port = parsePort(env.getOrDefault("NEO4J_LOCAL_PORT", "7687"));
        Path home = Path.of(env.getOrDefault("NEO4J_LOCAL_DIR", "data/neo4j")).toAbsolutePath();
        String password = env.getOrDefault("NEO4J_PASSWORD", "liaison-local-pass");
        if (password.length() < MIN_PASSWORD_LENGTH) {
            fail("NEO4J_PASSWORD must have at least " + MIN_PASSWORD_LENGTH + " characters (Neo4j refuses shorter ones)");
        }
        // Checked before Neo4j starts: its own message for a taken port is a page of stack trace.
        if (!portIsFree(port)) fail("port " + port + " on " + HOST + " is already in use (set NEO4J_LOCAL_PORT to another)");

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress(HOST))
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, PAGE_CACHE_BYTES)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(BoltConnector.server_bolt_telemetry_enabled, false)
                // A ceiling for any transaction, the driver's own timeouts being shorter.
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(5))
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("neo4j-local: stopping");
            dbms.shutdown();
            System.out.println("neo4j-local: stopped, store closed cleanly");
            stopped.countDown();
        }, "neo4j-local-shutdown"));

        try {
            setPassword(dbms, password);
            awaitBolt(port);
        } catch (RuntimeException e) {
            // Neo4j's own threads would keep the JVM alive after main fails: stop it, then say why.
            dbms.shutdown();
            fail("could not start: " + e.getMessage());
        }
        System.out.println("neo4j-local: Neo4j " + neo4jVersion() + " Community accepting Bolt connections on bolt://"
                + HOST + ":" + port + " (user neo4j, data in " + home + ")");
        stopped.await();
    }

    /**
     * Embedded transactions run with full rights: set the password Bolt clients
     * will use. On a restart it is usually the same, which Neo4j refuses to
     * "change"; that refusal means the password is already right.
     */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        try {
            dbms.database("system").executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (QueryExecutionException e) {
            if (!(rootCause(e) instanceof InvalidArgumentException) || !String.valueOf(rootCause(e).getMessage()).contains("cannot be the same")) {
                throw e;
            }
        }
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) cause = cause.getCause();
        return cause;
    }

    private static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port > 0 && port < 65536) return port;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        fail("NEO4J_LOCAL_PORT must be a port number, not \"" + value + "\"");
        return -1;
    }

    private static boolean portIsFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(HOST), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void awaitBolt(int port) throws InterruptedException {
        for (int attempt = 0; attempt < 300; attempt++) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(HOST, port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        fail("Neo4j started but Bolt did not accept connections on " + HOST + ":" + port + " within 30 s");
    }

    private static String neo4jVersion() {
        String version = DatabaseManagementService.class.getPackage().getImplementationVersion();
        return version == null ? "5.26" : version;
    }

    private static void fail(String message) {
        System.err.println("neo4j-local: " + message);
        System.exit(1);
    }
}
