package dev.kappa.browser;

import static dev.kappa.browser.LabPages.goFresh;
import static dev.kappa.browser.LabPages.hash;
import static dev.kappa.browser.LabPages.open;
import static dev.kappa.browser.LabPages.readout;
import static dev.kappa.browser.LabPages.shot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The low-rank lab's "your picture" on both engines with real files through the file input: a
 * 300×200 PNG is decoded in the page, scaled to 256×171 and shown (its rows are constant, so it is
 * exactly rank 1 and σ₂ is rounding-sized), and the address does not carry it; then a text file, a
 * file named .png that is not a picture and a 10 000 × 10 000 PNG are each refused with a note while
 * the picture on display stays.
 */
class LowRankPictureChromiumTest {
    private static WebDriver desktop;
    @TempDir
    static Path files;

    @BeforeAll
    static void start() {
        desktop = Chromium.start(1280, 900);
    }

    @AfterAll
    static void stop() {
        Chromium.quit(desktop);
    }

    @TestFactory
    Stream<DynamicNode> picturesOnBothEngines() {
        List<DynamicNode> out = new ArrayList<>();
        for (String engine : BrowserScope.engines()) {
            out.add(DynamicTest.dynamicTest(engine, () -> picturesAreReadOrRefused(engine)));
        }
        return out.stream();
    }

    static void picturesAreReadOrRefused(String engine) throws Exception {
        open(desktop, Site.url() + "index.html?engine=" + engine + "#/about");
        assertEquals(engine, Chromium.attribute(desktop, "data-kappa-engine"));
        goFresh(desktop, "#/lab/low-rank?k=1");
        assertEquals("128×128", readout(desktop, "size"));

        choose(rowsPicture(files.resolve("rows.png")));
        awaitStatus("is shown");
        new WebDriverWait(desktop, Duration.ofSeconds(30)).until(x -> "171×256".equals(readout(x, "size")));
        assertTrue(hash(desktop).contains("source=own"), hash(desktop));
        assertFalse(hash(desktop).length() > 200, "the picture is not in the address: " + hash(desktop));
        double sigma2 = Double.parseDouble(readout(desktop, "eyTwo").replace('−', '-'));
        assertTrue(sigma2 < 1e-10, "a picture with constant rows has rank 1: σ₂ = " + sigma2 + " on " + engine);
        shot(desktop, "lab-low-rank-own-picture-" + engine + ".png");

        Path text = files.resolve("notes.txt");
        Files.writeString(text, "not a picture", StandardCharsets.UTF_8);
        choose(text);
        awaitStatus("not a picture");
        Path fake = files.resolve("fake.png");
        Files.writeString(fake, "this is text with a picture's name", StandardCharsets.UTF_8);
        choose(fake);
        awaitStatus("cannot read it as a picture");
        choose(hugePicture(files.resolve("huge.png"), 10_000));
        awaitStatus("10000×10000 pixels");
        assertEquals("171×256", readout(desktop, "size"), "the previous picture stays, " + engine);
        assertEquals(List.of(), Chromium.consoleErrors(desktop), "console errors, " + engine);
    }

    private static void choose(Path file) {
        desktop.findElement(By.cssSelector("[data-picture-file]")).sendKeys(file.toAbsolutePath().toString());
    }

    private static void awaitStatus(String words) {
        new WebDriverWait(desktop, Duration.ofSeconds(60)).until(x ->
                x.findElement(By.cssSelector("[data-picture-status]")).getText().contains(words));
    }

    /** A 300×200 RGB PNG whose rows are constant greys (rank 1 after any horizontal or vertical scaling). */
    static Path rowsPicture(Path to) throws IOException {
        BufferedImage img = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < 200; i++) {
            int g = 20 + i;
            for (int j = 0; j < 300; j++) {
                img.setRGB(j, i, (g << 16) | (g << 8) | g);
            }
        }
        ImageIO.write(img, "png", to.toFile());
        return to;
    }

    /** A valid side×side 8-bit grey PNG of zeros, written chunk by chunk (a few hundred kB for 10⁸ pixels). */
    static Path hugePicture(Path to, int side) throws IOException {
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(idat, new Deflater(9))) {
            byte[] row = new byte[side + 1]; // filter byte 0, then the pixels
            for (int i = 0; i < side; i++) {
                z.write(row);
            }
        }
        try (OutputStream out = Files.newOutputStream(to)) {
            out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
            ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
            DataOutputStream h = new DataOutputStream(ihdr);
            h.writeInt(side);
            h.writeInt(side);
            h.write(new byte[] {8, 0, 0, 0, 0}); // 8 bits, greyscale, deflate, no filter method, no interlace
            chunk(out, "IHDR", ihdr.toByteArray());
            chunk(out, "IDAT", idat.toByteArray());
            chunk(out, "IEND", new byte[0]);
        }
        return to;
    }

    private static void chunk(OutputStream out, String type, byte[] data) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        d.writeInt(data.length);
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        d.write(t);
        d.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        d.writeInt((int) crc.getValue());
    }
}
