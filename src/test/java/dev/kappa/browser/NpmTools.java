package dev.kappa.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The test tools from npm (src/test/js/package.json and its committed lock file: scorm-again,
 * xapi-validation), installed with {@code npm ci} into {@code target/test-js} the first time a
 * test asks for them, and again only when the lock file changes. So {@code mvn verify} needs no
 * set-up step of its own beyond node and npm being on the machine ({@code .ci/run} installs them).
 * Without npm the tests that need it are skipped with a message, and under {@code CI=true} they fail.
 */
public final class NpmTools {
    private static final Path SOURCE = Path.of("src/test/js");
    private static Path installed;

    private NpmTools() {
    }

    /** The folder holding {@code node_modules}, installing it if needed. */
    public static synchronized Path dir() {
        if (installed != null) {
            return installed;
        }
        Path target = Path.of(System.getProperty("kappa.site", "target/site")).toAbsolutePath().getParent()
                .resolve("test-js");
        try {
            String lock = Files.readString(SOURCE.resolve("package-lock.json"), StandardCharsets.UTF_8);
            Path stamp = target.resolve("node_modules/.kappa-installed-lock");
            if (!Files.isRegularFile(stamp) || !Files.readString(stamp, StandardCharsets.UTF_8).equals(lock)) {
                Files.createDirectories(target);
                for (String f : new String[] {"package.json", "package-lock.json"}) {
                    Files.copy(SOURCE.resolve(f), target.resolve(f), StandardCopyOption.REPLACE_EXISTING);
                }
                run(target, "npm", "ci", "--no-audit", "--no-fund", "--loglevel=error");
                Files.writeString(stamp, lock, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not install the npm test tools in " + target, e);
        }
        try {
            // Scripts of our own that require the installed packages live beside node_modules.
            Files.copy(SOURCE.resolve("validate-statements.js"), target.resolve("validate-statements.js"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException("could not copy the test scripts to " + target, e);
        }
        installed = target;
        return target;
    }

    /** A file of an installed package, e.g. {@code module("scorm-again/dist/scorm12.min.js")}. */
    public static Path module(String path) {
        Path p = dir().resolve("node_modules").resolve(path);
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException(p + " is missing after npm ci");
        }
        return p;
    }

    /** Runs a command in {@code dir}; its output when it succeeds, else an exception quoting it. */
    public static String run(Path dir, String... command) throws IOException {
        Process p;
        try {
            p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            String how = command[0] + " is not installed (Debian: apt-get install -y nodejs npm)";
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(how + " (required when CI=true)", e);
            }
            Assumptions.assumeTrue(false, how + " — tests that need it are skipped");
            throw e;
        }
        byte[] out = p.getInputStream().readAllBytes();
        try {
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish within 5 minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        String text = new String(out, StandardCharsets.UTF_8);
        if (p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed (exit " + p.exitValue() + "):\n" + text);
        }
        return text;
    }
}
