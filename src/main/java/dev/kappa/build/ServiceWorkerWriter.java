package dev.kappa.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Build step: writes {@code sw.js} into the built site from {@code webapp/sw.template.js}, with every file to
 * precache and its SHA-256 (the worker refuses to install when what it downloads differs, e.g. during a
 * half-done upload), plus {@code ./}, the site's root URL, which a static host answers with index.html. The
 * version is a hash of all of them. Runs after TeaVM and the content compiler, so the hashes cover the final
 * bytes; never reachable from the browser code.
 *
 * <pre>java dev.kappa.build.ServiceWorkerWriter webapp/sw.template.js target/site</pre>
 */
public final class ServiceWorkerWriter {
    static final String OUTPUT = "sw.js";
    /** Deployed as sw.js only to retire the worker (docs/offline.md); never precached. */
    static final String RETIRE = "sw-retire.js";
    /** The root URL, precached as the same bytes as index.html. */
    static final String ROOT = "./";

    private ServiceWorkerWriter() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ServiceWorkerWriter TEMPLATE SITE_DIR");
            System.exit(2);
        }
        write(Path.of(args[0]), Path.of(args[1]));
    }

    /** Writes sw.js and returns the files it precaches, relative to the site, sorted ({@code ./} not included). */
    public static List<String> write(Path template, Path site) throws IOException {
        List<String> files = siteFiles(site);
        Map<String, String> hashes = new LinkedHashMap<>();
        for (String f : files) {
            hashes.put(f, hex(sha256(Files.readAllBytes(site.resolve(f)))));
        }
        if (hashes.containsKey("index.html")) {
            hashes.put(ROOT, hashes.get("index.html"));
        }
        String version = version(site, files);
        StringBuilder list = new StringBuilder("{\n");
        int i = 0;
        for (Map.Entry<String, String> e : hashes.entrySet()) {
            list.append("  '").append(e.getKey().replace("\\", "\\\\").replace("'", "\\'")).append("': '")
                    .append(e.getValue()).append('\'').append(++i < hashes.size() ? ",\n" : "\n");
        }
        list.append('}');
        String js = Files.readString(template, StandardCharsets.UTF_8)
                .replace("@VERSION@", version)
                .replace("@FILES@", list.toString());
        Files.writeString(site.resolve(OUTPUT), js, StandardCharsets.UTF_8);
        return files;
    }

    /** Every file of the site but the worker itself and its retiring twin, as URL paths relative to the site root. */
    static List<String> siteFiles(Path site) throws IOException {
        List<String> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(site)) {
            walk.filter(Files::isRegularFile).forEach(p -> {
                String rel = site.relativize(p).toString().replace('\\', '/');
                if (!rel.equals(OUTPUT) && !rel.equals(RETIRE)) {
                    files.add(rel);
                }
            });
        }
        Collections.sort(files);
        return files;
    }

    /** The first 16 hex digits of SHA-256 over each file's path and bytes, in sorted order. */
    static String version(Path site, List<String> files) throws IOException {
        MessageDigest sha = digest();
        for (String f : files) {
            sha.update(f.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(Files.readAllBytes(site.resolve(f)));
        }
        return hex(sha.digest()).substring(0, 16);
    }

    static byte[] sha256(byte[] bytes) {
        return digest().digest(bytes);
    }

    static String hex(byte[] bytes) {
        StringBuilder hex = new StringBuilder();
        for (byte b : bytes) {
            hex.append(Character.forDigit((b >> 4) & 15, 16)).append(Character.forDigit(b & 15, 16));
        }
        return hex.toString();
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
