/*
 * Start een echte Neo4j 5.26 Community-server (embedded) met Bolt op 127.0.0.1 en
 * authenticatie aan. Draaien als single-file Java-programma:
 *
 *   java -Xmx1g @classpath.args neo4j/Launcher.java --data-dir .data/neo4j --port 7687
 *
 * Argumenten (of omgevingsvariabelen):
 *   --data-dir DIR     (KOPPELVLAK_NEO4J_DATA_DIR)   Neo4j-home; databanken staan in DIR/data
 *   --port N           (KOPPELVLAK_NEO4J_PORT)       Bolt-poort op 127.0.0.1, standaard 7687
 *   --page-cache SIZE  (KOPPELVLAK_NEO4J_PAGE_CACHE) bv. 256m (standaard)
 *   --tx-memory SIZE   (KOPPELVLAK_NEO4J_TX_MEMORY)  maximum geheugen van alle transacties, standaard 1g
 *   --exit-on-stdin-eof                              stop zodra stdin sluit (ouderproces weg)
 *   wachtwoord: ALLEEN via KOPPELVLAK_NEO4J_PASSWORD (niet als argument: zichtbaar in `ps`).
 *
 * Schrijft precies één regel "KOPPELVLAK_NEO4J_READY bolt://127.0.0.1:<port> version=<v>"
 * op stdout zodra de server klaar is. SIGTERM/SIGINT -> shutdown hook -> nette shutdown().
 */

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.kernel.internal.Version;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;

public class Launcher {
    static final String READY = "KOPPELVLAK_NEO4J_READY";
    static final String AUTH_MARKER = ".koppelvlak-auth";
    static volatile boolean shuttingDown = false;

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Throwable e) {
            System.err.println("koppelvlak-neo4j: starten mislukt / failed to start: " + e);
            for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
                System.err.println("  veroorzaakt door / caused by: " + c);
            }
            System.err.flush();
            Runtime.getRuntime().halt(1); // niet wachten op half gestarte Neo4j-threads
        }
    }

    static void run(String[] args) throws Exception {
        String dataDir = env("KOPPELVLAK_NEO4J_DATA_DIR", null);
        String port = env("KOPPELVLAK_NEO4J_PORT", "7687");
        String pageCache = env("KOPPELVLAK_NEO4J_PAGE_CACHE", "256m");
        String txMemory = env("KOPPELVLAK_NEO4J_TX_MEMORY", "1g");
        boolean exitOnStdinEof = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--data-dir" -> dataDir = next(args, ++i, a);
                case "--port" -> port = next(args, ++i, a);
                case "--page-cache" -> pageCache = next(args, ++i, a);
                case "--tx-memory" -> txMemory = next(args, ++i, a);
                case "--exit-on-stdin-eof" -> exitOnStdinEof = true;
                default -> fail("Onbekend argument / unknown argument: " + a);
            }
        }
        if (dataDir == null || dataDir.isBlank()) fail("--data-dir ontbreekt / is missing");
        String password = System.getenv("KOPPELVLAK_NEO4J_PASSWORD");
        if (password == null || password.length() < 8) {
            fail("KOPPELVLAK_NEO4J_PASSWORD ontbreekt of is korter dan 8 tekens / missing or shorter than 8 characters");
        }
        int boltPort;
        try {
            boltPort = Integer.parseInt(port);
        } catch (NumberFormatException e) {
            boltPort = -1;
        }
        if (boltPort < 1 || boltPort > 65535) fail("Ongeldige poort / invalid port: " + port);

        Path home = Path.of(dataDir).toAbsolutePath().normalize();
        Files.createDirectories(home);
        long t0 = System.nanoTime();

        Map<Setting<?>, Object> config = new HashMap<>();
        config.put(BoltConnector.enabled, true);
        config.put(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort));
        config.put(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", boltPort));
        config.put(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED);
        config.put(HttpConnector.enabled, false);
        config.put(HttpsConnector.enabled, false);
        config.put(GraphDatabaseSettings.auth_enabled, true);
        config.put(GraphDatabaseSettings.pagecache_memory, bytes(pageCache));
        config.put(GraphDatabaseSettings.memory_transaction_global_max_size, bytes(txMemory));
        config.put(GraphDatabaseSettings.udc_enabled, false); // dbms.usage_report.enabled
        config.put(GraphDatabaseSettings.debug_log_enabled, false);
        // Bolt wacht bij shutdown standaard 2x een "quiet period" van 5 s (Netty): ~10 s per stop.
        // Lokaal is dat zinloos; een stop duurt hiermee ~1 s. (Interne instellingen van Neo4j 5.26.)
        config.put(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0);
        config.put(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(5));

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                // Alleen warnings en errors van Neo4j zelf naar stderr.
                .setUserLogProvider(new Log4jLogProvider(System.err, Level.WARN))
                .setConfig(config)
                .build();

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            shuttingDown = true;
            long s0 = System.nanoTime();
            System.err.println("koppelvlak-neo4j: shutdown...");
            dbms.shutdown();
            System.err.printf(Locale.ROOT, "koppelvlak-neo4j: gestopt / stopped (%.1fs)%n", (System.nanoTime() - s0) / 1e9);
        }, "koppelvlak-neo4j-shutdown"));

        GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        GraphDatabaseService neo4j = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!system.isAvailable(TimeUnit.SECONDS.toMillis(60)) || !neo4j.isAvailable(TimeUnit.SECONDS.toMillis(60))) {
            System.err.println("koppelvlak-neo4j: databank niet beschikbaar / database not available");
            System.exit(3);
        }

        if (shuttingDown) return;
        ensurePassword(home, system, password);
        if (shuttingDown) return; // SIGTERM tijdens het starten: geen READY melden

        String version = Version.getNeo4jVersion();
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "%s bolt://127.0.0.1:%d version=%s startup=%.1fs%n", READY, boltPort, version, secs);
        System.out.flush();

        if (exitOnStdinEof) {
            Thread watcher = new Thread(() -> {
                try (InputStream in = System.in) {
                    byte[] buf = new byte[256];
                    while (in.read(buf) >= 0) {
                        // negeren
                    }
                } catch (IOException ignored) {
                    // stdin weg: ouder is weg
                }
                System.err.println("koppelvlak-neo4j: stdin gesloten, stoppen / stdin closed, stopping");
                System.exit(0);
            }, "koppelvlak-neo4j-stdin");
            watcher.setDaemon(true);
            watcher.start();
        }
        // De main-thread mag eindigen: de niet-daemon-threads van Neo4j houden de JVM in leven.
    }

    /**
     * Zet het wachtwoord van gebruiker neo4j. Op een verse store staat het op 'neo4j' met
     * "change required"; daarna wordt een hash van het ingestelde wachtwoord in een markerbestand
     * bewaard zodat dit niet herhaald wordt (hetzelfde wachtwoord opnieuw zetten faalt).
     * Komt er een ander wachtwoord binnen dan in de marker staat, dan wordt het opnieuw gezet.
     */
    static void ensurePassword(Path home, GraphDatabaseService system, String password) throws Exception {
        Path marker = home.resolve(AUTH_MARKER);
        String digest = sha256(home.toString() + "\0" + password);
        if (Files.exists(marker) && Files.readString(marker, StandardCharsets.UTF_8).trim().equals(digest)) {
            return;
        }
        try {
            system.executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
            System.err.println("koppelvlak-neo4j: wachtwoord van gebruiker neo4j ingesteld / password of user neo4j set");
        } catch (RuntimeException e) {
            String msg = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
            // Marker kwijt maar wachtwoord al goed: dat is prima.
            if (!msg.contains("same")) throw e;
        }
        Path tmp = home.resolve(AUTH_MARKER + ".tmp");
        Files.writeString(tmp, digest + "\n", StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // niet-POSIX bestandssysteem
        }
        Files.move(tmp, marker, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static long bytes(String size) {
        String s = size.trim().toLowerCase(Locale.ROOT);
        long mul = 1;
        if (s.endsWith("b")) s = s.substring(0, s.length() - 1);
        if (s.endsWith("k")) mul = 1L << 10;
        else if (s.endsWith("m")) mul = 1L << 20;
        else if (s.endsWith("g")) mul = 1L << 30;
        if (mul != 1) s = s.substring(0, s.length() - 1);
        try {
            return Long.parseLong(s.trim()) * mul;
        } catch (NumberFormatException e) {
            fail("Ongeldige grootte / invalid size: " + size);
            return 0;
        }
    }

    static String sha256(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    static String env(String name, String dflt) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? dflt : v;
    }

    static String next(String[] args, int i, String flag) {
        if (i >= args.length) fail(flag + " heeft een waarde nodig / needs a value");
        return args[i];
    }

    static void fail(String msg) {
        System.err.println("koppelvlak-neo4j: " + msg);
        System.exit(2);
    }
}
