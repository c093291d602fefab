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
    /** Seeds are whole numbers below 10¹⁵: exact in a JavaScript number and short enough to read. */
    private static final long MAX_SEED = 999_999_999_999_999L;

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
        container.appendChild(root);
        showStreak();
        panel.focusFirst();
    }

    @Override
    public void unmount() {
        root = null;
    }

    private void fresh() {
        long next = freshSeed();
        setHash("#/exercise/" + generator.id() + "?seed=" + next);
    }

    private void showStreak() {
        ExerciseRecord r = learning.store().progress().exercises().get(generator.id());
        streak.setTextContent(r == null || r.attempts() == 0 ? "No attempts yet at this kind of exercise."
                : "Streak: " + r.streak() + " right at the first try in a row (best " + r.bestStreak() + "); "
                        + r.correct() + " of " + r.attempts() + " exercises right.");
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
