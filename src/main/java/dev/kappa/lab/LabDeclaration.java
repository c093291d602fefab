package dev.kappa.lab;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Everything about a lab that is fixed, declared once in its model class: the id of its route, its
 * title (the page heading and the home page's link), its topic and place in it, a one-line blurb
 * for the home page, its parameters (with the labels of their choices), its presets and its plots
 * (with their series looks and handles). Every list of labs (router, home page, content
 * validation, docs, tests, the engine fingerprint) is derived from these declarations through
 * {@link LabCatalog}; the words around a lab live in {@code content/labs/<id>.md}.
 */
public final class LabDeclaration {
    private final String id;
    private String title = "";
    private Topic topic;
    private int position;
    private String blurb = "";
    private List<Param> params = List.of();
    private List<Preset> presets = List.of();
    private final List<PlotSpec> plots = new ArrayList<>();

    private LabDeclaration(String id) {
        if (!validId(id)) {
            throw new IllegalArgumentException("'" + id + "' is not a lab id (lowercase letters, digits and single "
                    + "inner hyphens)");
        }
        this.id = id;
    }

    /** Starts the declaration of the lab {@code #/lab/<id>}. */
    public static LabDeclaration lab(String id) {
        return new LabDeclaration(id);
    }

    /** The page heading, the browser tab and the home page link (plain text; maths in Unicode). */
    public LabDeclaration title(String t) {
        title = t;
        return this;
    }

    /** The home page lists the labs of a topic by position (ascending), then by id. */
    public LabDeclaration topic(Topic t, int positionInTopic) {
        topic = t;
        position = positionInTopic;
        return this;
    }

    /** One line under the link on the home page. */
    public LabDeclaration blurb(String b) {
        blurb = b;
        return this;
    }

    public LabDeclaration params(List<Param> ps) {
        params = List.copyOf(ps);
        return this;
    }

    public LabDeclaration presets(List<Preset> ps) {
        presets = List.copyOf(ps);
        return this;
    }

    /** The plots this lab can show, in page order. */
    public LabDeclaration plots(PlotSpec... ps) {
        Collections.addAll(plots, ps);
        return this;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public Topic topic() {
        return topic;
    }

    public int position() {
        return position;
    }

    public String blurb() {
        return blurb;
    }

    /** A fresh parameter set with the defaults (a view mutates its own). */
    public ParamSet spec() {
        return new ParamSet(params);
    }

    public List<Preset> presets() {
        return presets;
    }

    public List<PlotSpec> plots() {
        return Collections.unmodifiableList(plots);
    }

    /** The declared plot with this id, or null. */
    public PlotSpec plot(String plotId) {
        for (PlotSpec p : plots) {
            if (p.id().equals(plotId)) {
                return p;
            }
        }
        return null;
    }

    /** What a declaration lacks or gets wrong, or "" when it is complete. */
    public String problems() {
        StringBuilder sb = new StringBuilder();
        if (title.isEmpty()) {
            sb.append("no title; ");
        }
        if (topic == null) {
            sb.append("no topic; ");
        }
        if (blurb.isEmpty()) {
            sb.append("no blurb; ");
        }
        if (plots.isEmpty()) {
            sb.append("no plots; ");
        }
        List<String> names = new ArrayList<>();
        for (Param p : params) {
            if (names.contains(p.name()) || ParamSet.PAGE_PARAMS.contains(p.name())) {
                sb.append("parameter name '").append(p.name()).append("' is taken; ");
            }
            names.add(p.name());
        }
        List<String> plotIds = new ArrayList<>();
        for (PlotSpec p : plots) {
            if (plotIds.contains(p.id())) {
                sb.append("two plots called '").append(p.id()).append("'; ");
            }
            plotIds.add(p.id());
            List<PlotSpec.Styled> looks = p.looks();
            for (int i = 0; i < looks.size(); i++) {
                for (int j = 0; j < i; j++) {
                    if (!looks.get(i).look().distinctFrom(looks.get(j).look())) {
                        sb.append("plot '").append(p.id()).append("': '").append(looks.get(i).name())
                                .append("' and '").append(looks.get(j).name()).append("' look the same; ");
                    }
                }
            }
            String[] orbit = p.orbitParams();
            if (orbit != null && !(names.contains(orbit[0]) && names.contains(orbit[1]))) {
                sb.append("plot '").append(p.id()).append("' orbits with undeclared parameters; ");
            }
            if (p.pointsParam() != null && !names.contains(p.pointsParam())) {
                sb.append("plot '").append(p.id()).append("' edits points of an undeclared parameter; ");
            }
        }
        return sb.length() == 0 ? "" : sb.substring(0, sb.length() - 2);
    }

    /** Lowercase letters, digits and single inner hyphens: it appears in URLs and file names. */
    static boolean validId(String s) {
        if (s == null || s.isEmpty() || s.length() > 64 || s.startsWith("-") || s.endsWith("-") || s.contains("--")) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
                return false;
            }
        }
        return true;
    }
}
