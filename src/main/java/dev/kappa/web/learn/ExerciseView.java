package dev.kappa.web.learn;

import dev.kappa.learn.Answer;
import dev.kappa.learn.Exercise;
import dev.kappa.learn.ExerciseGenerator;
import dev.kappa.learn.ExerciseRecord;
import dev.kappa.learn.Verdict;
import dev.kappa.web.Dom;
import dev.kappa.web.View;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * A randomized exercise ({@code #/exercise/<id>?seed=<n>}): the generator draws it from the seed,
 * so the URL reproduces it; without a usable seed a fresh one is drawn and written into the URL
 * (replacing the history entry, so Back still leaves the page). The answer is graded by
 * learn-core with the tolerance stated under the box; a hint and a worked solution are one click
 * away; the streak is saved.
 */
public final class ExerciseView implements View {
    /** Seeds are whole numbers below 10¹⁵: exact in a JavaScript number and short enough to read. */
    private static final long MAX_SEED = 999_999_999_999_999L;

    private final Learning learning;
    private final ExerciseGenerator generator;
    private final long seed;
    private final String seedNote;
    private Exercise exercise;
    private boolean solved;
    private boolean counted;
    private HTMLElement root;
    private HTMLElement feedback;
    private HTMLElement streak;

    public ExerciseView(Learning learning, ExerciseGenerator generator, String seedParam) {
        this.learning = learning;
        this.generator = generator;
        long parsed = parseSeed(seedParam);
        if (parsed < 0) {
            this.seed = freshSeed();
            this.seedNote = seedParam == null || seedParam.isEmpty() ? null : "The seed “" + seedParam + "” is not a "
                    + "whole number from 0 to " + MAX_SEED + ", so here is a fresh exercise.";
            replaceUrl(generator.id(), seed);
        } else {
            this.seed = parsed;
            this.seedNote = null;
        }
    }

    /** The seed in {@code s}, or −1 when it is missing or not a whole number in [0, MAX_SEED]. */
    static long parseSeed(String s) {
        if (s == null || s.isEmpty() || s.length() > 15) {
            return -1;
        }
        long v = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = (c - '0') + v * 10;
        }
        return v <= MAX_SEED ? v : -1;
    }

    @Override
    public String title() {
        return generator.title() + " — exercise — Kappa";
    }

    @Override
    public void mount(HTMLElement container) {
        exercise = generator.generate(seed);
        root = Dom.el("section", "learn exercise-view");
        root.setAttribute("data-view", "exercise");
        root.setAttribute("data-exercise", generator.id());
        root.setAttribute("data-seed", String.valueOf(seed));
        root.appendChild(Dom.focusableHeading("h1", generator.title()));
        if (seedNote != null) {
            root.appendChild(Dom.text("p", "notice info", "ℹ " + seedNote));
        }
        root.appendChild(Dom.text("p", "card-count", "Randomized exercise · seed " + seed
                + " (the address reproduces it)"));
        HTMLElement box = Dom.el("div", "exercise-box");
        HTMLElement prompt = UiBits.trusted("div", "prompt", exercise.prompt().html());
        prompt.setAttribute("id", "exercise-prompt");
        prompt.setAttribute("data-plain", exercise.prompt().plain());
        box.appendChild(prompt);
        String[] options = exercise.options();
        HTMLElement first;
        if (options.length > 0) {
            HTMLElement fieldset = Dom.el("fieldset");
            fieldset.appendChild(Dom.text("legend", "visually-hidden", "Your answer"));
            HTMLElement list = Dom.el("div", "options");
            for (int i = 0; i < options.length; i++) {
                HTMLElement label = Dom.el("label", "option");
                HTMLElement input = Dom.el("input");
                input.setAttribute("type", "radio");
                input.setAttribute("name", "exercise-choice");
                input.setAttribute("data-option", String.valueOf(i));
                label.appendChild(input);
                label.appendChild(Dom.text("span", "option-text", (char) ('a' + i) + ") " + options[i]));
                list.appendChild(label);
            }
            fieldset.appendChild(list);
            box.appendChild(fieldset);
            first = list.querySelector("input");
        } else {
            HTMLElement row = Dom.el("div", "answer-row");
            HTMLElement label = Dom.text("label", null, "Your answer");
            label.setAttribute("for", "exercise-answer");
            row.appendChild(label);
            HTMLElement input = Dom.el("input");
            input.setAttribute("type", "text");
            input.setAttribute("id", "exercise-answer");
            input.setAttribute("data-answer", "true");
            input.setAttribute("autocomplete", "off");
            input.setAttribute("spellcheck", "false");
            input.setAttribute("aria-describedby", "exercise-prompt exercise-format exercise-feedback");
            input.addEventListener("keydown", e -> {
                if ("Enter".equals(((org.teavm.jso.dom.events.KeyboardEvent) e).getKey())) {
                    e.preventDefault();
                    check();
                }
            });
            row.appendChild(input);
            box.appendChild(row);
            first = input;
        }
        HTMLElement format = Dom.text("p", "kbd-hint", formatText(exercise.answer()));
        format.setAttribute("id", "exercise-format");
        box.appendChild(format);
        feedback = UiBits.live("feedback");
        feedback.setAttribute("id", "exercise-feedback");
        box.appendChild(feedback);
        HTMLElement actions = Dom.el("div", "card-controls");
        actions.appendChild(action("Check answer", "primary", "check", this::check));
        actions.appendChild(action("Hint", null, "hint", this::hint));
        actions.appendChild(action("Show worked solution", null, "solution", this::solution));
        actions.appendChild(action("New exercise", null, "new", this::fresh));
        box.appendChild(actions);
        HTMLElement reveal = Dom.el("div", "reveal");
        reveal.setAttribute("aria-live", "polite");
        box.appendChild(reveal);
        root.appendChild(box);
        streak = Dom.el("p", "card-count");
        streak.setAttribute("data-streak", "true");
        root.appendChild(streak);
        if (generator.lab() != null) {
            root.appendChild(UiBits.paragraphWithLink("See the idea move: ", "#/lab/" + generator.lab(),
                    "open the " + generator.lab() + " lab"));
        }
        container.appendChild(root);
        showStreak();
        first.focus();
    }

    @Override
    public void unmount() {
        root = null;
    }

    private static HTMLElement action(String text, String className, String name, Runnable run) {
        HTMLElement b = UiBits.button(text, className);
        b.setAttribute("data-action", name);
        b.addEventListener("click", e -> run.run());
        return b;
    }

    private static String formatText(Answer a) {
        String how = "Answer with " + a.formatHint() + ".";
        return a.acceptance().isEmpty() ? how : how + " " + a.acceptance();
    }

    private String typed() {
        HTMLElement input = root.querySelector("[data-answer]");
        if (input != null) {
            return ((HTMLInputElement) input).getValue();
        }
        String[] options = exercise.options();
        for (int i = 0; i < options.length; i++) {
            HTMLInputElement o = (HTMLInputElement) root.querySelector("input[data-option='" + i + "']");
            if (o.isChecked()) {
                return String.valueOf((char) ('a' + i));
            }
        }
        return "";
    }

    private void check() {
        if (root == null || solved) {
            return;
        }
        String input = typed();
        Verdict v = exercise.grade(input);
        feedback.clear();
        if (!v.wellFormed()) {
            feedback.setClassName("feedback malformed");
            feedback.setAttribute("data-verdict", "malformed");
            feedback.appendChild(Dom.text("p", null, "⚠ " + v.message()));
            return;
        }
        learning.store().progress().recordExercise(generator.id(), v.correct(), learning.now());
        learning.store().save();
        counted = true;
        HostEvents.post("answered", "exercise/" + generator.id() + "?seed=" + seed, v.correct() ? 1 : 0, v.correct());
        feedback.setClassName("feedback " + (v.correct() ? "right" : "wrong"));
        feedback.setAttribute("data-verdict", v.correct() ? "right" : "wrong");
        feedback.appendChild(Dom.text("p", "verdict", (v.correct() ? "✓ " : "✗ ") + v.message()
                + (v.correct() ? "" : " Try again, take the hint, or see the worked solution.")));
        if (v.correct()) {
            solved = true;
            HTMLElement input2 = root.querySelector("[data-answer]");
            if (input2 != null) {
                ((HTMLInputElement) input2).setReadOnly(true);
            }
            ((org.teavm.jso.dom.html.HTMLButtonElement) root.querySelector("[data-action=check]")).setDisabled(true);
            root.querySelector("[data-action=new]").focus();
        }
        showStreak();
    }

    private void hint() {
        reveal("hint", "Hint", exercise.hint().html());
    }

    private void solution() {
        if (!solved && !counted) {
            // Reading the solution before answering ends this attempt, so a streak means solved unaided.
            learning.store().progress().recordExercise(generator.id(), false, learning.now());
            learning.store().save();
            counted = true;
            showStreak();
        }
        HTMLElement box = reveal("solution", "Worked solution", exercise.solution().html());
        box.appendChild(Dom.text("p", null, "Answer: " + exercise.answer().describe()));
    }

    private HTMLElement reveal(String kind, String heading, String html) {
        HTMLElement area = root.querySelector(".reveal");
        HTMLElement old = area.querySelector("[data-reveal='" + kind + "']");
        if (old != null) {
            return old;
        }
        HTMLElement box = Dom.el("div", "explanation");
        box.setAttribute("data-reveal", kind);
        box.appendChild(Dom.text("h2", "face-label", heading));
        box.appendChild(UiBits.trusted("div", null, html));
        area.appendChild(box);
        return box;
    }

    private void fresh() {
        long next = freshSeed();
        setHash("#/exercise/" + generator.id() + "?seed=" + next);
    }

    private void showStreak() {
        ExerciseRecord r = learning.store().progress().exercises().get(generator.id());
        streak.setTextContent(r == null ? "No attempts yet at this kind of exercise."
                : "Streak: " + r.streak() + " right in a row (best " + r.bestStreak() + "); " + r.correct() + " of "
                        + r.attempts() + " attempts right.");
    }

    /** A new seed from the browser's cryptographic generator: only picks which exercise, never feeds maths. */
    @JSBody(script = "var c = self.crypto; if (c && c.getRandomValues) { var a = new Uint32Array(2);"
            + " c.getRandomValues(a); return (a[0] % 1000000) * 1000 + (a[1] % 1000); }"
            + " return Math.floor(Math.random() * 1e9);")
    private static native double randomSeed();

    private static long freshSeed() {
        return (long) randomSeed();
    }

    @JSBody(params = {"id", "seed"}, script = "history.replaceState(history.state, '', '#/exercise/' + id + '?seed=' + seed);")
    private static native void replaceUrl(String id, double seed);

    private static void replaceUrl(String id, long seed) {
        replaceUrl(id, (double) seed);
    }

    @JSBody(params = "hash", script = "location.hash = hash;")
    private static native void setHash(String hash);
}
