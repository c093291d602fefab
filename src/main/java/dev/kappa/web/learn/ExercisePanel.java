package dev.kappa.web.learn;

import dev.kappa.learn.Answer;
import dev.kappa.learn.Exercise;
import dev.kappa.learn.ExerciseAttempt;
import dev.kappa.learn.Verdict;
import dev.kappa.web.Dom;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * One exercise on a page, shared by the exercise page and exercise cards: the prompt, an answer
 * box or the options, the line saying how answers are read and graded, Check / Hint / Worked
 * solution, and the feedback. It drives learn-core's {@link ExerciseAttempt}, so the rules (an
 * unreadable answer is no try, a choice allows one or two tries and then shows the solution, only
 * the first try counts) are the same everywhere; the owner stores the attempt when told.
 */
final class ExercisePanel {
    /** What the owner of the panel hears about. */
    interface Listener {
        /** The attempt just got its counted result (first try, or the solution read first). */
        void counted(ExerciseAttempt attempt, String answer);

        /** The attempt changed (a try, a reveal): store it so leaving the page keeps it. */
        void changed(ExerciseAttempt attempt);

        /** Solved, out of tries or given up: nothing more is graded. */
        void finished(ExerciseAttempt attempt);
    }

    private final Exercise exercise;
    private final ExerciseAttempt attempt;
    private final Listener listener;
    private final HTMLElement box;
    private final HTMLElement feedback;
    private final HTMLElement first;

    ExercisePanel(Exercise exercise, ExerciseAttempt attempt, Listener listener) {
        this.exercise = exercise;
        this.attempt = attempt;
        this.listener = listener;
        box = Dom.el("div", "exercise-box");
        HTMLElement prompt = UiBits.trusted("div", "prompt", exercise.prompt().html());
        prompt.setAttribute("id", "exercise-prompt");
        prompt.setAttribute("data-plain", exercise.prompt().plain());
        box.appendChild(prompt);
        String[] options = exercise.options();
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
            HTMLElement input = UiBits.answerBox("exercise-answer", "exercise-prompt exercise-format exercise-feedback",
                    this::check);
            input.setAttribute("data-answer", "true");
            row.appendChild(input);
            box.appendChild(row);
            first = input;
        }
        HTMLElement format = Dom.text("p", "kbd-hint", formatText(exercise, attempt));
        format.setAttribute("id", "exercise-format");
        box.appendChild(format);
        feedback = UiBits.live("feedback");
        feedback.setAttribute("id", "exercise-feedback");
        box.appendChild(feedback);
        HTMLElement actions = Dom.el("div", "card-controls");
        actions.appendChild(action("Check answer", "primary", "check", this::check));
        actions.appendChild(action("Hint", null, "hint", this::hint));
        actions.appendChild(action("Show worked solution", null, "solution", this::solution));
        box.appendChild(actions);
        HTMLElement reveal = Dom.el("div", "reveal");
        reveal.setAttribute("aria-live", "polite");
        box.appendChild(reveal);
        if (attempt.finished()) {
            showFinished(attempt.solved() ? "✓ You solved this exercise earlier." : "You finished this exercise earlier.");
        } else if (attempt.tries() > 0) {
            feedback.setClassName("feedback wrong");
            feedback.appendChild(Dom.text("p", "verdict", "You tried this exercise before: " + triesLeftText() + "."));
        }
    }

    HTMLElement element() {
        return box;
    }

    /** The actions row, where an owner adds its own buttons (New exercise, Next card). */
    HTMLElement actions() {
        return box.querySelector(".card-controls");
    }

    void focusFirst() {
        if (!attempt.finished()) {
            first.focus();
        }
    }

    private static HTMLElement action(String text, String className, String name, Runnable run) {
        HTMLElement b = UiBits.button(text, className);
        b.setAttribute("data-action", name);
        b.addEventListener("click", e -> run.run());
        return b;
    }

    private static String formatText(Exercise e, ExerciseAttempt a) {
        Answer key = e.answer();
        String how = "Answer with " + key.formatHint() + ".";
        if (a.allowedTries() != ExerciseAttempt.UNLIMITED) {
            how += a.allowedTries() == 1 ? " One try." : " " + a.allowedTries() + " tries; only the first counts.";
        }
        return key.acceptance().isEmpty() ? how : how + " " + key.acceptance();
    }

    private String triesLeftText() {
        int left = attempt.triesLeft();
        return left == 1 ? "1 try left" : left + " tries left";
    }

    private String typed() {
        HTMLElement input = box.querySelector("[data-answer]");
        if (input != null) {
            return ((HTMLInputElement) input).getValue();
        }
        String[] options = exercise.options();
        for (int i = 0; i < options.length; i++) {
            HTMLInputElement o = (HTMLInputElement) box.querySelector("input[data-option='" + i + "']");
            if (o.isChecked()) {
                return String.valueOf((char) ('a' + i));
            }
        }
        return "";
    }

    private void check() {
        if (attempt.finished()) {
            return;
        }
        String input = typed();
        boolean wasCounted = attempt.counted();
        Verdict v = attempt.check(input);
        feedback.clear();
        if (v == null) {
            return;
        }
        if (!v.wellFormed()) {
            feedback.setClassName("feedback malformed");
            feedback.setAttribute("data-verdict", "malformed");
            feedback.appendChild(Dom.text("p", null, "⚠ " + (input.isEmpty() && exercise.options().length > 0
                    ? "Choose an option, then check." : v.message())));
            return;
        }
        if (!wasCounted) {
            listener.counted(attempt, input);
        }
        listener.changed(attempt);
        feedback.setClassName("feedback " + (v.correct() ? "right" : "wrong"));
        feedback.setAttribute("data-verdict", v.correct() ? "right" : "wrong");
        String more = v.correct() ? "" : attempt.finished() ? " No tries left: here is the worked solution."
                : attempt.allowedTries() == ExerciseAttempt.UNLIMITED
                ? " Try again, take the hint, or see the worked solution." : " " + triesLeftText() + ".";
        feedback.appendChild(Dom.text("p", "verdict", (v.correct() ? "✓ " : "✗ ") + v.message() + more));
        markTriedOption(input);
        if (attempt.finished()) {
            lock();
            if (!v.correct()) {
                showSolution();
            }
            listener.finished(attempt);
        }
    }

    /** A wrongly chosen option is marked and disabled, in words as well as by its look. */
    private void markTriedOption(String letter) {
        if (exercise.options().length == 0 || letter.length() != 1 || attempt.solved()) {
            return;
        }
        HTMLInputElement o = (HTMLInputElement) box.querySelector("input[data-option='" + (letter.charAt(0) - 'a') + "']");
        if (o != null) {
            o.setChecked(false);
            o.setDisabled(true);
            HTMLElement label = (HTMLElement) o.getParentNode();
            label.setClassName("option is-wrong");
            label.appendChild(Dom.text("span", "option-mark", "✗ tried"));
        }
    }

    private void lock() {
        HTMLElement input = box.querySelector("[data-answer]");
        if (input != null) {
            ((HTMLInputElement) input).setReadOnly(true);
        }
        for (int i = 0; i < exercise.options().length; i++) {
            ((HTMLInputElement) box.querySelector("input[data-option='" + i + "']")).setDisabled(true);
        }
        ((HTMLButtonElement) box.querySelector("[data-action=check]")).setDisabled(true);
    }

    private void showFinished(String note) {
        feedback.setClassName("feedback " + (attempt.solved() ? "right" : "wrong"));
        feedback.setAttribute("data-verdict", attempt.solved() ? "right" : "wrong");
        feedback.appendChild(Dom.text("p", "verdict", note));
        lock();
        showSolution();
    }

    private void hint() {
        reveal("hint", "Hint", exercise.hint().html());
    }

    private void solution() {
        if (!attempt.finished()) {
            boolean wasCounted = attempt.counted();
            attempt.reveal();
            if (!wasCounted) {
                listener.counted(attempt, "");
            }
            listener.changed(attempt);
            lock();
            listener.finished(attempt);
        }
        showSolution();
    }

    private void showSolution() {
        HTMLElement solution = reveal("solution", "Worked solution", exercise.solution().html());
        if (solution.querySelector("[data-answer-line]") == null) {
            HTMLElement line = Dom.text("p", null, "Answer: " + exercise.answer().describe());
            line.setAttribute("data-answer-line", "true");
            solution.appendChild(line);
        }
    }

    private HTMLElement reveal(String kind, String heading, String html) {
        HTMLElement area = box.querySelector(".reveal");
        HTMLElement old = area.querySelector("[data-reveal='" + kind + "']");
        if (old != null) {
            return old;
        }
        HTMLElement r = Dom.el("div", "explanation");
        r.setAttribute("data-reveal", kind);
        r.appendChild(Dom.text("h2", "face-label", heading));
        r.appendChild(UiBits.trusted("div", null, html));
        area.appendChild(r);
        return r;
    }
}
