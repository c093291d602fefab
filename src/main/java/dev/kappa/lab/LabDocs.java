package dev.kappa.lab;

/**
 * Renders each lab's parameter table and preset links as Markdown, straight from the
 * declarations, so docs/labs.md cannot drift from the code (a test compares them). Regenerate with
 * {@code java -cp target/classes dev.kappa.lab.LabDocs} and paste each block between its markers.
 */
public final class LabDocs {
    private LabDocs() {
    }

    /** The generated block for one lab, including its begin and end markers. */
    public static String block(LabModel lab) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!-- generated:").append(lab.id()).append(" -->\n");
        sb.append("| parameter | control | kind | range | step | default |\n");
        sb.append("|---|---|---|---|---|---|\n");
        ParamSet spec = lab.spec();
        for (Param p : spec.params()) {
            sb.append("| `").append(p.name()).append("` | ").append(p.label()).append(" | ");
            switch (p.kind()) {
                case CHOICE:
                    sb.append("choice | ").append(String.join(", ", p.choices())).append(" | | ")
                            .append(p.defaultChoice());
                    break;
                case TEXT:
                    sb.append("text | up to ").append((int) p.max()).append(" characters | | ")
                            .append(p.defaultChoice().isEmpty() ? "(empty)" : p.defaultChoice());
                    break;
                case FLAG:
                    sb.append("flag | 0, 1 | | ").append(p.defaultNumber() != 0 ? "1" : "0");
                    break;
                default:
                    sb.append(p.kind() == Param.Kind.INTEGER ? "integer" : p.logScale() ? "number (log slider)" : "number")
                            .append(" | ").append(NumberText.format(p.min())).append(" … ")
                            .append(NumberText.format(p.max())).append(" | ")
                            .append(p.step() > 0 && p.kind() == Param.Kind.NUMBER ? NumberText.format(p.step()) : "")
                            .append(" | ").append(NumberText.format(p.defaultNumber()));
            }
            sb.append(" |\n");
        }
        sb.append("\nPresets:\n\n");
        for (Preset pr : lab.allPresets()) {
            sb.append("- ").append(pr.label()).append(": `").append(pr.route(lab.id())).append("`\n");
        }
        sb.append("<!-- /generated:").append(lab.id()).append(" -->\n");
        return sb.toString();
    }

    public static void main(String[] args) {
        for (LabModel lab : Labs.models()) {
            System.out.println("## " + lab.id() + "\n");
            System.out.println(block(lab));
        }
    }
}
