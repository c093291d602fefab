package dev.kappa.web.learn;

import dev.kappa.learn.Exercise;
import dev.kappa.learn.ExerciseAttempt;
import dev.kappa.learn.ExerciseGenerator;
import dev.kappa.learn.ExerciseRecord;
import dev.kappa.web.Dom;
import dev.kappa.web.View;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * A randomized exercise ({@code #/exercise/<id>?seed=<n>}): the generator draws it from the seed,
 * so the URL reproduces it; without a usable seed a fresh one is drawn and written into the URL
 * (replacing the history entry, so Back still leaves the page). The exercise itself is an
 * {@link ExercisePanel} (graded by learn-core, limited tries on choices, hint, worked solution);
 * the attempt and the streak are saved, so coming back to the same seed resumes the attempt.
 */
public final class ExerciseView implements View {
    private final Learning learning;
    private final ExerciseGenerator generator;
    private final long seed;
    private final String seedNote;
    private boolean countedStored;
    private HTMLElement root;
    private HTMLElement streak;

    public ExerciseView(Learning learning, ExerciseGenerator generator, String seedParam) {
        this.learning = learning;
        this.generator = generator;
        long parsed = Seeds.parse(seedParam);
        if (parsed < 0) {
            this.seed = Seeds.fresh();
            this.seedNote = seedParam == null || seedParam.isEmpty() ? null : "The seed “" + seedParam + "” is not a "
                    + "whole number from 0 to " + Seeds.MAX + ", so here is a fresh exercise.";
            replaceUrl(generator.id(), seed);
        } else {
            this.seed = parsed;
            this.seedNote = null;
        }
    }

    @Override
    public String title() {
        return generator.title() + " — exercise — Kappa";
    }

    @Override
    public void mount(HTMLElement container) {
        Exercise exercise = generator.generate(seed);
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
        ExerciseAttempt attempt = ExerciseAttempt.resumed(exercise,
                learning.store().progress().openExercise(generator.id()));
        ExercisePanel panel = new ExercisePanel(exercise, attempt, new ExercisePanel.Listener() {
            @Override
            public void counted(ExerciseAttempt a, String answer) {
                HostEvents.post("answered", "exercise/" + generator.id() + "?seed=" + seed, a.countedCorrect() ? 1 : 0,
                        a.countedCorrect());
            }

            @Override
            public void changed(ExerciseAttempt a) {
                // The first change after the first try (or the reveal) is the one that counts the exercise.
                boolean first = !countedStored;
                countedStored = true;
                learning.store().progress().recordAttempt(generator.id(), a, first, learning.now());
                learning.store().save();
                showStreak();
            }

            @Override
            public void finished(ExerciseAttempt a) {
                HTMLElement next = root.querySelector("[data-action=new]");
                if (next != null) {
                    next.focus();
                }
            }
        });
        // A resumed attempt that was already counted must not be counted again.
        countedStored = attempt.counted();
        HTMLElement fresh = UiBits.button("New exercise", null);
        fresh.setAttribute("data-action", "new");
        fresh.addEventListener("click", e -> fresh());
        panel.actions().appendChild(fresh);
        root.appendChild(panel.element());
        streak = Dom.el("p", "card-count");
        streak.setAttribute("data-streak", "true");
        root.appendChild(streak);
        if (generator.lab() != null) {
            root.appendChild(UiBits.paragraphWithLink("See the idea move: ", "#/lab/" + generator.lab(),
                    "open the " + generator.lab() + " lab"));
        }
        root.appendChild(UiBits.paragraphWithLink("For a class: ", "#/sheet/" + generator.id() + "?from=1&to=10",
                "a printable sheet of 10 with the answer key"));
        root.appendChild(new dev.kappa.web.EmbedPanel("exercise-" + generator.id(), () -> "#/exercise/"
                + generator.id() + "?seed=" + seed, () -> "exercise: " + generator.title(), 560).element());
        container.appendChild(root);
        showStreak();
        panel.focusFirst();
    }

    @Override
    public void unmount() {
        root = null;
    }

    private void fresh() {
        long next = Seeds.fresh();
        setHash("#/exercise/" + generator.id() + "?seed=" + next);
    }

    private void showStreak() {
        ExerciseRecord r = learning.store().progress().exercises().get(generator.id());
        streak.setTextContent(r == null || r.attempts() == 0 ? "No attempts yet at this kind of exercise."
                : "Streak: " + r.streak() + " right at the first try in a row (best " + r.bestStreak() + "); "
                        + r.correct() + " of " + r.attempts() + " exercises right.");
    }

    @JSBody(params = {"id", "seed"}, script = "history.replaceState(history.state, '', '#/exercise/' + id + '?seed=' + seed);")
    private static native void replaceUrl(String id, double seed);

    private static void replaceUrl(String id, long seed) {
        replaceUrl(id, (double) seed);
    }

    @JSBody(params = "hash", script = "location.hash = hash;")
    private static native void setHash(String hash);
}
