package dev.kappa.web.learn;

import dev.kappa.lab.LabCatalog;
import dev.kappa.lab.LabDeclaration;
import dev.kappa.learn.Deck;
import dev.kappa.learn.ExerciseRecord;
import dev.kappa.learn.LabRecord;
import dev.kappa.learn.Progress;
import dev.kappa.learn.ProgressMerge;
import dev.kappa.learn.Quiz;
import dev.kappa.learn.QuizRecord;
import dev.kappa.web.Dom;
import dev.kappa.web.View;
import java.util.Map;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The learner's data ({@code #/progress}): what is stored, export to a JSON file, import with a
 * preview of what would change before merging, reset after an explicit confirmation, and any
 * records kept aside because they could not be read.
 */
public final class ProgressView implements View {
    private static final int MAX_IMPORT_BYTES = 5_000_000;

    private final Learning learning;
    private HTMLElement root;
    private HTMLElement summary;
    private HTMLElement importResult;
    private HTMLElement resetArea;

    public ProgressView(Learning learning) {
        this.learning = learning;
    }

    @Override
    public String title() {
        return "Your progress — Kappa";
    }

    @Override
    public void mount(HTMLElement container) {
        root = Dom.el("section", "learn progress-view");
        root.setAttribute("data-view", "progress");
        root.appendChild(Dom.focusableHeading("h1", "Your progress"));
        root.appendChild(Dom.text("p", "lede", "Everything you do in Kappa is stored only in this browser. Download it "
                + "to keep a copy or move it to another device; importing merges a file into what is here."));
        summary = Dom.el("div", "progress-box");
        summary.setAttribute("data-progress-summary", "true");
        root.appendChild(summary);
        root.appendChild(exportBox());
        root.appendChild(importBox());
        HTMLElement aside = asideBox();
        if (aside != null) {
            root.appendChild(aside);
        }
        root.appendChild(resetBox());
        container.appendChild(root);
        renderSummary();
    }

    @Override
    public void unmount() {
        root = null;
    }

    private void renderSummary() {
        summary.clear();
        summary.appendChild(Dom.text("h2", null, "Stored here"));
        ProgressStore store = learning.store();
        String where;
        switch (store.mode()) {
            case SAVING:
                where = "✓ Saved in this browser after every step.";
                break;
            case MEMORY_ONLY:
                where = "⚠ Not kept: this browser does not let Kappa store data here, so progress lasts only until you "
                        + "leave. Download it before you go.";
                break;
            default:
                where = "⚠ Not saving: a stored record could not be read or kept aside, so Kappa leaves it untouched.";
        }
        HTMLElement status = Dom.text("p", null, where);
        status.setAttribute("data-storage-mode", store.mode().name().toLowerCase());
        summary.appendChild(status);
        Progress p = store.progress();
        long now = learning.now();
        int cards = 0;
        int due = 0;
        int reviewed = 0;
        for (Deck d : learning.content().decks()) {
            cards += d.cards().size();
            due += p.dueCount(d, now);
            int seen = d.cards().size() - p.newCount(d);
            reviewed += seen;
        }
        HTMLElement dl = Dom.el("dl");
        add(dl, "Flashcards", reviewed + " of " + cards + " studied, " + due + " due now");
        int quizzes = 0;
        StringBuilder best = new StringBuilder();
        for (Quiz q : learning.content().quizzes()) {
            QuizRecord r = p.quizzes().get(q.id());
            if (r != null) {
                quizzes++;
                best.append(best.length() == 0 ? "" : "; ").append(q.title()).append(" ").append(r.best()).append("/")
                        .append(r.total());
            }
        }
        add(dl, "Quizzes", quizzes + " of " + learning.content().quizzes().size() + " taken"
                + (best.length() > 0 ? " (best: " + best + ")" : ""));
        int attempts = 0;
        int bestStreak = 0;
        for (Map.Entry<String, ExerciseRecord> e : p.exercises().entrySet()) {
            attempts += e.getValue().attempts();
            bestStreak = Math.max(bestStreak, e.getValue().bestStreak());
        }
        add(dl, "Exercises", attempts + " attempts, best streak " + bestStreak);
        dl.appendChild(Dom.text("dt", null, "Labs visited"));
        dl.appendChild(labsVisited(p));
        summary.appendChild(dl);
    }

    /** "None yet", or each visited lab by title with its visit count (ids no longer in the site are shown as ids). */
    private static HTMLElement labsVisited(Progress p) {
        HTMLElement dd = Dom.el("dd");
        dd.setAttribute("data-labs-visited", String.valueOf(p.labs().size()));
        if (p.labs().isEmpty()) {
            dd.setTextContent("None yet: open a lab from the home page.");
            return dd;
        }
        dd.appendChild(Dom.text("span", null, p.labs().size() == 1 ? "1 lab:" : p.labs().size() + " labs:"));
        HTMLElement list = Dom.el("ul", "labs-visited");
        for (Map.Entry<String, LabRecord> e : p.labs().entrySet()) {
            LabDeclaration lab = LabCatalog.declaration(e.getKey());
            int visits = e.getValue().visits();
            HTMLElement li = Dom.el("li");
            li.setAttribute("data-lab-visit", e.getKey());
            li.appendChild(Dom.link("#/lab/" + e.getKey(), lab == null ? e.getKey() : lab.title()));
            li.appendChild(Dom.document().createTextNode(visits == 1 ? " (1 visit)" : " (" + visits + " visits)"));
            list.appendChild(li);
        }
        dd.appendChild(list);
        return dd;
    }

    private static void add(HTMLElement dl, String term, String value) {
        dl.appendChild(Dom.text("dt", null, term));
        dl.appendChild(Dom.text("dd", null, value));
    }

    private HTMLElement exportBox() {
        HTMLElement box = Dom.el("div", "progress-box");
        box.appendChild(Dom.text("h2", null, "Export"));
        box.appendChild(Dom.text("p", null, "A JSON file with your card schedules, quiz scores, exercise streaks and "
                + "lab visits."));
        HTMLElement b = UiBits.button("Download my progress", "primary");
        b.setAttribute("data-action", "export");
        b.addEventListener("click", e -> FileIO.download("kappa-progress-" + FileIO.today() + ".json",
                learning.store().exportText()));
        box.appendChild(b);
        return box;
    }

    private HTMLElement importBox() {
        HTMLElement box = Dom.el("div", "progress-box");
        box.appendChild(Dom.text("h2", null, "Import"));
        box.appendChild(Dom.text("p", null, "Choose a file downloaded from Kappa. You will see what changes before "
                + "anything is merged; nothing here is lost (for each card the later review wins, for each quiz the "
                + "better score)."));
        HTMLElement label = Dom.text("label", "file-label", "Progress file: ");
        label.setAttribute("for", "import-file");
        HTMLElement input = Dom.el("input");
        input.setAttribute("type", "file");
        input.setAttribute("id", "import-file");
        input.setAttribute("accept", ".json,application/json");
        input.setAttribute("data-action", "import-file");
        input.addEventListener("change", e -> FileIO.readChosen(input, MAX_IMPORT_BYTES, this::preview));
        label.appendChild(input);
        box.appendChild(label);
        importResult = UiBits.live("import-result");
        box.appendChild(importResult);
        return box;
    }

    private void preview(String name, String text, String error) {
        if (root == null) {
            return;
        }
        importResult.clear();
        if (text == null) {
            problem("⚠ The file could not be read: " + error + ".");
            return;
        }
        String[] note = new String[1];
        ProgressMerge merge = learning.store().previewImport(text, note);
        if (merge == null) {
            problem("⚠ “" + name + "” is not a Kappa progress file Kappa can read: " + note[0] + ". Nothing was changed.");
            return;
        }
        HTMLElement box = Dom.el("div", "import-preview");
        box.setAttribute("data-import-preview", String.valueOf(merge.changes().size()));
        if (note[0] != null) {
            box.appendChild(Dom.text("p", null, "⚠ Part of the file could not be read and will be skipped: " + note[0]
                    + "."));
        }
        if (merge.changes().isEmpty()) {
            box.appendChild(Dom.text("p", null, "✓ Nothing to import: everything in “" + name
                    + "” is already here or older."));
            importResult.appendChild(box);
            return;
        }
        int added = 0;
        for (ProgressMerge.Change c : merge.changes()) {
            added += c.added() ? 1 : 0;
        }
        box.appendChild(Dom.text("p", null, "Importing “" + name + "” would make " + merge.changes().size()
                + (merge.changes().size() == 1 ? " change" : " changes") + " (" + added + " new, "
                + (merge.changes().size() - added) + " updated):"));
        HTMLElement list = Dom.el("ul", "changes");
        for (ProgressMerge.Change c : merge.changes()) {
            list.appendChild(Dom.text("li", null, (c.added() ? "+ " : "~ ") + c.description()));
        }
        box.appendChild(list);
        HTMLElement actions = Dom.el("div", "card-controls");
        HTMLElement confirm = UiBits.button("Merge into my progress", "primary");
        confirm.setAttribute("data-action", "confirm-import");
        confirm.addEventListener("click", e -> {
            boolean saved = learning.store().applyImport(merge);
            showResetButton();
            importResult.clear();
            importResult.appendChild(Dom.text("p", null, saved ? "✓ Imported and saved." : "⚠ Imported for this visit, "
                    + "but it could not be saved (see the message above)."));
            renderSummary();
        });
        HTMLElement cancel = UiBits.button("Cancel", null);
        cancel.setAttribute("data-action", "cancel-import");
        cancel.addEventListener("click", e -> {
            importResult.clear();
            importResult.appendChild(Dom.text("p", null, "Import cancelled; nothing changed."));
        });
        actions.appendChild(confirm);
        actions.appendChild(cancel);
        box.appendChild(actions);
        importResult.appendChild(box);
        confirm.focus();
    }

    private void problem(String message) {
        HTMLElement p = Dom.text("p", "feedback malformed", message);
        p.setAttribute("data-import-error", "true");
        importResult.appendChild(p);
    }

    private HTMLElement asideBox() {
        String[] keys = learning.store().asideKeys();
        if (keys.length == 0) {
            return null;
        }
        HTMLElement box = Dom.el("div", "progress-box");
        box.setAttribute("data-aside-list", String.valueOf(keys.length));
        box.appendChild(Dom.text("h2", null, "Records kept aside"));
        box.appendChild(Dom.text("p", null, "These stored records could not be read when Kappa started, so they were "
                + "copied here instead of being overwritten. Download one to keep it, or to report it."));
        HTMLElement list = Dom.el("ul");
        for (String key : keys) {
            HTMLElement li = Dom.el("li");
            li.appendChild(Dom.text("code", null, key));
            li.appendChild(Dom.document().createTextNode(" "));
            HTMLElement b = UiBits.button("Download", null);
            b.setAttribute("aria-label", "Download the record kept as " + key);
            b.addEventListener("click", e -> {
                String raw = learning.store().readAside(key);
                if (raw != null) {
                    FileIO.download(key + ".json", raw);
                }
            });
            li.appendChild(b);
            list.appendChild(li);
        }
        box.appendChild(list);
        return box;
    }

    private HTMLElement resetBox() {
        HTMLElement box = Dom.el("div", "progress-box danger-zone");
        box.appendChild(Dom.text("h2", null, "Reset"));
        box.appendChild(Dom.text("p", null, "Erase all progress stored in this browser. Download it first if you "
                + "might want it back."));
        resetArea = Dom.el("div", "card-controls");
        showResetButton();
        box.appendChild(resetArea);
        return box;
    }

    private void showResetButton() {
        resetArea.clear();
        HTMLElement b = UiBits.button("Reset progress…", "danger");
        b.setAttribute("data-action", "reset");
        b.addEventListener("click", e -> askReset());
        resetArea.appendChild(b);
    }

    private void askReset() {
        resetArea.clear();
        HTMLElement q = Dom.text("p", null, "Really erase every card schedule, quiz score and streak on this device? "
                + "This cannot be undone.");
        q.setAttribute("role", "alert");
        resetArea.appendChild(q);
        HTMLElement yes = UiBits.button("Yes, erase my progress", "danger");
        yes.setAttribute("data-action", "confirm-reset");
        yes.addEventListener("click", e -> {
            learning.store().reset();
            showResetButton();
            resetArea.appendChild(Dom.text("p", null, "✓ Progress erased."));
            renderSummary();
        });
        HTMLElement no = UiBits.button("Keep my progress", null);
        no.setAttribute("data-action", "cancel-reset");
        no.addEventListener("click", e -> {
            showResetButton();
            resetArea.querySelector("button").focus();
        });
        resetArea.appendChild(yes);
        resetArea.appendChild(no);
        no.focus();
    }
}
