package dev.kappa.build;

import dev.kappa.learn.ContentParseException;
import dev.kappa.learn.CourseUnit;
import dev.kappa.learn.CourseUnitParser;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Build step (after the service worker, so the site is final): packages the built site for
 * learning management systems.
 *
 * <pre>java dev.kappa.build.ScormPackager SITE OUT [UNIT.md | UNIT-FOLDER]…</pre>
 *
 * writes {@code OUT/kappa-site.zip} (the site in a folder {@code kappa/}, to download, unzip and open
 * from disk), {@code OUT/kappa-scorm12.zip} and {@code OUT/kappa-scorm2004.zip} (every lab, deck, quiz
 * and exercise set of the site, grouped by kind), and for each course unit file
 * {@code OUT/scorm/<unit>-scorm12.zip} and {@code …-scorm2004.zip}. Each zip holds
 * {@code imsmanifest.xml} at its root and the whole static site beside it, so an activity's links
 * to the rest of Kappa keep working and nothing is fetched from elsewhere. The service worker is
 * left out: inside an LMS the package is served online by the LMS, and a worker would cache it
 * under the LMS's origin. A unit that names an activity the site lacks fails the build with
 * {@code file:line: reason}.
 */
public final class ScormPackager {
    /** Entries get this fixed time, so the same site gives the same bytes. */
    private static final FileTime FIXED_TIME = FileTime.fromMillis(315532800000L + 86_400_000L);
    static final String MANIFEST = "imsmanifest.xml";
    /** The plain download of the site, and the folder its entries sit in. */
    static final String SITE_ZIP = "kappa-site.zip";
    static final String SITE_FOLDER = "kappa/";

    private ScormPackager() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: ScormPackager SITE OUT [UNIT.md | UNIT-FOLDER]...");
        }
        Path site = Paths.get(args[0]);
        Path out = Paths.get(args[1]);
        SiteCatalog catalog = SiteCatalog.read(site);
        List<String> files = packagedFiles(site);
        List<String> errors = new ArrayList<>();
        List<CourseUnit> units = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            for (Path f : unitFiles(Paths.get(args[i]))) {
                try {
                    units.add(CourseUnitParser.parse(f.toString(), Files.readString(f, StandardCharsets.UTF_8), catalog));
                } catch (ContentParseException e) {
                    errors.add(e.getMessage());
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new IllegalStateException(errors.size() + " course unit error(s):\n" + String.join("\n", errors));
        }
        writeSiteZip(out.resolve(SITE_ZIP), site);
        int written = 0;
        CourseUnit all = catalog.wholeSite();
        for (ScormManifest.Version v : ScormManifest.Version.values()) {
            write(out.resolve("kappa-" + v.suffix() + ".zip"), v, all, byKind(all), catalog, site, files);
            written++;
            for (CourseUnit u : units) {
                write(out.resolve("scorm").resolve(u.id() + "-" + v.suffix() + ".zip"), v, u,
                        List.of(new ScormManifest.Section(null, u.activities())), catalog, site, files);
                written++;
            }
        }
        System.out.println("[scorm] " + SITE_ZIP + " and " + written + " SCORM packages (" + all.activities().size() + " activities in the whole-site "
                + "ones, " + units.size() + " course unit(s)) → " + out);
    }

    /** The unit files named: a file itself, or every {@code .md} file of a folder (none when it is missing). */
    static List<Path> unitFiles(Path p) throws IOException {
        if (!Files.isDirectory(p)) {
            return Files.isRegularFile(p) ? List.of(p) : List.of();
        }
        try (Stream<Path> s = Files.list(p)) {
            return s.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().toList();
        }
    }

    /** The whole site's table of contents: labs, flashcards, quizzes, exercises. */
    static List<ScormManifest.Section> byKind(CourseUnit unit) {
        List<ScormManifest.Section> sections = new ArrayList<>();
        String[] headings = {"Labs", "Flashcards", "Quizzes", "Exercises"};
        for (CourseUnit.Kind k : CourseUnit.Kind.values()) {
            List<CourseUnit.Activity> of = new ArrayList<>();
            for (CourseUnit.Activity a : unit.activities()) {
                if (a.kind() == k) {
                    of.add(a);
                }
            }
            if (!of.isEmpty()) {
                sections.add(new ScormManifest.Section(headings[k.ordinal()], of));
            }
        }
        return sections;
    }

    /** Every file of the site but the service worker (which that list already leaves out), sorted. */
    static List<String> packagedFiles(Path site) throws IOException {
        return ServiceWorkerWriter.siteFiles(site);
    }

    static void write(Path zip, ScormManifest.Version version, CourseUnit unit, List<ScormManifest.Section> sections,
            SiteCatalog catalog, Path site, List<String> files) throws IOException {
        writeZip(zip, z -> {
            entry(z, MANIFEST, ScormManifest.write(version, unit, sections, catalog, files)
                    .getBytes(StandardCharsets.UTF_8));
            for (String f : files) {
                entry(z, f, Files.readAllBytes(site.resolve(f)));
            }
        });
    }

    /**
     * The whole site under {@value #SITE_FOLDER} so unzipping makes one folder: what the service worker precaches,
     * the worker itself and its retiring stand-in (a host copying the folder may need either).
     */
    static void writeSiteZip(Path zip, Path site) throws IOException {
        List<String> files = new ArrayList<>(ServiceWorkerWriter.siteFiles(site));
        files.add(ServiceWorkerWriter.OUTPUT);
        if (Files.isRegularFile(site.resolve(ServiceWorkerWriter.RETIRE))) {
            files.add(ServiceWorkerWriter.RETIRE);
        }
        writeZip(zip, z -> {
            for (String f : files) {
                entry(z, SITE_FOLDER + f, Files.readAllBytes(site.resolve(f)));
            }
        });
    }

    /** What goes into a zip. */
    private interface ZipBody {
        void write(ZipOutputStream z) throws IOException;
    }

    /** Writes a zip beside its final name and moves it into place, so a failed build leaves no half zip. */
    private static void writeZip(Path zip, ZipBody body) throws IOException {
        Files.createDirectories(zip.toAbsolutePath().getParent());
        Path tmp = zip.resolveSibling(zip.getFileName() + ".tmp");
        try (OutputStream os = Files.newOutputStream(tmp); ZipOutputStream z = new ZipOutputStream(os)) {
            body.write(z);
        }
        Files.move(tmp, zip, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static void entry(ZipOutputStream z, String name, byte[] bytes) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setLastModifiedTime(FIXED_TIME);
        z.putNextEntry(e);
        z.write(bytes);
        z.closeEntry();
    }
}
