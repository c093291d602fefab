package dev.kappa.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README a newcomer reads stays true: its links (and those of docs/) resolve inside the
 * repository, its list of labs is exactly the catalogue's labs, under their declared titles, and
 * its test command is the one CI runs.
 */
class ReadmeTest {
    private static final Path README = Path.of("README.md");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

    private static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    /** The text outside ``` fences (links in code samples are examples, not links). */
    private static String prose(String markdown) {
        StringBuilder sb = new StringBuilder();
        boolean code = false;
        for (String line : markdown.split("\n", -1)) {
            if (line.trim().startsWith("```")) {
                code = !code;
            } else if (!code) {
                sb.append(line).append('\n');
            }
        }
        return sb.toString();
    }

    @Test
    void everyLinkResolvesInsideTheRepository() throws IOException {
        List<Path> files = new ArrayList<>(List.of(README));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        List<String> broken = new ArrayList<>();
        for (Path f : files) {
            Matcher m = LINK.matcher(prose(read(f)));
            while (m.find()) {
                String target = m.group(1);
                if (target.matches("^[a-z]+:.*") || target.startsWith("#")) {
                    continue;
                }
                String path = target.replaceAll("#.*$", "");
                Path resolved = f.toAbsolutePath().getParent().resolve(path).normalize();
                Path repo = Path.of("").toAbsolutePath();
                if (!resolved.startsWith(repo) || !Files.exists(resolved)) {
                    broken.add(f + ": " + target);
                }
            }
        }
        assertEquals(List.of(), broken, "links that do not resolve inside the repository");
    }

    @Test
    void theLabListIsEveryLabUnderItsOwnTitle() throws IOException {
        Map<String, String> titles = new LinkedHashMap<>();
        for (dev.kappa.lab.LabDeclaration d : dev.kappa.lab.LabCatalog.all()) {
            titles.put(d.id(), d.title());
        }
        String readme = read(README);
        int start = readme.indexOf("## The labs");
        String section = readme.substring(start, readme.indexOf("\n## ", start + 1));
        Map<String, String> listed = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(?m)^- \\*\\*(.+?)\\*\\* \\(`#/lab/([a-z0-9-]+)`\\)").matcher(section);
        while (m.find()) {
            listed.put(m.group(2), m.group(1));
        }
        assertEquals(new java.util.TreeMap<>(titles), new java.util.TreeMap<>(listed),
                "README's labs (id → title) against the lab catalogue");
    }

    @Test
    void theReadmesTestCommandIsTheOneCiRuns() throws IOException {
        String ci = read(Path.of(".ci/run"));
        Matcher m = Pattern.compile("(?m)^mvn .*$").matcher(ci);
        assertTrue(m.find(), ".ci/run runs Maven");
        String readme = read(README);
        String firstBlock = readme.substring(readme.indexOf("```sh"), readme.indexOf("```", readme.indexOf("```sh") + 5));
        assertTrue(firstBlock.contains(m.group().trim()), "README's commands include CI's '" + m.group() + "'");
        assertTrue(readme.indexOf("```sh") < readme.indexOf("\n## "), "the commands come before the first section");
        assertTrue(Files.isRegularFile(Path.of("LICENSE")) && read(Path.of("LICENSE")).contains("Apache License"),
                "the LICENSE the README names");
    }
}
