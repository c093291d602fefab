package dev.kappa.lab;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What pasted or dropped CSV text does to a lab: the text parameters it sets, or a refusal that changes
 * nothing (so bad data never costs the learner the picture they had). A points parameter's import is
 * {@link #points} (two columns into that parameter); a lab may give a parameter its own, such as
 * {@link #labelled} (x₁, x₂, label into one points parameter per class). Plain Java, tested on the JVM;
 * the browser's control shows {@link #hint()} and {@link Result#message()}.
 */
public abstract class CsvImport {
    /** The parameters to set (none: refused) and what to tell the learner. */
    public static final class Result {
        private final Map<String, String> changes;
        private final String message;

        Result(Map<String, String> changes, String message) {
            this.changes = changes;
            this.message = message;
        }

        /** Parameter name → new text, in order; empty when the import was refused. */
        public Map<String, String> changes() {
            return changes;
        }

        public String message() {
            return message;
        }
    }

    /** The line above the text area saying what columns are expected. */
    public abstract String hint();

    /** The changes the text asks for, or a refusal with its reasons. */
    public abstract Result read(String text);

    /** At most this many problems are listed; the rest are counted. */
    static final int LISTED = 5;

    static void listErrors(StringBuilder sb, List<String> errors) {
        int listed = 0;
        for (String err : errors) {
            if (listed++ == LISTED) {
                sb.append(" … and ").append(errors.size() - LISTED).append(" more problems.");
                break;
            }
            sb.append(' ').append(err).append('.');
        }
    }

    /** Two columns x, y ({@link PointData#fromCsv}) into the points parameter {@code param}. */
    public static CsvImport points(String param) {
        return new CsvImport() {
            @Override
            public String hint() {
                return "Two columns x, y (comma, semicolon, tab or space; a header row and # comments are fine; at most "
                        + PointData.MAX_POINTS + " rows):";
            }

            @Override
            public Result read(String text) {
                PointData d = PointData.fromCsv(text);
                Map<String, String> changes = new LinkedHashMap<>();
                StringBuilder sb = new StringBuilder();
                if (d.size() < PointEdit.MIN_POINTS) {
                    sb.append("Fewer than 2 usable points: nothing changed.");
                } else {
                    sb.append(d.size()).append(" points used.");
                    changes.put(param, d.toQuery());
                }
                listErrors(sb, d.errors());
                return new Result(changes, sb.toString());
            }
        };
    }

    /**
     * Three columns x₁, x₂, label; a label of 1 (or +1) goes to {@code positive}, −1 or 0 to {@code negative}.
     * Refused, changing nothing, when either class ends up with fewer than 2 usable points (one class
     * only, or garbage). Rows are numbered as in the pasted text; a non-numeric first row is a header.
     */
    public static CsvImport labelled(String positive, String negative) {
        return new CsvImport() {
            @Override
            public String hint() {
                return "Three columns x1, x2, label (label 1 or −1; 0 counts as −1; comma, semicolon, tab or space; a "
                        + "header row and # comments are fine; at most " + PointData.MAX_POINTS + " rows per class). "
                        + "It replaces both classes:";
            }

            @Override
            public Result read(String text) {
                List<String> errors = new ArrayList<>();
                List<double[]> pos = new ArrayList<>();
                List<double[]> neg = new ArrayList<>();
                String[] lines = (text == null ? "" : text).split("\r\n|\r|\n", -1);
                boolean first = true;
                for (int i = 0; i < lines.length; i++) {
                    String line = lines[i].trim();
                    if (line.isEmpty() || line.startsWith("#")) {
                        continue;
                    }
                    String[] cells = line.split("\\s*[,;\\t]\\s*|\\s+", -1);
                    boolean header = first && Double.isNaN(ParamSet.parseNumber(cells[0].trim()));
                    first = false;
                    if (header) {
                        continue;
                    }
                    String where = "row " + (i + 1);
                    if (cells.length != 3) {
                        errors.add(where + " has " + cells.length + " value" + (cells.length == 1 ? "" : "s")
                                + "; expected x1, x2 and a label");
                        continue;
                    }
                    double x1 = ParamSet.parseNumber(cells[0].trim());
                    double x2 = ParamSet.parseNumber(cells[1].trim());
                    double label = ParamSet.parseNumber(cells[2].trim());
                    if (Double.isNaN(x1) || Double.isNaN(x2)) {
                        errors.add(where + ": x1 and x2 must be numbers");
                    } else if (Math.abs(x1) > PointData.LIMIT || Math.abs(x2) > PointData.LIMIT) {
                        errors.add(where + ": values beyond ±" + NumberText.format(PointData.LIMIT) + " are not accepted");
                    } else if (label != 1 && label != -1 && label != 0) {
                        errors.add(where + ": the label must be 1 or −1 (or 0)");
                    } else {
                        List<double[]> to = label == 1 ? pos : neg;
                        if (to.size() < PointData.MAX_POINTS) {
                            to.add(new double[] {x1, x2});
                        } else {
                            errors.add(where + ": only " + PointData.MAX_POINTS + " points per class are used");
                        }
                    }
                }
                Map<String, String> changes = new LinkedHashMap<>();
                StringBuilder sb = new StringBuilder();
                if (pos.size() < PointEdit.MIN_POINTS || neg.size() < PointEdit.MIN_POINTS) {
                    sb.append(pos.isEmpty() || neg.isEmpty()
                            ? "Only one class (" + (pos.isEmpty() ? neg.size() + " of −1" : pos.size() + " of +1")
                                    + " and none of the other): nothing changed."
                            : "Each class needs at least 2 usable points (" + pos.size() + " of +1, " + neg.size()
                                    + " of −1): nothing changed.");
                    if (pos.isEmpty() && neg.isEmpty()) {
                        sb.setLength(0);
                        sb.append("No usable rows: nothing changed.");
                    }
                } else {
                    sb.append(pos.size()).append(" points of class +1 and ").append(neg.size())
                            .append(" of class −1 used.");
                    changes.put(positive, query(pos));
                    changes.put(negative, query(neg));
                }
                listErrors(sb, errors);
                return new Result(changes, sb.toString());
            }
        };
    }

    private static String query(List<double[]> pts) {
        double[] x = new double[pts.size()];
        double[] y = new double[pts.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = pts.get(i)[0];
            y[i] = pts.get(i)[1];
        }
        return PointData.toQuery(x, y);
    }
}
