package dev.kappa.web.learn;

import dev.kappa.learn.Card;
import dev.kappa.learn.CardState;
import dev.kappa.learn.Deck;
import dev.kappa.learn.Exercise;
import dev.kappa.learn.ExerciseAttempt;
import dev.kappa.learn.ExerciseCards;
import dev.kappa.learn.ExerciseGenerator;
import dev.kappa.learn.Grade;
import dev.kappa.learn.ReviewEntry;
import dev.kappa.learn.exercise.Catalogue;
import dev.kappa.learn.Progress;
import dev.kappa.learn.ReviewQueue;
import dev.kappa.learn.Quiz;
import dev.kappa.learn.ReviewState;
import dev.kappa.web.Dom;
import dev.kappa.web.View;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.events.Registration;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Flashcard review of one deck ({@code #/cards/<deck>}): due cards first (earliest due first),
 * then new ones in authored order. Space or Enter shows the answer; 1–4 grade Again, Hard, Good,
 * Easy (also buttons, each naming the interval FSRS would give). A cloze card shows its sentence
 * with gaps and fills them in. An exercise card draws a fresh exercise at every review
 * ({@link ExercisePanel}); the grader's verdict on the first try and the time it took give the grade
 * ({@link ExerciseCards}), logged with the seed and the answer. Progress is saved after every
 * grade. A card graded Again comes back later in the session, at most twice.
 */
public final class DeckView implements View {
    private static final String[] GRADE_NAMES = {"Again", "Hard", "Good", "Easy"};
    private static final int MAX_REPEATS = 2;

    private final Learning learning;
    private final Deck deck;
    private final List<Card> queue = new ArrayList<>();
    private final int[] repeats;
    private final int[] gradeCounts = new int[4];
    private int position;
    private int reviewed;
    private boolean flipped;
    /** The exercise card on show has been graded: only "Next card" is left. */
    private boolean exerciseDone;
    private long shownAt;
    private HTMLElement root;
    private HTMLElement stage;
    private HTMLElement status;
    private Registration keys;

    public DeckView(Learning learning, Deck deck) {
        this.learning = learning;
        this.deck = deck;
        this.repeats = new int[deck.cards().size()];
    }

    @Override
    public String title() {
        return deck.title() + " — flashcards — Kappa";
    }

    @Override
    public void mount(HTMLElement container) {
        root = Dom.el("section", "learn cards-view");
        root.setAttribute("data-view", "cards");
        root.setAttribute("data-deck", deck.id());
        root.appendChild(Dom.focusableHeading("h1", deck.title()));
        if (!deck.summary().isEmpty()) {
            root.appendChild(UiBits.trusted("div", "lede", deck.summary()));
        }
        stage = Dom.el("div", "card-stage");
        root.appendChild(stage);
        status = UiBits.live("learn-status");
        root.appendChild(status);
        boolean exercises = false;
        boolean flashcards = false;
        for (Card c : deck.cards()) {
            exercises |= c.kind() == Card.Kind.EXERCISE;
            flashcards |= c.kind() != Card.Kind.EXERCISE;
        }
        root.appendChild(Dom.text("p", "kbd-hint", (flashcards ? "Keyboard: Space or Enter shows the answer; then 1 "
                + "Again, 2 Hard, 3 Good, 4 Easy. " : "") + (exercises ? "Exercise cards are graded by the checker: "
                + "right at the first try is Good (Easy if quick, Hard if slow), wrong is Again." : "")));
        root.appendChild(new dev.kappa.web.EmbedPanel("deck-" + deck.id(), () -> "#/cards/" + deck.id(),
                () -> "flashcards: " + deck.title(), 420).element());
        container.appendChild(root);
        buildQueue(false);
        keys = Dom.document().onEvent("keydown", e -> onKey((KeyboardEvent) e));
        if (queue.isEmpty()) {
            showNothingDue();
        } else {
            showCard(false);
        }
    }

    @Override
    public void unmount() {
        if (keys != null) {
            keys.dispose();
            keys = null;
        }
        root = null;
    }

    private void buildQueue(boolean everything) {
        queue.clear();
        position = 0;
        List<String> ids = new ArrayList<>();
        for (Card c : deck.cards()) {
            ids.add(c.id());
        }
        // Earliest due first (a card overdue longest is the one most at risk of being forgotten), then new ones.
        for (String id : ReviewQueue.build(learning.store().progress(), deck.id(), ids, learning.now(),
                Integer.MAX_VALUE, everything)) {
            queue.add(deck.cards().get(ids.indexOf(id)));
        }
    }

    private CardState state(Card c, long now) {
        return learning.store().progress().card(deck.id(), c.id(), now);
    }

    private void onKey(KeyboardEvent e) {
        if (root == null || Keys.modified(e) || Keys.inField(e) || position >= queue.size()
                || queue.get(position).kind() == Card.Kind.EXERCISE) {
            return;
        }
        if (!flipped && Keys.isSpaceOrEnter(e)) {
            if (Keys.onActivatable(e)) {
                return; // the focused button or link handles its own activation
            }
            e.preventDefault();
            flip();
        } else if (flipped && Keys.digit(e) > 0) {
            e.preventDefault();
            grade(Grade.of(Keys.digit(e)));
        }
    }

    private void showCard(boolean focus) {
        flipped = false;
        Card card = queue.get(position);
        stage.clear();
        stage.appendChild(Dom.text("p", "card-count", "Card " + (position + 1) + " of " + queue.size()
                + (isNew(card) ? " · new" : " · due")));
        if (card.kind() == Card.Kind.EXERCISE) {
            showExercise(card, focus);
            return;
        }
        HTMLElement face = Dom.el("article", "flashcard");
        face.setAttribute("data-card", card.id());
        face.setAttribute("data-side", "front");
        face.setAttribute("aria-label", "Flashcard");
        face.setAttribute("data-kind", card.kind().word());
        face.appendChild(Dom.text("h2", "face-label", card.kind() == Card.Kind.CLOZE ? "Fill the gaps" : "Question"));
        face.appendChild(UiBits.trusted("div", "face front", card.front().text()));
        stage.appendChild(face);
        HTMLElement controls = Dom.el("div", "card-controls");
        HTMLElement show = UiBits.button("Show answer", "primary");
        show.setAttribute("data-action", "flip");
        show.setAttribute("aria-keyshortcuts", "Space Enter");
        show.addEventListener("click", e -> flip());
        controls.appendChild(show);
        stage.appendChild(controls);
        if (focus) {
            show.focus();
        }
    }

    /**
     * An exercise card: a fresh seed, the exercise drawn from it, and the grade from the grader and
     * the clock once the first try (or the solution) counts.
     */
    private void showExercise(Card card, boolean focus) {
        exerciseDone = false;
        ExerciseGenerator generator = Catalogue.byId(card.exercise());
        HTMLElement face = Dom.el("article", "flashcard exercise-card");
        face.setAttribute("data-card", card.id());
        face.setAttribute("data-kind", "exercise");
        face.setAttribute("aria-label", "Exercise card");
        if (generator == null) {
            face.appendChild(Dom.text("p", "notice info", "This card names an exercise this version of Kappa does not "
                    + "have (" + card.exercise() + "); it is skipped."));
            stage.appendChild(face);
            stage.appendChild(nextButton(focus));
            return;
        }
        long seed = Seeds.fresh();
        Exercise exercise = generator.generate(seed);
        face.setAttribute("data-seed", String.valueOf(seed));
        face.appendChild(Dom.text("h2", "face-label", generator.title()));
        HTMLElement verdict = UiBits.live("exercise-grade");
        ExercisePanel panel = new ExercisePanel(exercise, new ExerciseAttempt(exercise), new ExercisePanel.Listener() {
            @Override
            public void counted(ExerciseAttempt a, String answer) {
                long now = learning.now();
                ReviewEntry entry = ExerciseCards.review(a, answer, now - shownAt, now);
                gradeExercise(card, entry, verdict);
            }

            @Override
            public void changed(ExerciseAttempt a) {
                // An exercise card's attempt lives only for this review; the card's schedule holds the result.
            }

            @Override
            public void finished(ExerciseAttempt a) {
                HTMLElement next = stage.querySelector("[data-action=next-card]");
                if (next != null) {
                    next.focus();
                }
            }
        });
        face.appendChild(panel.element());
        face.appendChild(verdict);
        stage.appendChild(face);
        shownAt = learning.now();
        panel.focusFirst();
    }

    private HTMLElement nextButton(boolean focus) {
        HTMLElement controls = Dom.el("div", "card-controls");
        HTMLElement next = UiBits.button(position + 1 < queue.size() ? "Next card" : "Finish", "primary");
        next.setAttribute("data-action", "next-card");
        next.addEventListener("click", e -> advance());
        controls.appendChild(next);
        if (focus) {
            next.focus();
        }
        return controls;
    }

    /** Schedules an exercise card by its review, logs it, and offers the next card. */
    private void gradeExercise(Card card, ReviewEntry entry, HTMLElement verdict) {
        if (exerciseDone) {
            return;
        }
        exerciseDone = true;
        CardState next = learning.store().progress().review(learning.fsrs(), deck.id(), card.id(), entry);
        boolean saved = learning.store().save();
        Grade g = entry.grade();
        counted(card, g);
        long now = learning.now();
        verdict.setAttribute("data-grade", String.valueOf(g.value()));
        verdict.appendChild(Dom.text("p", null, (entry.correct() ? "Right at the first try in " : "Not right at the first "
                + "try (") + Durations.taken(entry.tookMillis()) + (entry.correct() ? ": " : "): ")
                + GRADE_NAMES[g.value() - 1] + ". Next review of this kind of exercise in "
                + Durations.spoken(next.due() - now) + (saved ? "." : " (not saved).")));
        HTMLElement face = stage.querySelector(".exercise-card");
        face.appendChild(nextButton(false));
        status.setTextContent(GRADE_NAMES[g.value() - 1] + " from the grader: next review in "
                + Durations.spoken(next.due() - now) + ".");
    }

    private void advance() {
        position++;
        if (position < queue.size()) {
            showCard(true);
        } else {
            showSummary();
        }
    }

    private boolean isNew(Card card) {
        return !learning.store().progress().cards().containsKey(Progress.cardKey(deck.id(), card.id()));
    }

    private void flip() {
        if (flipped || position >= queue.size()) {
            return;
        }
        flipped = true;
        Card card = queue.get(position);
        HTMLElement face = stage.querySelector(".flashcard");
        face.setAttribute("data-side", "back");
        face.appendChild(Dom.text("h2", "face-label", "Answer"));
        face.appendChild(UiBits.trusted("div", "face back", card.back().text()));
        if (card.lab() != null) {
            face.appendChild(UiBits.paragraphWithLink("See it move: ", "#/lab/" + card.lab(), "open the " + card.lab()
                    + " lab"));
        }
        HTMLElement controls = stage.querySelector(".card-controls");
        controls.clear();
        HTMLElement group = Dom.el("div", "grade-buttons");
        group.setAttribute("role", "group");
        group.setAttribute("aria-label", "How well did you recall it?");
        long now = learning.now();
        CardState current = state(card, now);
        HTMLElement good = null;
        for (int g = 1; g <= 4; g++) {
            Grade grade = Grade.of(g);
            long wait = learning.fsrs().review(current, grade, now).due() - now;
            HTMLElement b = Dom.el("button", "grade grade-" + g);
            b.setAttribute("type", "button");
            b.setAttribute("data-grade", String.valueOf(g));
            b.setAttribute("aria-keyshortcuts", String.valueOf(g));
            b.setAttribute("aria-label", GRADE_NAMES[g - 1] + ", next review in " + Durations.spoken(wait)
                    + " (key " + g + ")");
            b.appendChild(Dom.text("span", "grade-key", String.valueOf(g)));
            b.appendChild(Dom.text("span", "grade-name", GRADE_NAMES[g - 1]));
            b.appendChild(Dom.text("span", "grade-interval", Durations.of(wait)));
            b.addEventListener("click", e -> grade(grade));
            group.appendChild(b);
            if (g == 3) {
                good = b;
            }
        }
        controls.appendChild(group);
        status.setTextContent("Answer shown. Grade your recall with 1 to 4.");
        good.focus();
    }

    /** Counts a graded card for the summary; a card graded Again comes back later, at most twice. */
    private void counted(Card card, Grade g) {
        reviewed++;
        gradeCounts[g.value() - 1]++;
        int index = deck.cards().indexOf(card);
        if (g == Grade.AGAIN && repeats[index] < MAX_REPEATS) {
            repeats[index]++;
            queue.add(card);
        }
    }

    private void grade(Grade g) {
        if (!flipped || position >= queue.size()) {
            return;
        }
        Card card = queue.get(position);
        long now = learning.now();
        CardState next = learning.store().progress().review(learning.fsrs(), deck.id(), card.id(), g, now);
        boolean saved = learning.store().save();
        counted(card, g);
        position++;
        status.setTextContent(GRADE_NAMES[g.value() - 1] + ": next review in " + Durations.spoken(next.due() - now)
                + (saved ? "." : " (not saved)."));
        if (position < queue.size()) {
            showCard(true);
        } else {
            showSummary();
        }
    }

    private void showNothingDue() {
        stage.clear();
        long now = learning.now();
        long next = Long.MAX_VALUE;
        for (Card c : deck.cards()) {
            next = Math.min(next, state(c, now).due());
        }
        HTMLElement box = Dom.el("div", "notice info");
        box.setAttribute("data-nothing-due", "true");
        box.appendChild(Dom.text("p", null, "✓ Nothing is due in this deck right now."
                + (next == Long.MAX_VALUE ? "" : " The next card is due in " + Durations.spoken(next - now) + ".")));
        HTMLElement again = UiBits.button("Practise all " + deck.cards().size() + " cards anyway", null);
        again.setAttribute("data-action", "practise-all");
        again.addEventListener("click", e -> {
            buildQueue(true);
            showCard(true);
        });
        box.appendChild(again);
        box.appendChild(UiBits.paragraphWithLink("", "#/", "Back to the topic map"));
        stage.appendChild(box);
    }

    private void showSummary() {
        HostEvents.post("completed", "cards/" + deck.id(), reviewed == 0 ? 0 : 1 - (double) gradeCounts[0] / reviewed,
                true);
        stage.clear();
        long now = learning.now();
        HTMLElement box = Dom.el("div", "session-summary");
        box.setAttribute("data-summary", "true");
        HTMLElement h = Dom.text("h2", null, "Session complete");
        h.setAttribute("tabindex", "-1");
        box.appendChild(h);
        box.appendChild(Dom.text("p", null, "You reviewed " + reviewed + (reviewed == 1 ? " card" : " cards") + ": "
                + gradeCounts[0] + " Again, " + gradeCounts[1] + " Hard, " + gradeCounts[2] + " Good, "
                + gradeCounts[3] + " Easy."));
        int due = learning.store().progress().dueCount(deck, now);
        long next = Long.MAX_VALUE;
        int learningNow = 0;
        for (Card c : deck.cards()) {
            CardState s = state(c, now);
            next = Math.min(next, s.due());
            if (s.state() == ReviewState.LEARNING || s.state() == ReviewState.RELEARNING) {
                learningNow++;
            }
        }
        box.appendChild(Dom.text("p", null, due > 0 ? due + " cards are due again now."
                : "Next card due in " + Durations.spoken(Math.max(0, next - now)) + "."
                        + (learningNow > 0 ? " " + learningNow + (learningNow == 1 ? " card" : " cards")
                                + " you are still learning come back within minutes: open this deck again then."
                                : "")));
        HTMLElement actions = Dom.el("div", "card-controls");
        if (due > 0) {
            HTMLElement more = UiBits.button("Review the due cards", "primary");
            more.setAttribute("data-action", "review-more");
            more.addEventListener("click", e -> restart());
            actions.appendChild(more);
        }
        HTMLElement all = UiBits.button("Practise all " + deck.cards().size() + " cards", null);
        all.setAttribute("data-action", "practise-all");
        all.addEventListener("click", e -> {
            reviewed = 0;
            for (int i = 0; i < 4; i++) {
                gradeCounts[i] = 0;
            }
            buildQueue(true);
            showCard(true);
        });
        actions.appendChild(all);
        for (Quiz q : learning.content().quizzes()) {
            if (q.topic().equals(deck.topic())) {
                actions.appendChild(Dom.link("#/quiz/" + q.id(), "Take the quiz: " + q.title()));
                break;
            }
        }
        actions.appendChild(Dom.link("#/", "Back to the topic map"));
        box.appendChild(actions);
        stage.appendChild(box);
        h.focus();
    }

    private void restart() {
        reviewed = 0;
        for (int i = 0; i < 4; i++) {
            gradeCounts[i] = 0;
        }
        buildQueue(false);
        if (queue.isEmpty()) {
            showNothingDue();
        } else {
            showCard(true);
        }
    }
}
