package dev.kappa.build;

import dev.kappa.learn.CourseUnit;
import java.util.List;

/**
 * Writes {@code imsmanifest.xml} for a course unit: one SCO per activity, all launching the
 * site's {@code embed.html} with {@code ?sco=<kind>/<id>} (plus the exercise count and the pass
 * mark for scored activities), and one asset resource listing every file of the site. SCORM 1.2
 * (IMS CP 1.1.2 with ADL CP 1.2) and SCORM 2004 4th Edition (IMS CP 1.1.4 with ADL CP 1.3 and
 * IMS Simple Sequencing 1.0) differ only in namespaces, the pass mark's element and the
 * spelling of {@code scormType}; the tests validate both against the ADL schemas.
 */
public final class ScormManifest {
    /** The two SCORM versions Kappa packages for. */
    public enum Version {
        SCORM_12("scorm12", "1.2"),
        SCORM_2004("scorm2004", "2004 4th Edition");

        private final String suffix;
        private final String schemaVersion;

        Version(String suffix, String schemaVersion) {
            this.suffix = suffix;
            this.schemaVersion = schemaVersion;
        }

        /** How package file names end: {@code kappa-scorm12.zip}. */
        public String suffix() {
            return suffix;
        }
    }

    /** Activities under one heading of the LMS's table of contents; a null title lists them at the top. */
    public record Section(String title, List<CourseUnit.Activity> activities) {
    }

    /** The file every SCO launches: the widget page, without the full app's header. */
    public static final String LAUNCH_PAGE = "embed.html";
    /** The id of the resource holding every file of the site. */
    static final String SITE_RESOURCE = "res-site";

    private ScormManifest() {
    }

    /** The launch address of one activity, relative to the package root. */
    public static String launchHref(CourseUnit.Activity a, int masteryPercent) {
        StringBuilder href = new StringBuilder(LAUNCH_PAGE).append("?sco=").append(a.key());
        if (a.kind() == CourseUnit.Kind.EXERCISE) {
            href.append("&n=").append(a.count());
        }
        if (a.kind().scored()) {
            href.append("&mastery=").append(masteryPercent);
        }
        return href.toString();
    }

    /** The table-of-contents title of an activity. */
    public static String itemTitle(CourseUnit.Activity a, SiteCatalog catalog) {
        String title = catalog.title(a.kind(), a.id());
        switch (a.kind()) {
            case LAB: return "Lab: " + title;
            case CARDS: return "Flashcards: " + title;
            case QUIZ: return "Quiz: " + title;
            default: return "Exercises: " + title + " (" + a.count() + ")";
        }
    }

    /** The whole manifest; {@code files} are the site's files, relative paths with '/'. */
    public static String write(Version version, CourseUnit unit, List<Section> sections, SiteCatalog catalog,
            List<String> files) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        boolean v12 = version == Version.SCORM_12;
        x.append("<manifest identifier=\"kappa-").append(unit.id()).append("-").append(version.suffix)
                .append("\" version=\"1.0\"\n");
        if (v12) {
            x.append("    xmlns=\"http://www.imsproject.org/xsd/imscp_rootv1p1p2\"\n")
                    .append("    xmlns:adlcp=\"http://www.adlnet.org/xsd/adlcp_rootv1p2\"\n")
                    .append("    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n")
                    .append("    xsi:schemaLocation=\"http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd"
                            + " http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd\">\n");
        } else {
            x.append("    xmlns=\"http://www.imsglobal.org/xsd/imscp_v1p1\"\n")
                    .append("    xmlns:adlcp=\"http://www.adlnet.org/xsd/adlcp_v1p3\"\n")
                    .append("    xmlns:imsss=\"http://www.imsglobal.org/xsd/imsss\"\n")
                    .append("    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n")
                    .append("    xsi:schemaLocation=\"http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd"
                            + " http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd"
                            + " http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd\">\n");
        }
        x.append("  <metadata>\n    <schema>ADL SCORM</schema>\n    <schemaversion>").append(version.schemaVersion)
                .append("</schemaversion>\n  </metadata>\n");
        x.append("  <organizations default=\"org-").append(unit.id()).append("\">\n");
        x.append("    <organization identifier=\"org-").append(unit.id()).append("\">\n");
        x.append("      <title>").append(escape(unit.title())).append("</title>\n");
        for (Section s : sections) {
            String indent = "      ";
            if (s.title() != null) {
                x.append(indent).append("<item identifier=\"group-").append(slug(s.title())).append("\">\n");
                x.append(indent).append("  <title>").append(escape(s.title())).append("</title>\n");
                indent += "  ";
            }
            for (CourseUnit.Activity a : s.activities()) {
                item(x, indent, version, a, unit.masteryPercent(), catalog);
            }
            if (s.title() != null) {
                if (!v12) {
                    flowControl(x, "        ");
                }
                x.append("      </item>\n");
            }
        }
        if (!v12) {
            flowControl(x, "      ");
        }
        x.append("    </organization>\n  </organizations>\n  <resources>\n");
        String scormType = v12 ? "adlcp:scormtype" : "adlcp:scormType";
        for (Section s : sections) {
            for (CourseUnit.Activity a : s.activities()) {
                x.append("    <resource identifier=\"").append(resourceId(a)).append("\" type=\"webcontent\" ")
                        .append(scormType).append("=\"sco\" href=\"")
                        .append(escape(launchHref(a, unit.masteryPercent()))).append("\">\n")
                        .append("      <file href=\"").append(LAUNCH_PAGE).append("\"/>\n")
                        .append("      <dependency identifierref=\"").append(SITE_RESOURCE).append("\"/>\n")
                        .append("    </resource>\n");
            }
        }
        x.append("    <resource identifier=\"").append(SITE_RESOURCE).append("\" type=\"webcontent\" ")
                .append(scormType).append("=\"asset\">\n");
        for (String f : files) {
            x.append("      <file href=\"").append(escape(f)).append("\"/>\n");
        }
        x.append("    </resource>\n  </resources>\n</manifest>\n");
        return x.toString();
    }

    private static void item(StringBuilder x, String indent, Version version, CourseUnit.Activity a, int mastery,
            SiteCatalog catalog) {
        x.append(indent).append("<item identifier=\"item-").append(a.kind().word()).append('-').append(a.id())
                .append("\" identifierref=\"").append(resourceId(a)).append("\">\n");
        x.append(indent).append("  <title>").append(escape(itemTitle(a, catalog))).append("</title>\n");
        if (a.kind().scored()) {
            if (version == Version.SCORM_12) {
                // The LMS may judge passed/failed from cmi.core.score.raw against this (percent).
                x.append(indent).append("  <adlcp:masteryscore>").append(mastery).append("</adlcp:masteryscore>\n");
            } else {
                // Becomes cmi.scaled_passing_score: the objective is satisfied by a scaled score ≥ this.
                x.append(indent).append("  <imsss:sequencing>\n")
                        .append(indent).append("    <imsss:objectives>\n")
                        .append(indent).append("      <imsss:primaryObjective objectiveID=\"mastery\" satisfiedByMeasure=\"true\">\n")
                        .append(indent).append("        <imsss:minNormalizedMeasure>").append(scaled(mastery))
                        .append("</imsss:minNormalizedMeasure>\n")
                        .append(indent).append("      </imsss:primaryObjective>\n")
                        .append(indent).append("    </imsss:objectives>\n")
                        .append(indent).append("  </imsss:sequencing>\n");
            }
        }
        x.append(indent).append("</item>\n");
    }

    /** Lets the learner move freely (table of contents) and with Continue/Previous. */
    private static void flowControl(StringBuilder x, String indent) {
        x.append(indent).append("<imsss:sequencing>\n")
                .append(indent).append("  <imsss:controlMode choice=\"true\" flow=\"true\"/>\n")
                .append(indent).append("</imsss:sequencing>\n");
    }

    static String resourceId(CourseUnit.Activity a) {
        return "res-" + a.kind().word() + "-" + a.id();
    }

    /** Percent as a decimal in [0, 1] with two places: 80 → "0.80". */
    static String scaled(int percent) {
        return (percent / 100) + "." + (percent % 100 < 10 ? "0" : "") + (percent % 100);
    }

    private static String slug(String title) {
        return title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&': sb.append("&amp;"); break;
                case '<': sb.append("&lt;"); break;
                case '>': sb.append("&gt;"); break;
                case '"': sb.append("&quot;"); break;
                default: sb.append(c);
            }
        }
        return sb.toString();
    }
}
