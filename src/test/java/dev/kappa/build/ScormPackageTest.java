package dev.kappa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The SCORM packages the build wrote (target/kappa-scorm*.zip and target/scorm/*.zip): each
 * manifest validates against ADL's schemas, sits at the zip's root, names launch files that are in
 * the zip and lists exactly the zip's files; nothing in the site loads from another origin.
 */
class ScormPackageTest {
    static Stream<Path> packages() throws IOException {
        Path target = Path.of(System.getProperty("kappa.site", "target/site")).getParent();
        List<Path> zips = new ArrayList<>();
        zips.add(target.resolve("kappa-scorm12.zip"));
        zips.add(target.resolve("kappa-scorm2004.zip"));
        try (Stream<Path> units = Files.list(target.resolve("scorm"))) {
            units.filter(p -> p.toString().endsWith(".zip")).sorted().forEach(zips::add);
        }
        for (Path z : zips) {
            assertTrue(Files.isRegularFile(z), z + " was not built: run the tests through Maven (mvn verify)");
        }
        return zips.stream();
    }

    private static Map<String, byte[]> entries(Path zip) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> e = z.entries();
            while (e.hasMoreElements()) {
                ZipEntry entry = e.nextElement();
                try (InputStream in = z.getInputStream(entry)) {
                    out.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        return out;
    }

    private static boolean is2004(Path zip) {
        return zip.getFileName().toString().endsWith("scorm2004.zip");
    }

    private static Path schemas(String folder) throws URISyntaxException {
        return Path.of(ScormPackageTest.class.getResource("/scorm-xsd/" + folder).toURI());
    }

    /**
     * A schema factory that reads the bundled files only. SCORM 1.2's {@code ims_xml.xsd} declares
     * the XML namespace as its default namespace, which the JDK's parser rightly refuses (Namespaces
     * in XML forbids it); its imports are answered with W3C's own {@code xml.xsd} (bundled for
     * 2004), which declares the same {@code xml:lang} and {@code xml:base} attributes. The files
     * themselves stay as ADL published them.
     */
    private static SchemaFactory schemaFactory() throws Exception {
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "file");
        Path w3cXml = schemas("scorm2004").resolve("xml.xsd");
        org.w3c.dom.ls.DOMImplementationLS ls = (org.w3c.dom.ls.DOMImplementationLS)
                org.w3c.dom.bootstrap.DOMImplementationRegistry.newInstance().getDOMImplementation("LS");
        f.setResourceResolver((type, namespace, publicId, systemId, baseUri) -> {
            if (systemId == null || !systemId.endsWith("ims_xml.xsd")) {
                return null;
            }
            org.w3c.dom.ls.LSInput in = ls.createLSInput();
            in.setSystemId(w3cXml.toUri().toString());
            return in;
        });
        return f;
    }

    @ParameterizedTest
    @MethodSource("packages")
    void manifestValidatesAgainstTheScormSchemas(Path zip) throws Exception {
        byte[] manifest = entries(zip).get(ScormPackager.MANIFEST);
        assertTrue(manifest != null, "imsmanifest.xml at the root of " + zip);
        SchemaFactory f = schemaFactory();
        String[] files = is2004(zip)
                ? new String[] {"imscp_v1p1.xsd", "adlcp_v1p3.xsd", "imsss_v1p0.xsd", "adlseq_v1p3.xsd", "adlnav_v1p3.xsd"}
                // Not imsmd_rootv1p2p1.xsd: it breaks XML Schema's unique particle attribution rule, and
                // the manifests carry no IMS metadata (strict wildcards would reject any they did).
                : new String[] {"imscp_rootv1p1p2.xsd", "adlcp_rootv1p2.xsd"};
        Path dir = schemas(is2004(zip) ? "scorm2004" : "scorm12");
        Source[] sources = new Source[files.length];
        for (int i = 0; i < files.length; i++) {
            sources[i] = new StreamSource(dir.resolve(files[i]).toFile());
        }
        Validator v = f.newSchema(sources).newValidator();
        List<String> problems = new ArrayList<>();
        v.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
            @Override
            public void error(org.xml.sax.SAXParseException e) {
                problems.add("line " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(org.xml.sax.SAXParseException e) {
                problems.add("line " + e.getLineNumber() + ": " + e.getMessage());
            }
        });
        v.validate(new StreamSource(new ByteArrayInputStream(manifest)));
        assertEquals(List.of(), problems, "schema errors in the manifest of " + zip.getFileName());
    }

    /** Rejects a manifest the schema must reject, so a validator that accepts everything is caught. */
    @ParameterizedTest
    @MethodSource("packages")
    void theValidatorRejectsABrokenManifest(Path zip) throws Exception {
        String manifest = new String(entries(zip).get(ScormPackager.MANIFEST), StandardCharsets.UTF_8);
        String broken = manifest.replaceFirst("<organizations ", "<organisations-typo ").replaceFirst(
                "</organizations>", "</organisations-typo>");
        SchemaFactory f = schemaFactory();
        Path dir = schemas(is2004(zip) ? "scorm2004" : "scorm12");
        Validator v = f.newSchema(new StreamSource(dir.resolve(is2004(zip) ? "imscp_v1p1.xsd" : "imscp_rootv1p1p2.xsd")
                .toFile())).newValidator();
        boolean rejected = false;
        try {
            v.validate(new StreamSource(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8))));
        } catch (org.xml.sax.SAXException e) {
            rejected = true;
        }
        assertTrue(rejected, "a manifest without <organizations> must not validate");
    }

    @ParameterizedTest
    @MethodSource("packages")
    void manifestListsExactlyTheFilesAndLaunchesPagesThatExist(Path zip) throws Exception {
        Map<String, byte[]> entries = entries(zip);
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(true);
        Document doc = dbf.newDocumentBuilder().parse(new ByteArrayInputStream(entries.get(ScormPackager.MANIFEST)));
        Set<String> listed = new TreeSet<>();
        NodeList fileNodes = doc.getElementsByTagNameNS("*", "file");
        for (int i = 0; i < fileNodes.getLength(); i++) {
            listed.add(((Element) fileNodes.item(i)).getAttribute("href"));
        }
        Set<String> inZip = new TreeSet<>(entries.keySet());
        inZip.remove(ScormPackager.MANIFEST);
        assertEquals(inZip, listed, "files the manifest lists vs files in " + zip.getFileName());
        assertFalse(inZip.contains("sw.js"), "no service worker inside an LMS package");
        assertTrue(inZip.contains("index.html") && inZip.contains("js/classes.js") && inZip.contains("wasm/classes.wasm"),
                "the whole site is inside");
        NodeList resources = doc.getElementsByTagNameNS("*", "resource");
        int scos = 0;
        for (int i = 0; i < resources.getLength(); i++) {
            Element r = (Element) resources.item(i);
            String type = r.hasAttributeNS("http://www.adlnet.org/xsd/adlcp_rootv1p2", "scormtype")
                    ? r.getAttributeNS("http://www.adlnet.org/xsd/adlcp_rootv1p2", "scormtype")
                    : r.getAttributeNS("http://www.adlnet.org/xsd/adlcp_v1p3", "scormType");
            if (!type.equals("sco")) {
                continue;
            }
            scos++;
            String href = r.getAttribute("href");
            Matcher m = Pattern.compile("^([a-z]+\\.html)\\?sco=(lab|cards|quiz|exercise)/[a-z0-9-]+(&n=\\d+)?(&mastery=\\d+)?$")
                    .matcher(href);
            assertTrue(m.matches(), "launch address " + href);
            assertTrue(entries.containsKey(m.group(1)), "launch file " + m.group(1) + " is in the zip");
        }
        NodeList items = doc.getElementsByTagNameNS("*", "item");
        int leaves = 0;
        for (int i = 0; i < items.getLength(); i++) {
            leaves += ((Element) items.item(i)).hasAttribute("identifierref") ? 1 : 0;
        }
        assertTrue(scos > 0, "at least one SCO");
        assertEquals(scos, leaves, "one item per SCO");
    }

    /** Markup and styles that would load something from another origin (links to read are fine). */
    private static final Pattern REMOTE_LOAD = Pattern.compile(
            "<(script|link|img|iframe|source|video|audio)\\b[^>]*\\b(src|href)\\s*=\\s*[\"']?(https?:)?//"
                    + "|url\\(\\s*[\"']?(https?:)?//|@import\\s+[\"']?(https?:)?//|importScripts\\(\\s*[\"'](https?:)?//",
            Pattern.CASE_INSENSITIVE);

    @ParameterizedTest
    @MethodSource("packages")
    void nothingIsLoadedFromAnotherOrigin(Path zip) throws IOException {
        for (Map.Entry<String, byte[]> e : entries(zip).entrySet()) {
            String name = e.getKey();
            if (name.endsWith(".html") || name.endsWith(".css") || name.endsWith(".js")) {
                Matcher m = REMOTE_LOAD.matcher(new String(e.getValue(), StandardCharsets.UTF_8));
                assertFalse(m.find(), name + " in " + zip.getFileName() + " loads from elsewhere: "
                        + (m.hitEnd() ? "" : m.group()));
            }
        }
    }
}
