package dev.kappa.learn;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses a lab's words, {@code content/labs/<id>.md} (format in {@code docs/authoring.md}):
 * <pre>
 * ### lede
 * One paragraph, maths in $…$.
 * ### rule
 * $$…$$
 * ### try
 * - an item
 *   continued on an indented line
 * ### explanation
 * A paragraph.
 *
 * Another paragraph.
 * </pre>
 * Each of the four sections appears exactly once, in any order; there is no front matter (the title
 * is declared with the lab, in its model class); an optional last section {@code ### predict} holds
 * prediction questions in the quiz format (see {@link LabText#predictions()}). Every problem raises a
 * {@link ContentParseException} naming the file and the 1-based line; unbalanced dollars are found
 * here, invalid TeX later by KaTeX at build time.
 */
public final class LabTextParser extends SourceLines {
    /** The section names, in the order the page shows them. */
    static final String[] SECTIONS = {"lede", "rule", "try", "explanation"};
    /** The optional last section: prediction questions in the quiz format, to the end of the file. */
    static final String PREDICT = "predict";

    private LabTextParser(String file, String text) {
        super(file, text);
    }

    /** Parses one lab file; {@code file} is its name (e.g. {@code content/labs/min-norm.md}), its base name the lab id. */
    public static LabText parse(String file, String text) {
        LabTextParser p = new LabTextParser(file, text);
        String id = p.idFromFileName("lab id");
        p.refuseFrontMatter();
        SourceText[] single = new SourceText[2];
        List<List<SourceText>> lists = new ArrayList<>();
        lists.add(null);
        lists.add(null);
        int i = p.firstHeading(0);
        int lastHeading = i;
        boolean[] seen = new boolean[SECTIONS.length];
        List<Question> predictions = new ArrayList<>();
        while (i < p.lines.length) {
            if (p.lines[i].trim().equals("### " + PREDICT)) {
                // The last section: quiz-format questions with ### headings, to the end of the file.
                predictions = ContentParser.predictionsFrom(file, String.join("\n", p.lines), i + 1);
                break;
            }
            int end = p.nextHeading(i + 1);
            int which = p.section(i);
            if (seen[which]) {
                throw p.error(i, "section '### " + SECTIONS[which] + "' given twice");
            }
            seen[which] = true;
            switch (which) {
                case 0:
                    single[0] = p.lede(i, end);
                    break;
                case 1:
                    single[1] = p.block(i, end);
                    break;
                case 2:
                    lists.set(0, p.items(i, end));
                    break;
                default:
                    lists.set(1, p.paragraphs(i, end));
            }
            lastHeading = i;
            i = end;
        }
        for (int s = 0; s < SECTIONS.length; s++) {
            if (!seen[s]) {
                throw p.error(Math.min(lastHeading, p.lines.length - 1), "the lab text lacks the section '### "
                        + SECTIONS[s] + "' (sections: " + String.join(", ", SECTIONS) + ")");
            }
        }
        return new LabText(id, file, single[0], single[1], lists.get(0), lists.get(1), predictions);
    }

    /** A lab's title lives in its declaration; a front matter here would be a second copy that drifts. */
    private void refuseFrontMatter() {
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].trim().equals("---")) {
                throw error(i, "a lab text has no front matter: its title is declared with the lab, in the "
                        + "LabDeclaration of its model class (dev.kappa.lab)");
            }
            if (!isBlank(lines[i])) {
                return;
            }
        }
    }

    private int firstHeading(int from) {
        for (int i = from; i < lines.length; i++) {
            if (lines[i].startsWith("###")) {
                return i;
            }
            if (!isBlank(lines[i])) {
                throw error(i, "text outside any section: each section starts with a line '### <name>' (sections: "
                        + String.join(", ", SECTIONS) + ")");
            }
        }
        throw error(lines.length - 1, "the lab text has no sections (sections: " + String.join(", ", SECTIONS) + ")");
    }

    private int section(int i) {
        String name = lines[i].substring(3).trim();
        if (lines[i].startsWith("####")) {
            throw error(i, "a section heading is '### <name>' with exactly three #'s");
        }
        for (int s = 0; s < SECTIONS.length; s++) {
            if (SECTIONS[s].equals(name)) {
                return s;
            }
        }
        throw error(i, "unknown section '" + name + "' (sections: " + String.join(", ", SECTIONS) + ", and last "
                + PREDICT + ")");
    }

    /** The section's text from its first to its last non-blank line, comments dropped; null when empty. */
    private SourceText text(int from, int to) {
        int first = -1;
        StringBuilder sb = new StringBuilder();
        int pendingBlank = 0;
        for (int i = from; i < to; i++) {
            String line = lines[i];
            if (isComment(line)) {
                continue;
            }
            if (line.trim().isEmpty()) {
                if (first >= 0) {
                    pendingBlank++;
                }
                continue;
            }
            if (first < 0) {
                first = i;
            } else {
                for (int b = 0; b <= pendingBlank; b++) {
                    sb.append('\n');
                }
            }
            pendingBlank = 0;
            sb.append(line);
        }
        return first < 0 ? null : new SourceText(sb.toString(), first + 1);
    }

    private SourceText block(int heading, int end) {
        SourceText t = text(heading + 1, end);
        if (t == null) {
            throw error(heading, "section '" + lines[heading].substring(3).trim() + "' is empty");
        }
        return checkMath(t);
    }

    private SourceText lede(int heading, int end) {
        SourceText t = block(heading, end);
        if (t.text().contains("\n\n")) {
            throw error(t.lineOf(t.text().indexOf("\n\n") + 1), "the lede is one paragraph (no blank lines)");
        }
        return t;
    }

    /** Paragraphs separated by blank lines (comment lines do not separate). */
    private List<SourceText> paragraphs(int heading, int end) {
        List<SourceText> out = new ArrayList<>();
        int start = -1;
        for (int i = heading + 1; i <= end; i++) {
            boolean blank = i == end || lines[i].trim().isEmpty();
            if (blank && start >= 0) {
                out.add(checkMath(text(start, i)));
                start = -1;
            } else if (!blank && start < 0 && !isComment(lines[i])) {
                start = i;
            }
        }
        if (out.isEmpty()) {
            throw error(heading, "section 'explanation' is empty");
        }
        return out;
    }

    /** Items {@code - text}, continued on indented lines; blank lines between items are allowed. */
    private List<SourceText> items(int heading, int end) {
        List<SourceText> out = new ArrayList<>();
        int start = -1;
        for (int i = heading + 1; i <= end; i++) {
            String line = i == end ? "" : lines[i];
            if (i < end && isComment(line)) {
                continue;
            }
            boolean item = line.startsWith("- ");
            boolean continuation = !item && !line.trim().isEmpty() && (line.startsWith(" ") || line.startsWith("\t"));
            if (continuation && start < 0) {
                throw error(i, "an indented line continues an item, but no item ('- …') started before it");
            }
            if (!item && !continuation && !line.trim().isEmpty()) {
                throw error(i, "each item of 'try' starts with '- ' (continue an item on an indented line)");
            }
            if ((item || line.trim().isEmpty()) && start >= 0) {
                out.add(itemText(start, i));
                start = -1;
            }
            if (item) {
                start = i;
            }
        }
        if (out.isEmpty()) {
            throw error(heading, "section 'try' is empty: list at least one item '- …'");
        }
        return out;
    }

    private SourceText itemText(int start, int end) {
        StringBuilder sb = new StringBuilder(lines[start].substring(2).trim());
        for (int i = start + 1; i < end; i++) {
            if (!isComment(lines[i])) {
                sb.append('\n').append(lines[i].trim());
            }
        }
        if (sb.length() == 0) {
            throw error(start, "empty item '- '");
        }
        return checkMath(new SourceText(sb.toString(), start + 1));
    }
}
