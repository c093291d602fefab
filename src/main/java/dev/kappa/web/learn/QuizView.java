package dev.kappa.web.learn;

import dev.kappa.learn.Deck;
import dev.kappa.learn.Grader;
import dev.kappa.learn.NumberText;
import dev.kappa.learn.Option;
import dev.kappa.learn.Question;
import dev.kappa.learn.QuestionKind;
import dev.kappa.learn.Quiz;
import dev.kappa.learn.QuizRecord;
import dev.kappa.learn.Verdict;
import dev.kappa.web.Dom;
import dev.kappa.web.View;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * A quiz ({@code #/quiz/<id>}), one question at a time: choose or type, check, read the
 * explanation, go on. Every answer goes through learn-core's {@link Grader}, so a numeric answer
 * is judged with the question's tolerance and unreadable input gets the grader's message and
 * another try, not a lost point. The end shows the score, the best score (saved) and a review of
 * the missed questions.
 */
public final class QuizView implements View {
    private final Learning learning;
    private final Quiz quiz;
    private final boolean[] right;
    /** What the learner answered, as HTML for choices (content options, trusted) or null for typed input. */
    private final String[] givenHtml;
    /** What the learner typed (numeric), shown back as text only. */
    private final String[] givenText;
    private int index;
    private boolean checked;
    private HTMLElement root;
    private HTMLElement stage;

    public QuizView(Learning learning, Quiz quiz) {
        this.learning = learning;
        this.quiz = quiz;
        int n = quiz.questions().size();
        this.right = new boolean[n];
        this.givenHtml = new String[n];
        this.givenText = new String[n];
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
        stage = Dom.el("div", "quiz-stage");
        root.appendChild(stage);
        container.appendChild(root);
        if (quiz.questions().isEmpty()) {
            stage.appendChild(Dom.text("p", "notice info", "This quiz has no questions yet."));
            return;
        }
        showQuestion(false);
    }

    @Override
    public void unmount() {
        root = null;
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
            HTMLElement input = Dom.el("input");
            input.setAttribute("type", "text");
            input.setAttribute("id", inputId);
            input.setAttribute("inputmode", "decimal");
            input.setAttribute("autocomplete", "off");
            input.setAttribute("spellcheck", "false");
            input.setAttribute("data-answer", "true");
            input.setAttribute("aria-describedby", promptId + " feedback-" + q.id());
            input.addEventListener("keydown", e -> {
                if ("Enter".equals(((org.teavm.jso.dom.events.KeyboardEvent) e).getKey())) {
                    e.preventDefault();
                    onCheckOrNext();
                }
            });
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
            if (q.kind() == QuestionKind.TRUEFALSE) {
                options.appendChild(option(type, 0, RichTextless.TRUE_HTML));
                options.appendChild(option(type, 1, RichTextless.FALSE_HTML));
            } else {
                for (int i = 0; i < q.options().size(); i++) {
                    options.appendChild(option(type, i, q.options().get(i).text().text()));
                }
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
        Verdict v = Grader.grade(q.answer(), typed);
        if (!v.wellFormed()) {
            showMalformed(feedback, v.message());
            HTMLElement input = stage.querySelector("[data-answer]");
            if (input != null) {
                input.focus();
            }
            return;
        }
        checked = true;
        right[index] = v.correct();
        if (q.kind() == QuestionKind.NUMERIC) {
            givenText[index] = typed;
        } else {
            givenHtml[index] = chosenHtml(q);
        }
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

    /** The selection in the grader's notation: a 1-based number, letters "a, c", or true/false. */
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

    private String chosenHtml(Question q) {
        if (q.kind() == QuestionKind.TRUEFALSE) {
            return isChecked(0) ? RichTextless.TRUE_HTML : RichTextless.FALSE_HTML;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < q.options().size(); i++) {
            if (isChecked(i)) {
                sb.append(sb.length() == 0 ? "" : "; ").append(q.options().get(i).text().text());
            }
        }
        return sb.toString();
    }

    /** Build-time HTML of the expected answer (option texts, or a formatted number). */
    private static String rightAnswerHtml(Question q) {
        switch (q.kind()) {
            case NUMERIC:
                return NumberText.format(q.numericAnswer());
            case TRUEFALSE:
                return q.truth() ? RichTextless.TRUE_HTML : RichTextless.FALSE_HTML;
            default: {
                StringBuilder sb = new StringBuilder();
                for (Option o : q.options()) {
                    if (o.correct()) {
                        sb.append(sb.length() == 0 ? "" : "; ").append(o.text().text());
                    }
                }
                return sb.toString();
            }
        }
    }

    /** Disables the inputs and marks each option right or chosen-wrong in words, not colour alone. */
    private void lock(Question q) {
        int count = q.kind() == QuestionKind.TRUEFALSE ? 2 : q.options().size();
        for (int i = 0; i < count; i++) {
            HTMLInputElement input = (HTMLInputElement) stage.querySelector("input[data-option='" + i + "']");
            input.setDisabled(true);
            boolean isRight = q.kind() == QuestionKind.TRUEFALSE ? (i == 0) == q.truth() : q.options().get(i).correct();
            HTMLElement label = (HTMLElement) input.getParentNode();
            if (isRight) {
                label.setClassName("option is-right");
                label.appendChild(Dom.text("span", "option-mark", "✓ right"));
            } else if (input.isChecked()) {
                label.setClassName("option is-wrong");
                label.appendChild(Dom.text("span", "option-mark", "✗ your choice"));
            }
        }
        HTMLInputElement typed = (HTMLInputElement) stage.querySelector("[data-answer]");
        if (typed != null) {
            typed.setReadOnly(true);
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
        int score = 0;
        for (boolean r : right) {
            score += r ? 1 : 0;
        }
        QuizRecord before = learning.store().progress().quizzes().get(quiz.id());
        QuizRecord after = learning.store().progress().recordQuiz(quiz.id(), score, n, learning.now());
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
            HTMLElement list = Dom.el("ol", "missed");
            for (int i = 0; i < n; i++) {
                if (!right[i]) {
                    list.appendChild(missed(i));
                }
            }
            box.appendChild(list);
        }
        HTMLElement actions = Dom.el("div", "card-controls");
        HTMLElement retake = UiBits.button("Take the quiz again", "primary");
        retake.setAttribute("data-action", "retake");
        retake.addEventListener("click", e -> retake());
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

    private HTMLElement missed(int i) {
        Question q = quiz.questions().get(i);
        HTMLElement li = Dom.el("li");
        li.setAttribute("data-missed", q.id());
        li.appendChild(UiBits.trusted("div", "prompt", q.prompt().text()));
        HTMLElement yours = Dom.el("p");
        yours.appendChild(Dom.text("span", null, "✗ You answered: "));
        if (givenText[i] != null) {
            yours.appendChild(Dom.text("span", "mono", givenText[i]));
        } else {
            yours.appendChild(UiBits.trusted("span", null, givenHtml[i] == null ? "" : givenHtml[i]));
        }
        li.appendChild(yours);
        HTMLElement correct = Dom.el("p");
        correct.appendChild(Dom.text("span", null, "✓ Right answer: "));
        correct.appendChild(UiBits.trusted("span", null, rightAnswerHtml(q)));
        li.appendChild(correct);
        li.appendChild(UiBits.trusted("div", "explanation", q.explanation().text()));
        return li;
    }

    private void retake() {
        for (int i = 0; i < right.length; i++) {
            right[i] = false;
            givenHtml[i] = null;
            givenText[i] = null;
        }
        index = 0;
        showQuestion(true);
    }

    /** Fixed HTML for the two true/false options (no content involved). */
    private static final class RichTextless {
        static final String TRUE_HTML = "True";
        static final String FALSE_HTML = "False";
    }
}
