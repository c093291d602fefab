package dev.kappa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The worker carries each file's SHA-256 (and the root URL's), so that install can refuse a mismatched file. */
class ServiceWorkerWriterTest {
    @TempDir
    Path site;

    @Test
    void everyFileAndTheRootUrlHaveTheirHash() throws Exception {
        Files.writeString(site.resolve("index.html"), "<!doctype html><title>k</title>");
        Files.createDirectories(site.resolve("content"));
        Files.writeString(site.resolve("content/content.js"), "self.KAPPA_CONTENT = {};");
        Files.writeString(site.resolve("sw-retire.js"), "// retire");
        Files.writeString(site.resolve("sw.js"), "// old worker");
        ServiceWorkerWriter.write(Path.of("webapp", "sw.template.js"), site);
        String js = Files.readString(site.resolve("sw.js"), StandardCharsets.UTF_8);
        Map<String, String> files = new TreeMap<>();
        Matcher m = Pattern.compile("'([^']+)': '([0-9a-f]{64})'").matcher(js);
        while (m.find()) {
            files.put(m.group(1), m.group(2));
        }
        HexFormat hex = HexFormat.of();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        String index = hex.formatHex(sha.digest(Files.readAllBytes(site.resolve("index.html"))));
        String content = hex.formatHex(sha.digest(Files.readAllBytes(site.resolve("content/content.js"))));
        assertEquals(Map.of("./", index, "index.html", index, "content/content.js", content), files, js);
        assertFalse(js.contains("@FILES@") || js.contains("@VERSION@"), "placeholders filled");
    }
}
