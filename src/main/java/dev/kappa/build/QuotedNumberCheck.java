package dev.kappa.build;

import dev.kappa.lab.DefinitenessModel;
import dev.kappa.lab.LabCatalog;
import dev.kappa.lab.LabModel;
import dev.kappa.lab.LabOutput;
import dev.kappa.lab.ParamSet;
import dev.kappa.lab.Preset;
import dev.kappa.lab.QuadraticGdModel;
import dev.kappa.learn.QuoteSource;
import dev.kappa.learn.QuotedNumber;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Build step: every number a card, quiz or lab text quotes from a lab ({@code [[key: shown]]}) is
 * recomputed by that lab's model ({@code dev.kappa.lab}, never the browser code) for the state its
 * {@link QuoteSource} names, and the build fails when the shown number does not round to it, when a
 * key has no source, or when a source is quoted nowhere. Errors are {@code file:line: reason}.
 */
final class QuotedNumberCheck {
    private static final Pattern ITERATE = Pattern.compile("w([0-9]+)\\[([12])\\]");
    private static final Pattern EIGENVALUE = Pattern.compile("eigenvalue\\[([12])\\]");

    private QuotedNumberCheck() {
    }

    /** The problems of {@code quotes} against {@code sources}, in the order of the quotes. */
    static List<String> problems(List<QuotedNumber> quotes, List<QuoteSource> sources) {
        List<String> out = new ArrayList<>();
        Map<String, QuoteSource> byKey = new LinkedHashMap<>();
        for (QuoteSource s : sources) {
            byKey.put(s.key(), s);
        }
        Map<String, Double> values = new LinkedHashMap<>();
        List<String> used = new ArrayList<>();
        for (QuotedNumber q : quotes) {
            QuoteSource s = byKey.get(q.key());
            if (s == null) {
                out.add(q.where() + ": the quoted number '" + q.key() + "' has no entry in content/quoted-numbers.md");
                continue;
            }
            used.add(s.key());
            Double v = values.get(s.key());
            if (v == null) {
                try {
                    v = evaluate(s);
                } catch (IllegalArgumentException e) {
                    out.add(s.where() + ": '" + s.key() + "' cannot be computed: " + e.getMessage());
                    continue;
                }
                values.put(s.key(), v);
            }
            String why = q.mismatch(v);
            if (why != null) {
                out.add(q.where() + ": the quoted number " + q.shown() + " ('" + q.key() + "') disagrees with the "
                        + s.lab() + " lab (" + describe(s) + ", " + s.value() + "): " + why);
            }
        }
        for (QuoteSource s : sources) {
            if (!used.contains(s.key())) {
                out.add(s.where() + ": '" + s.key() + "' is quoted nowhere: delete it or mark the number [[" + s.key()
                        + ": …]]");
            }
        }
        return out;
    }

    private static String describe(QuoteSource s) {
        return s.preset() != null ? "preset '" + s.preset() + "'" : "state " + s.state();
    }

    /**
     * The value a source names, computed by the lab's model from {@link LabCatalog}: a readout by its
     * label (or key), "digits <readout>" for −log₁₀ of it, and for quadratic-gd an iterate
     * {@code w<k>[i]}, for definiteness {@code eigenvalue[i]}.
     */
    static double evaluate(QuoteSource s) {
        LabModel model = LabCatalog.create(s.lab());
        if (model == null) {
            throw new IllegalArgumentException("there is no lab '" + s.lab() + "'");
        }
        ParamSet p = state(s, model.spec(), model.allPresets());
        Matcher iterate = ITERATE.matcher(s.value());
        if (s.lab().equals("quadratic-gd") && iterate.matches()) {
            int k = Integer.parseInt(iterate.group(1));
            QuadraticGdModel gd = QuadraticGdModel.of(p);
            if (k >= gd.trajectory().size()) {
                throw new IllegalArgumentException("the run has only " + (gd.trajectory().size() - 1) + " steps");
            }
            return gd.trajectory().point(k)[Integer.parseInt(iterate.group(2)) - 1];
        }
        Matcher eigen = EIGENVALUE.matcher(s.value());
        if (s.lab().equals(dev.kappa.lab.DefinitenessLab.ID) && eigen.matches()) {
            return DefinitenessModel.of(p).eigenvalues()[Integer.parseInt(eigen.group(1)) - 1];
        }
        boolean digits = s.value().startsWith("digits ");
        String name = digits ? s.value().substring("digits ".length()) : s.value();
        List<String> names = new ArrayList<>();
        for (LabOutput.Readout r : model.compute(p).readouts()) {
            if (r.label().equals(name) || r.key().equals(name)) {
                return digits ? -Math.log10(r.value()) : r.value();
            }
            names.add(r.label());
        }
        throw new IllegalArgumentException("no readout '" + name + "' (readouts: " + names + ")");
    }

    /**
     * Null when {@code query} is a state the lab's controls can hold exactly (every name known, every
     * value in range), else what is wrong; a prediction's {@code Reveal:} is checked with it.
     */
    static String stateProblem(String lab, String query) {
        LabModel model = LabCatalog.create(lab);
        if (model == null) {
            return "there is no lab '" + lab + "' to check the state against";
        }
        ParamSet p = new Preset("state", query).applyTo(model.spec());
        return p.notes().isEmpty() ? null : String.join("; ", p.notes());
    }

    /** The parameters of the source's preset (by label) or query, laid over the lab's defaults. */
    private static ParamSet state(QuoteSource s, ParamSet defaults, List<Preset> presets) {
        if (s.preset() != null) {
            for (Preset p : presets) {
                if (p.label().equals(s.preset())) {
                    return p.applyTo(defaults);
                }
            }
            List<String> labels = new ArrayList<>();
            for (Preset p : presets) {
                labels.add(p.label());
            }
            throw new IllegalArgumentException("no preset labelled '" + s.preset() + "' (presets: " + labels + ")");
        }
        ParamSet p = new Preset("state", s.state()).applyTo(defaults);
        if (!p.notes().isEmpty()) {
            throw new IllegalArgumentException("the state " + s.state() + " does not read: " + p.notes());
        }
        return p;
    }
}
