package dev.kappa.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses teacher notes, {@code content/teacher/<lab-id>.md} (format in docs/teacher-notes.md):
 * <pre>
 * ---
 * title: Gradient descent on a quadratic
 * ---
 * ### goals
 * - one learning goal
 * ### script
 * - 0–2 min: what to do and say
 *   continued on an indented line
 * - 2–10 min: …
 * ### presets
 * - [Λ = (1, 0.01)](#/lab/quadratic-gd?l1=1&amp;l2=0.01): why to show it
 * ### misconceptions
 * - a wrong idea learners bring, and what in the lab corrects it
 * </pre>
 * Each of the four sections appears exactly once and holds a list. The script's steps follow each
 * other without gaps from minute 0 to minute {@value TeacherNotes#SCRIPT_MINUTES}; every preset is a
 * link to this file's own lab. The text is plain (maths in Unicode, as in lab titles). Every problem
 * raises a {@link ContentParseException} at its line.
 */
public final class TeacherNotesParser extends SourceLines {
    static final String[] SECTIONS = {"goals", "script", "presets", "misconceptions"};
    private static final Pattern STEP = Pattern.compile("(\\d{1,2})[–-](\\d{1,2}) min: (.+)");
    private static final Pattern PRESET = Pattern.compile("\\[(.+?)\\]\\((#/lab/([a-z0-9-]+)(\\?[^)\\s]*)?)\\): (.+)");

    /** One list item: its text (continuation lines joined by spaces) and the line it starts on. */
    private record Item(int line, String text) {
    }

    private TeacherNotesParser(String file, String text) {
        super(file, text);
    }

    public static TeacherNotes parse(String file, String text) {
        TeacherNotesParser p = new TeacherNotesParser(file, text);
        String lab = p.idFromFileName("lab id");
        String[] title = new String[1];
        int close = p.frontMatter("teacher notes have one key: title", (i, key, value) -> {
            if (!key.equals("title") || title[0] != null) {
                throw p.error(i, key.equals("title") ? "front matter key 'title' given twice"
                        : "unknown front matter key '" + key + "' (teacher notes have one key: title)");
            }
            title[0] = value;
        });
        if (title[0] == null) {
            throw p.error(close, "front matter lacks 'title:'");
        }
        List<List<Item>> sections = new ArrayList<>();
        for (int s = 0; s < SECTIONS.length; s++) {
            sections.add(null);
        }
        int i = close + 1;
        while (i < p.lines.length && isBlank(p.lines[i])) {
            i++;
        }
        int last = close;
        while (i < p.lines.length) {
            if (!p.lines[i].startsWith("### ")) {
                throw p.error(i, "text outside any section: each section starts with '### <name>' (sections: "
                        + String.join(", ", SECTIONS) + ")");
            }
            int which = p.section(i);
            if (sections.get(which) != null) {
                throw p.error(i, "section '### " + SECTIONS[which] + "' given twice");
            }
            int end = p.nextHeading(i + 1);
            sections.set(which, p.items(i, end));
            last = i;
            i = end;
        }
        for (int s = 0; s < SECTIONS.length; s++) {
            if (sections.get(s) == null) {
                throw p.error(Math.min(last, p.lines.length - 1), "the notes lack the section '### " + SECTIONS[s]
                        + "' (sections: " + String.join(", ", SECTIONS) + ")");
            }
        }
        return new TeacherNotes(lab, title[0], texts(sections.get(0)), p.script(sections.get(1)),
                p.presets(lab, sections.get(2)), texts(sections.get(3)));
    }

    private int section(int i) {
        String name = lines[i].substring(4).trim();
        for (int s = 0; s < SECTIONS.length; s++) {
            if (SECTIONS[s].equals(name)) {
                return s;
            }
        }
        throw error(i, "unknown section '" + name + "' (sections: " + String.join(", ", SECTIONS) + ")");
    }

    /** The list under heading {@code h}: "- " starts an item, a line indented by two spaces continues it. */
    private List<Item> items(int h, int end) {
        List<Item> out = new ArrayList<>();
        StringBuilder text = null;
        int start = -1;
        for (int i = h + 1; i < end; i++) {
            String line = lines[i];
            if (isBlank(line)) {
                continue;
            }
            if (line.startsWith("- ")) {
                if (text != null) {
                    out.add(new Item(start, text.toString()));
                }
                text = new StringBuilder(line.substring(2).trim());
                start = i;
            } else if (line.startsWith("  ") && text != null) {
                text.append(' ').append(line.trim());
            } else {
                throw error(i, "a section holds a list: each item starts with '- ', continuation lines are indented");
            }
        }
        if (text != null) {
            out.add(new Item(start, text.toString()));
        }
        if (out.isEmpty()) {
            throw error(h, "the section '" + lines[h].substring(4).trim() + "' is empty");
        }
        return out;
    }

    private static List<String> texts(List<Item> items) {
        List<String> out = new ArrayList<>();
        for (Item item : items) {
            out.add(item.text());
        }
        return out;
    }

    private List<TeacherNotes.Step> script(List<Item> items) {
        List<TeacherNotes.Step> steps = new ArrayList<>();
        int minute = 0;
        for (Item item : items) {
            Matcher m = STEP.matcher(item.text());
            if (!m.matches()) {
                throw error(item.line(), "a script step starts with its minutes, e.g. '- 0–2 min: …'");
            }
            int from = Integer.parseInt(m.group(1));
            int to = Integer.parseInt(m.group(2));
            if (from != minute || to <= from) {
                throw error(item.line(), "this step should start at minute " + minute + " and end after it (got "
                        + from + "–" + to + ")");
            }
            steps.add(new TeacherNotes.Step(from, to, m.group(3).trim()));
            minute = to;
        }
        if (minute != TeacherNotes.SCRIPT_MINUTES) {
            throw error(items.get(items.size() - 1).line(), "the script should end at minute "
                    + TeacherNotes.SCRIPT_MINUTES + ", not " + minute);
        }
        return steps;
    }

    private List<TeacherNotes.PresetLink> presets(String lab, List<Item> items) {
        List<TeacherNotes.PresetLink> out = new ArrayList<>();
        for (Item item : items) {
            Matcher m = PRESET.matcher(item.text());
            if (!m.matches()) {
                throw error(item.line(), "a preset is '[label](#/lab/" + lab + "?…): why to show it'");
            }
            if (!m.group(3).equals(lab)) {
                throw error(item.line(), "this preset opens the lab '" + m.group(3) + "', not '" + lab + "'");
            }
            out.add(new TeacherNotes.PresetLink(m.group(1), m.group(2), m.group(5).trim()));
        }
        return out;
    }
}
