package dev.kappa.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** "Download the zip, unzip, open": target/kappa-site.zip unzips to one folder whose index.html runs from disk. */
class SiteZipTest {
    @Test
    void theDownloadUnzipsToAFolderThatRunsFromDisk(@TempDir Path tmp) throws Exception {
        Path zip = Site.dir().getParent().resolve("kappa-site.zip");
        int files = 0;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                assertTrue(e.getName().startsWith("kappa/"), "one top folder: " + e.getName());
                Path out = tmp.resolve(e.getName()).normalize();
                Files.createDirectories(out.getParent());
                Files.write(out, in.readAllBytes());
                files++;
            }
        }
        assertEquals(countFiles(Site.dir()), files, "every file of target/site");
        WebDriver driver = Chromium.start(1280, 900);
        try {
            driver.get(tmp.resolve("kappa/index.html").toUri() + "#/quiz/conditioning");
            assertEquals("true", Chromium.awaitBoot(driver), Chromium.bootFailure(driver));
            assertEquals("js", Chromium.attribute(driver, "data-kappa-engine"), "from disk Kappa runs on JS");
            LearnerActions.await(driver, "[data-view=quiz]");
            assertEquals(List.of(), driver.findElements(By.cssSelector(".boot-error")));
        } finally {
            driver.quit();
        }
    }

    private static long countFiles(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).count();
        }
    }
}
