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
import dev.kappa.learn.SharedProgress;
import dev.kappa.web.Dom;
import dev.kappa.web.View;
import java.util.List;
import java.util.Map;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The learner's data ({@code #/progress}): what is stored, export to a JSON file, import with a
 * preview of what would change before merging, reset after an explicit confirmation, any
 * records kept aside (listed, downloadable, deletable), and the stored record itself when this
 * version cannot read it.
 */
public final class ProgressView implements View {
    /** Checked before the file is read: no real progress file comes near it (see SharedProgress). */
    private static final int MAX_IMPORT_BYTES = SharedProgress.MAX_RECORD_CHARS;

    private final Learning learning;
    private HTMLElement root;
    private HTMLElement summary;
    private HTMLElement importResult;
    private HTMLElement resetArea;
    private HTMLElement asideArea;

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
        asideArea = Dom.el("div");
        root.appendChild(asideArea);
        renderAside();
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
            case OUTDATED:
                where = "⚠ Not saving here: another tab runs a newer version of Kappa and saved your progress in its "
                        + "format. What you do in this tab is kept aside (below). Reload to continue with the newer "
                        + "version.";
                break;
            default:
                where = "⚠ Not saving: a stored record could not be read or kept aside, so Kappa leaves it untouched.";
        }
        HTMLElement status = Dom.text("p", null, where);
        status.setAttribute("data-storage-mode", store.mode().name().toLowerCase());
        summary.appendChild(status);
        if (store.mode() == SharedProgress.Mode.PROTECTING) {
            summary.appendChild(storedRecordDownload());
        }
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

    /** In protecting mode the record Kappa will not write over can still leave the browser, byte for byte. */
    private HTMLElement storedRecordDownload() {
        HTMLElement p = Dom.el("p");
        p.appendChild(Dom.document().createTextNode("The record this version cannot read is left as it is. "));
        HTMLElement b = UiBits.button("Download the stored record", null);
        b.setAttribute("data-action", "download-stored");
        b.addEventListener("click", e -> {
            String raw = learning.store().storedRaw();
            if (raw != null) {
                FileIO.download("kappa-progress-stored-" + FileIO.today() + ".json", raw);
            }
        });
        p.appendChild(b);
        return p;
    }

    private void preview(String name, String text, String error) {
        if (root == null) {
            return;
        }
        importResult.clear();
        if (text == null) {
            problem("⚠ The file could not be read: " + error + ". Nothing was changed.");
            return;
        }
        SharedProgress.ImportPreview preview = learning.store().previewImport(text);
        if (preview.error() != null) {
            problem("⚠ “" + name + "” cannot be imported: " + preview.error() + ". Nothing was changed.");
            return;
        }
        List<ProgressMerge.Change> changes = preview.changes();
        HTMLElement box = Dom.el("div", "import-preview");
        box.setAttribute("data-import-preview", String.valueOf(changes.size()));
        if (preview.note() != null) {
            HTMLElement skipped = Dom.text("p", null, "⚠ Part of the file cannot be used and will be skipped: "
                    + preview.note() + ".");
            skipped.setAttribute("data-import-skipped", "true");
            box.appendChild(skipped);
        }
        if (changes.isEmpty()) {
            box.appendChild(Dom.text("p", null, "✓ Nothing to import: everything in “" + name
                    + "” is already here or older."));
            importResult.appendChild(box);
            return;
        }
        int added = 0;
        for (ProgressMerge.Change c : changes) {
            added += c.added() ? 1 : 0;
        }
        box.appendChild(Dom.text("p", null, "Importing “" + name + "” would make " + changes.size()
                + (changes.size() == 1 ? " change" : " changes") + " (" + added + " new, "
                + (changes.size() - added) + " updated):"));
        HTMLElement list = Dom.el("ul", "changes");
        for (ProgressMerge.Change c : changes) {
            list.appendChild(Dom.text("li", null, (c.added() ? "+ " : "~ ") + c.description()));
        }
        box.appendChild(list);
        HTMLElement actions = Dom.el("div", "card-controls");
        HTMLElement confirm = UiBits.button("Merge into my progress", "primary");
        confirm.setAttribute("data-action", "confirm-import");
        confirm.addEventListener("click", e -> {
            SharedProgress.ImportResult result = learning.store().commitImport(preview);
            showResetButton();
            importResult.clear();
            if (result.refused() != null) {
                problem("⚠ Not imported: " + result.refused() + ". Nothing was changed.");
                return;
            }
            String others = result.othersMeanwhile() ? " Another tab saved progress since the preview; that is kept "
                    + "too." : "";
            HTMLElement done = Dom.text("p", null, result.saved() ? "✓ Imported and saved." + others
                    : "⚠ Imported for this visit, but it could not be saved (see the message above).");
            done.setAttribute("data-import-done", result.saved() ? "saved" : "memory");
            importResult.appendChild(done);
            renderSummary();
            renderAside();
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

    /** The records kept aside, each with what it holds, a download and a delete that asks first. */
    private void renderAside() {
        asideArea.clear();
        List<SharedProgress.AsideRecord> records = learning.store().asideRecords();
        if (records.isEmpty()) {
            return;
        }
        HTMLElement box = Dom.el("div", "progress-box");
        box.setAttribute("data-aside-list", String.valueOf(records.size()));
        box.appendChild(Dom.text("h2", null, "Records kept aside"));
        box.appendChild(Dom.text("p", null, "Kappa copied these records here instead of writing over them (they could "
                + "not be read, came from another version, or were made while another tab ran a newer Kappa). "
                + "Download one to keep it or to report it; import it above if this version can read it."));
        HTMLElement list = Dom.el("ul", "aside-records");
        for (SharedProgress.AsideRecord r : records) {
            HTMLElement li = Dom.el("li");
            li.setAttribute("data-aside-key", r.key());
            li.appendChild(Dom.text("code", null, r.key()));
            li.appendChild(Dom.text("span", "aside-summary", r.summary() + " (" + r.chars() + " characters)"));
            HTMLElement actions = Dom.el("div", "aside-actions");
            HTMLElement download = UiBits.button("Download", null);
            download.setAttribute("aria-label", "Download the record kept as " + r.key());
            download.setAttribute("data-action", "download-aside");
            download.addEventListener("click", e -> {
                String raw = learning.store().readAside(r.key());
                if (raw != null) {
                    FileIO.download(r.key() + ".json", raw);
                }
            });
            actions.appendChild(download);
            HTMLElement delete = UiBits.button("Delete…", "danger");
            delete.setAttribute("aria-label", "Delete the record kept as " + r.key());
            delete.setAttribute("data-action", "delete-aside");
            delete.addEventListener("click", e -> askDelete(actions, r.key()));
            actions.appendChild(delete);
            li.appendChild(actions);
            list.appendChild(li);
        }
        box.appendChild(list);
        asideArea.appendChild(box);
    }

    private void askDelete(HTMLElement actions, String key) {
        actions.clear();
        actions.appendChild(Dom.document().createTextNode("Delete it for good? "));
        HTMLElement yes = UiBits.button("Yes, delete", "danger");
        yes.setAttribute("data-action", "confirm-delete-aside");
        yes.addEventListener("click", e -> {
            if (!learning.store().deleteAside(key)) {
                actions.appendChild(Dom.text("span", null, " It could not be deleted."));
                return;
            }
            renderAside();
            HTMLElement heading = root.querySelector("h1");
            if (heading != null) {
                heading.focus();
            }
        });
        HTMLElement no = UiBits.button("Keep it", null);
        no.setAttribute("data-action", "cancel-delete-aside");
        no.addEventListener("click", e -> renderAside());
        actions.appendChild(yes);
        actions.appendChild(no);
        no.focus();
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
            importResult.clear();
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
