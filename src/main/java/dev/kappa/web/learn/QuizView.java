package dev.kappa.web.learn;

import dev.kappa.learn.Answer;
import dev.kappa.learn.Deck;
import dev.kappa.learn.NumberText;
import dev.kappa.learn.Question;
import dev.kappa.learn.QuestionKind;
import dev.kappa.learn.Quiz;
import dev.kappa.learn.QuizAttempt;
import dev.kappa.learn.QuizRecord;
import dev.kappa.learn.Verdict;
import dev.kappa.web.Dom;
import dev.kappa.web.View;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * A quiz ({@code #/quiz/<id>}), one question at a time: choose or type, check, read the
 * explanation, go on. Each attempt has a seed ({@link QuizAttempt}) that shuffles every question's
 * options, so where the right option sits tells nothing; the attempt is saved after every answer,
 * so leaving and coming back resumes it in the same order, and a finished attempt can be reviewed
 * as it was seen. Every answer goes through learn-core's grader, so unreadable input gets a message
 * and another try, not a lost point. {@code ?seed=n} fixes the seed of a new attempt.
 */
public final class QuizView implements View {
    private final Learning learning;
    private final Quiz quiz;
    private final long requestedSeed;
    private QuizAttempt attempt;
    private int index;
    private boolean checked;
    private HTMLElement root;
    private HTMLElement stage;

    public QuizView(Learning learning, Quiz quiz, String seedParam) {
        this.learning = learning;
        this.quiz = quiz;
        this.requestedSeed = Seeds.parse(seedParam);
    }

    @Override
    public String title() {
        return quiz.title() + " — quiz — Kappa";
    }

    @Override
    public void mount(HTMLElement container) {
        root = Dom.el("section", "learn quiz-view");
        root.setAttribute("data-view", "quiz");
        root.setAttribute("data-quiz", quiz.id());
        root.appendChild(Dom.focusableHeading("h1", quiz.title()));
        if (!quiz.summary().isEmpty()) {
            root.appendChild(UiBits.trusted("div", "lede", quiz.summary()));
        }
        QuizRecord best = learning.store().progress().quizzes().get(quiz.id());
        if (best != null) {
            root.appendChild(Dom.text("p", "card-count", "Your best so far: " + best.best() + " of " + best.total()
                    + " (" + best.attempts() + (best.attempts() == 1 ? " attempt)." : " attempts).")));
        }
        HTMLElement notice = Dom.el("div", "quiz-notice");
        root.appendChild(notice);
        stage = Dom.el("div", "quiz-stage");
        root.appendChild(stage);
        root.appendChild(new dev.kappa.web.EmbedPanel("quiz-" + quiz.id(), () -> "#/quiz/" + quiz.id(),
                () -> "quiz: " + quiz.title(), 520).element());
        container.appendChild(root);
        if (quiz.questions().isEmpty()) {
            stage.appendChild(Dom.text("p", "notice info", "This quiz has no questions yet."));
            return;
        }
        QuizAttempt stored = learning.store().progress().quizAttempts().get(quiz.id());
        if (stored != null && !stored.finished() && !stored.answers().isEmpty() && requestedSeed < 0) {
            attempt = stored;
            index = attempt.nextUnanswered(quiz);
            if (index < 0) {
                showScore();
                return;
            }
            HTMLElement p = Dom.text("p", "notice info", "ℹ You left this quiz at question " + (index + 1) + " of "
                    + quiz.questions().size() + "; it continues where you were, with the options in the same order. ");
            p.setAttribute("data-resumed", "true");
            HTMLElement over = UiBits.button("Start over", null);
            over.setAttribute("data-action", "start-over");
            over.addEventListener("click", e -> {
                notice.clear();
                startNew(-1, true);
            });
            p.appendChild(over);
            notice.appendChild(p);
            showQuestion(false);
            return;
        }
        if (stored != null && stored.finished()) {
            HTMLElement p = Dom.el("p", "notice info");
            p.appendChild(Dom.text("span", null, "Your last attempt scored " + stored.score(quiz) + " of "
                    + quiz.questions().size() + ". "));
            HTMLElement review = UiBits.button("Review it as you saw it", null);
            review.setAttribute("data-action", "review-last");
            review.addEventListener("click", e -> {
                notice.clear();
                showReview(stored, true);
            });
            p.appendChild(review);
            notice.appendChild(p);
        }
        startNew(requestedSeed, false);
    }

    @Override
    public void unmount() {
        root = null;
    }

    /** A new attempt with {@code seed}, or a fresh random one when it is negative; stored at its first answer. */
    private void startNew(long seed, boolean focus) {
        attempt = new QuizAttempt(quiz.id(), seed >= 0 ? seed : Seeds.fresh(), learning.now());
        index = 0;
        showQuestion(focus);
    }

    private Question question() {
        return quiz.questions().get(index);
    }

    private String inputName() {
        return "q-" + question().id();
    }

    private void showQuestion(boolean focus) {
        checked = false;
        Question q = question();
        stage.clear();
        stage.setAttribute("data-seed", String.valueOf(attempt.seed()));
        stage.appendChild(Dom.text("p", "card-count", "Question " + (index + 1) + " of " + quiz.questions().size()));
        HTMLElement box = Dom.el("div", "question-box");
        box.setAttribute("data-question", q.id());
        box.setAttribute("data-kind", q.kind().word());
        HTMLElement first;
        if (q.kind() == QuestionKind.NUMERIC) {
            String promptId = "prompt-" + q.id();
            HTMLElement prompt = UiBits.trusted("div", "prompt", q.prompt().text());
            prompt.setAttribute("id", promptId);
            box.appendChild(prompt);
            HTMLElement row = Dom.el("div", "answer-row");
            String inputId = "answer-" + q.id();
            HTMLElement label = Dom.text("label", null, "Your answer");
            label.setAttribute("for", inputId);
            row.appendChild(label);
            HTMLElement input = UiBits.answerBox(inputId, promptId + " feedback-" + q.id(), this::onCheckOrNext);
            input.setAttribute("inputmode", "decimal");
            input.setAttribute("data-answer", "true");
            row.appendChild(input);
            box.appendChild(row);
            box.appendChild(Dom.text("p", "kbd-hint", Tolerances.describe(q.answer())));
            first = input;
        } else {
            HTMLElement fieldset = Dom.el("fieldset");
            HTMLElement legend = UiBits.trusted("legend", "prompt", q.prompt().text());
            fieldset.appendChild(legend);
            if (q.kind() == QuestionKind.MULTIPLE) {
                fieldset.appendChild(Dom.text("p", "kbd-hint", "Choose every right answer."));
            }
            HTMLElement options = Dom.el("div", "options");
            String type = q.kind() == QuestionKind.MULTIPLE ? "checkbox" : "radio";
            String[] shown = shownHtml(q, attempt);
            for (int i = 0; i < shown.length; i++) {
                options.appendChild(option(type, i, shown[i]));
            }
            fieldset.appendChild(options);
            box.appendChild(fieldset);
            first = options.querySelector("input");
        }
        HTMLElement feedback = UiBits.live("feedback");
        feedback.setAttribute("id", "feedback-" + q.id());
        box.appendChild(feedback);
        HTMLElement actions = Dom.el("div", "card-controls");
        HTMLElement check = UiBits.button("Check answer", "primary");
        check.setAttribute("data-action", "check");
        check.addEventListener("click", e -> onCheckOrNext());
        actions.appendChild(check);
        box.appendChild(actions);
        stage.appendChild(box);
        if (focus) {
            first.focus();
        }
    }

    /** The options' HTML in the order this attempt shows them (true/false always True, False). */
    private static String[] shownHtml(Question q, QuizAttempt a) {
        if (q.kind() == QuestionKind.TRUEFALSE) {
            return new String[] {TRUE_HTML, FALSE_HTML};
        }
        int[] order = a.order(q);
        String[] out = new String[order.length];
        for (int i = 0; i < order.length; i++) {
            out[i] = q.options().get(order[i]).text().text();
        }
        return out;
    }

    private HTMLElement option(String type, int i, String html) {
        HTMLElement label = Dom.el("label", "option");
        HTMLElement input = Dom.el("input");
        input.setAttribute("type", type);
        input.setAttribute("name", inputName());
        input.setAttribute("value", String.valueOf(i));
        input.setAttribute("data-option", String.valueOf(i));
        label.appendChild(input);
        label.appendChild(UiBits.trusted("span", "option-text", html));
        return label;
    }

    private void onCheckOrNext() {
        if (checked) {
            next();
        } else {
            check();
        }
    }

    private void check() {
        Question q = question();
        HTMLElement feedback = stage.querySelector(".feedback");
        String typed;
        if (q.kind() == QuestionKind.NUMERIC) {
            typed = ((HTMLInputElement) stage.querySelector("[data-answer]")).getValue();
        } else {
            typed = chosen(q);
            if (typed.isEmpty()) {
                showMalformed(feedback, q.kind() == QuestionKind.MULTIPLE ? "Choose at least one option, then check."
                        : "Choose an option, then check.");
                return;
            }
        }
        Verdict v = attempt.answer(q, typed);
        if (!v.wellFormed()) {
            showMalformed(feedback, v.message());
            HTMLElement input = stage.querySelector("[data-answer]");
            if (input != null) {
                input.focus();
            }
            return;
        }
        checked = true;
        learning.store().progress().quizAttempts().put(quiz.id(), attempt);
        learning.store().save();
        lock(q);
        feedback.clear();
        feedback.setClassName("feedback " + (v.correct() ? "right" : "wrong"));
        feedback.setAttribute("data-verdict", v.correct() ? "right" : "wrong");
        feedback.appendChild(Dom.text("p", "verdict", (v.correct() ? "✓ " : "✗ ") + v.message()));
        if (!v.correct()) {
            HTMLElement p = Dom.el("p");
            p.appendChild(Dom.text("span", null, "The right answer: "));
            p.appendChild(UiBits.trusted("span", null, rightAnswerHtml(q)));
            feedback.appendChild(p);
        }
        feedback.appendChild(UiBits.trusted("div", "explanation", q.explanation().text()));
        HTMLElement button = stage.querySelector("[data-action=check]");
        button.setAttribute("data-action", "next");
        button.setTextContent(index + 1 < quiz.questions().size() ? "Next question" : "See your score");
        button.focus();
    }

    private void showMalformed(HTMLElement feedback, String message) {
        feedback.clear();
        feedback.setClassName("feedback malformed");
        feedback.setAttribute("data-verdict", "malformed");
        feedback.appendChild(Dom.text("p", null, "⚠ " + message));
    }

    /** The selection in the grader's notation, by shown position: a 1-based number, letters "a, c", or true/false. */
    private String chosen(Question q) {
        StringBuilder sb = new StringBuilder();
        int count = q.kind() == QuestionKind.TRUEFALSE ? 2 : q.options().size();
        for (int i = 0; i < count; i++) {
            if (isChecked(i)) {
                if (q.kind() == QuestionKind.TRUEFALSE) {
                    return i == 0 ? "true" : "false";
                }
                if (q.kind() == QuestionKind.SINGLE) {
                    return String.valueOf(i + 1);
                }
                sb.append(sb.length() == 0 ? "" : ", ").append((char) ('a' + i));
            }
        }
        return sb.toString();
    }

    private boolean isChecked(int i) {
        HTMLInputElement input = (HTMLInputElement) stage.querySelector("input[data-option='" + i + "']");
        return input != null && input.isChecked();
    }

    /** Build-time HTML of the expected answer (the right options' texts, or a formatted number). */
    static String rightAnswerHtml(Question q) {
        switch (q.kind()) {
            case NUMERIC:
                return NumberText.format(q.numericAnswer());
            case TRUEFALSE:
                return q.truth() ? TRUE_HTML : FALSE_HTML;
            default: {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < q.options().size(); i++) {
                    if (q.options().get(i).correct()) {
                        sb.append(sb.length() == 0 ? "" : "; ").append(q.options().get(i).text().text());
                    }
                }
                return sb.toString();
            }
        }
    }

    /** Which shown options are right, for marking (true/false: True is shown first). */
    private static boolean[] shownRight(Question q, QuizAttempt a) {
        if (q.kind() == QuestionKind.TRUEFALSE) {
            return new boolean[] {q.truth(), !q.truth()};
        }
        if (q.kind() == QuestionKind.NUMERIC) {
            return new boolean[0];
        }
        Answer key = a.shownKey(q);
        boolean[] right = new boolean[q.options().size()];
        if (key.kind() == Answer.Kind.CHOICE) {
            right[key.choice()] = true;
            return right;
        }
        return key.choices();
    }

    /** Disables the inputs and marks each option right or chosen-wrong in words, not colour alone. */
    private void lock(Question q) {
        boolean[] right = shownRight(q, attempt);
        for (int i = 0; i < right.length; i++) {
            HTMLInputElement input = (HTMLInputElement) stage.querySelector("input[data-option='" + i + "']");
            input.setDisabled(true);
            mark((HTMLElement) input.getParentNode(), right[i], input.isChecked());
        }
        HTMLInputElement typed = (HTMLInputElement) stage.querySelector("[data-answer]");
        if (typed != null) {
            typed.setReadOnly(true);
        }
    }

    private static void mark(HTMLElement label, boolean right, boolean chosen) {
        if (right) {
            label.setClassName("option is-right");
            label.appendChild(Dom.text("span", "option-mark", chosen ? "✓ right, your choice" : "✓ right"));
        } else if (chosen) {
            label.setClassName("option is-wrong");
            label.appendChild(Dom.text("span", "option-mark", "✗ your choice"));
        }
    }

    private void next() {
        if (index + 1 < quiz.questions().size()) {
            index++;
            showQuestion(true);
        } else {
            showScore();
        }
    }

    private void showScore() {
        int n = quiz.questions().size();
        int score = attempt.score(quiz);
        QuizRecord before = learning.store().progress().quizzes().get(quiz.id());
        QuizRecord after = learning.store().progress().recordQuiz(quiz.id(), score, n, learning.now());
        attempt.finish();
        learning.store().progress().quizAttempts().put(quiz.id(), attempt);
        boolean saved = learning.store().save();
        HostEvents.post("completed", "quiz/" + quiz.id(), (double) score / n, score == n);
        stage.clear();
        HTMLElement box = Dom.el("div", "session-summary");
        box.setAttribute("data-score", score + "/" + n);
        HTMLElement h = Dom.text("h2", null, "Your score");
        h.setAttribute("tabindex", "-1");
        box.appendChild(h);
        box.appendChild(Dom.text("p", "score", score + " of " + n + (score == n ? " — all right!" : "")));
        boolean newBest = before == null || (double) score / n > before.fraction();
        box.appendChild(Dom.text("p", null, (newBest ? "A new best score" : "Your best stays " + after.best() + " of "
                + after.total()) + (saved ? ", saved." : " (not saved: see the message above).")));
        if (score < n) {
            box.appendChild(Dom.text("h3", null, "Review what you missed"));
            box.appendChild(reviewList(attempt, false));
        }
        HTMLElement actions = Dom.el("div", "card-controls");
        HTMLElement retake = UiBits.button("Take the quiz again", "primary");
        retake.setAttribute("data-action", "retake");
        retake.addEventListener("click", e -> startNew(-1, true));
        actions.appendChild(retake);
        for (Deck d : learning.content().decks()) {
            if (d.topic().equals(quiz.topic())) {
                actions.appendChild(Dom.link("#/cards/" + d.id(), "Review the cards: " + d.title()));
                break;
            }
        }
        actions.appendChild(Dom.link("#/", "Back to the topic map"));
        box.appendChild(actions);
        stage.appendChild(box);
        h.focus();
    }

    /** A finished attempt, every question with its options in the order that attempt showed them. */
    private void showReview(QuizAttempt done, boolean all) {
        stage.clear();
        HTMLElement box = Dom.el("div", "session-summary");
        box.setAttribute("data-review", "true");
        HTMLElement h = Dom.text("h2", null, "Your last attempt: " + done.score(quiz) + " of " + quiz.questions().size());
        h.setAttribute("tabindex", "-1");
        box.appendChild(h);
        box.appendChild(reviewList(done, all));
        HTMLElement start = UiBits.button("Start a new attempt", "primary");
        start.setAttribute("data-action", "retake");
        start.addEventListener("click", e -> startNew(-1, true));
        box.appendChild(start);
        stage.appendChild(box);
        h.focus();
    }

    private HTMLElement reviewList(QuizAttempt a, boolean all) {
        HTMLElement list = Dom.el("ol", "missed");
        for (Question q : quiz.questions()) {
            QuizAttempt.Given g = a.given(q);
            if (all || g == null || !g.correct()) {
                list.appendChild(reviewed(q, a, g));
            }
        }
        return list;
    }

    private static HTMLElement reviewed(Question q, QuizAttempt a, QuizAttempt.Given g) {
        HTMLElement li = Dom.el("li");
        li.setAttribute(g != null && g.correct() ? "data-right" : "data-missed", q.id());
        li.appendChild(UiBits.trusted("div", "prompt", q.prompt().text()));
        if (q.kind() == QuestionKind.NUMERIC) {
            HTMLElement yours = Dom.el("p");
            yours.appendChild(Dom.text("span", null, (g != null && g.correct() ? "✓" : "✗") + " You answered: "));
            yours.appendChild(Dom.text("span", "mono", g == null ? "(nothing)" : g.given()));
            li.appendChild(yours);
            HTMLElement correct = Dom.el("p");
            correct.appendChild(Dom.text("span", null, "✓ Right answer: "));
            correct.appendChild(Dom.text("span", null, NumberText.format(q.numericAnswer())));
            li.appendChild(correct);
        } else {
            HTMLElement options = Dom.el("ol", "review-options");
            options.setAttribute("type", "a");
            String[] shown = shownHtml(q, a);
            boolean[] right = shownRight(q, a);
            boolean[] chosen = chosenShown(q, a, g);
            for (int i = 0; i < shown.length; i++) {
                HTMLElement item = Dom.el("li", "option");
                item.setAttribute("data-shown", String.valueOf(i));
                item.appendChild(UiBits.trusted("span", "option-text", shown[i]));
                mark(item, right[i], chosen[i]);
                options.appendChild(item);
            }
            li.appendChild(options);
        }
        li.appendChild(UiBits.trusted("div", "explanation", q.explanation().text()));
        return li;
    }

    /** Which shown options a stored answer chose. */
    private static boolean[] chosenShown(Question q, QuizAttempt a, QuizAttempt.Given g) {
        if (q.kind() == QuestionKind.TRUEFALSE) {
            boolean saidTrue = g != null && g.given().equals("true");
            return new boolean[] {g != null && saidTrue, g != null && !saidTrue};
        }
        boolean[] authored = QuizAttempt.pickedAuthored(q, g);
        int[] order = a.order(q);
        boolean[] shown = new boolean[order.length];
        for (int i = 0; i < order.length; i++) {
            shown[i] = authored[order[i]];
        }
        return shown;
    }

    private static final String TRUE_HTML = "True";
    private static final String FALSE_HTML = "False";
}
