package dev.kappa.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * Build step: writes {@code sw.js} into the built site from {@code webapp/sw.template.js}, with the
 * list of every file to precache and a version that is a hash of all of them. Runs after TeaVM and
 * the content compiler, so the hash covers the final bytes; never reachable from the browser code.
 *
 * <pre>java dev.kappa.build.ServiceWorkerWriter webapp/sw.template.js target/site</pre>
 */
public final class ServiceWorkerWriter {
    static final String OUTPUT = "sw.js";

    private ServiceWorkerWriter() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ServiceWorkerWriter TEMPLATE SITE_DIR");
            System.exit(2);
        }
        write(Path.of(args[0]), Path.of(args[1]));
    }

    /** Writes sw.js and returns the files it precaches, relative to the site, sorted. */
    public static List<String> write(Path template, Path site) throws IOException {
        List<String> files = siteFiles(site);
        String version = version(site, files);
        StringBuilder list = new StringBuilder("[\n");
        for (int i = 0; i < files.size(); i++) {
            list.append("  '").append(files.get(i).replace("\\", "\\\\").replace("'", "\\'")).append('\'')
                    .append(i + 1 < files.size() ? ",\n" : "\n");
        }
        list.append(']');
        String js = Files.readString(template, StandardCharsets.UTF_8)
                .replace("@VERSION@", version)
                .replace("@FILES@", list.toString());
        Files.writeString(site.resolve(OUTPUT), js, StandardCharsets.UTF_8);
        return files;
    }

    /** Every file of the site but the worker itself, as URL paths relative to the site root. */
    static List<String> siteFiles(Path site) throws IOException {
        List<String> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(site)) {
            walk.filter(Files::isRegularFile).forEach(p -> {
                String rel = site.relativize(p).toString().replace('\\', '/');
                if (!rel.equals(OUTPUT)) {
                    files.add(rel);
                }
            });
        }
        Collections.sort(files);
        return files;
    }

    /** The first 16 hex digits of SHA-256 over each file's path and bytes, in sorted order. */
    static String version(Path site, List<String> files) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String f : files) {
                sha.update(f.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Files.readAllBytes(site.resolve(f)));
            }
            StringBuilder hex = new StringBuilder();
            byte[] digest = sha.digest();
            for (int i = 0; i < 8; i++) {
                hex.append(Character.forDigit((digest[i] >> 4) & 15, 16)).append(Character.forDigit(digest[i] & 15, 16));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
