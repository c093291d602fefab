package dev.kappa.web.learn;

import dev.kappa.learn.PredictionRecord;
import dev.kappa.learn.Question;
import dev.kappa.learn.QuestionKind;
import dev.kappa.learn.QuizAttempt;
import dev.kappa.learn.Verdict;
import dev.kappa.web.Dom;
import java.util.List;
import java.util.function.Consumer;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * "Predict, then reveal" on a lab page: the lab's prediction questions ({@code ### predict} in
 * {@code content/labs/<id>.md}, compiled into the content scripts) in a "Predict first" box. The learner
 * chooses an option or types a number; an answer the grader reads is graded and recorded in
 * progress ({@link dev.kappa.learn.Progress#recordPrediction}: the first prediction is the one kept),
 * then the question's {@code Reveal:} state is shown in the lab (as a preset click would, so the
 * address follows) with the verdict and the explanation. Input the grader cannot read ("abc") gets
 * its message and records nothing. A learner who predicted before sees that first prediction, its
 * verdict and the explanation, and can show the state again.
 *
 * <p>Options are shuffled once per lab (a fixed seed from the lab id), so where the right option
 * sits in the authored file tells nothing and a returning learner sees the same order; answers are
 * recorded in the authored numbering.
 */
public final class PredictionPanel {
    private final Learning learning;
    private final String labId;
    private final Question question;
    private final Consumer<String> reveal;
    /** Shown position → authored option index. */
    private final int[] order;
    private final HTMLElement box;
    private final HTMLElement feedback;
    private final HTMLElement button;
    private HTMLInputElement numberInput;

    private PredictionPanel(Learning learning, String labId, Question question, Consumer<String> reveal) {
        this.learning = learning;
        this.labId = labId;
        this.question = question;
        this.reveal = reveal;
        this.order = new QuizAttempt("predict:" + labId, labId.hashCode() & 0x7fffffffL, 0).order(question);
        box = Dom.el("div", "question-box predict-question");
        box.setAttribute("data-prediction", question.id());
        box.setAttribute("data-kind", question.kind().word());
        feedback = UiBits.live("feedback");
        feedback.setAttribute("id", "predict-feedback-" + question.id());
        button = UiBits.button("Check and show me", "primary");
    }

    /**
     * The "Predict first" section for lab {@code labId}, or null when the lab has no prediction
     * questions (or the content did not load). {@code reveal} shows a state ({@code a=1&b=2}) in the lab.
     */
    public static HTMLElement forLab(Learning learning, String labId, Consumer<String> reveal) {
        CompiledLabText text = CompiledLabText.find(labId);
        if (learning == null || text == null || text.predictions().isEmpty()) {
            return null;
        }
        HTMLElement section = Dom.el("section", "lab-predict");
        section.setAttribute("data-lab-predict", "true");
        section.setAttribute("aria-labelledby", "predict-heading-" + labId);
        HTMLElement heading = Dom.text("h2", null, "Predict first");
        heading.setAttribute("id", "predict-heading-" + labId);
        section.appendChild(heading);
        section.appendChild(Dom.text("p", "kbd-hint", "Answer before you look: the lab then shows the state that "
                + "answers it. Your first prediction is kept in your progress."));
        List<Question> questions = text.predictions();
        for (Question q : questions) {
            section.appendChild(new PredictionPanel(learning, labId, q, reveal).build());
        }
        return section;
    }

    private String key() {
        return labId + "/" + question.id();
    }

    private HTMLElement build() {
        String promptId = "predict-prompt-" + question.id();
        if (question.kind() == QuestionKind.NUMERIC) {
            HTMLElement prompt = UiBits.trusted("div", "prompt", question.prompt().text());
            prompt.setAttribute("id", promptId);
            box.appendChild(prompt);
            HTMLElement row = Dom.el("div", "answer-row");
            String inputId = "predict-answer-" + question.id();
            HTMLElement label = Dom.text("label", null, "Your prediction");
            label.setAttribute("for", inputId);
            row.appendChild(label);
            numberInput = UiBits.answerBox(inputId, promptId + " " + feedback.getAttribute("id"), this::onButton);
            numberInput.setAttribute("inputmode", "decimal");
            numberInput.setAttribute("data-predict-answer", "true");
            row.appendChild(numberInput);
            box.appendChild(row);
            box.appendChild(Dom.text("p", "kbd-hint", Tolerances.describe(question.answer())));
        } else {
            HTMLElement fieldset = Dom.el("fieldset");
            fieldset.appendChild(UiBits.trusted("legend", "prompt", question.prompt().text()));
            if (question.kind() == QuestionKind.MULTIPLE) {
                fieldset.appendChild(Dom.text("p", "kbd-hint", "Choose every option you expect."));
            }
            HTMLElement options = Dom.el("div", "options");
            String type = question.kind() == QuestionKind.MULTIPLE ? "checkbox" : "radio";
            for (int i = 0; i < shownCount(); i++) {
                options.appendChild(option(type, i));
            }
            fieldset.appendChild(options);
            box.appendChild(fieldset);
        }
        box.appendChild(feedback);
        HTMLElement actions = Dom.el("div", "card-controls");
        button.setAttribute("data-action", "predict");
        button.addEventListener("click", e -> onButton());
        actions.appendChild(button);
        box.appendChild(actions);
        PredictionRecord earlier = learning.store().progress().predictions().get(key());
        if (earlier != null) {
            showRecorded(earlier, false);
        }
        return box;
    }

    private int shownCount() {
        return question.kind() == QuestionKind.TRUEFALSE ? 2 : order.length;
    }

    /** The option shown at position {@code i}: the authored option {@code order[i]} (True, False for true/false). */
    private HTMLElement option(String type, int i) {
        HTMLElement label = Dom.el("label", "option");
        HTMLElement input = Dom.el("input");
        input.setAttribute("type", type);
        input.setAttribute("name", "predict-" + labId + "-" + question.id());
        input.setAttribute("value", String.valueOf(i));
        input.setAttribute("data-option", String.valueOf(i));
        label.appendChild(input);
        if (question.kind() == QuestionKind.TRUEFALSE) {
            label.appendChild(Dom.text("span", "option-text", i == 0 ? "True" : "False"));
        } else {
            label.appendChild(UiBits.trusted("span", "option-text", question.options().get(order[i]).text().text()));
        }
        return label;
    }

    private HTMLInputElement optionInput(int shown) {
        return (HTMLInputElement) box.querySelector("input[data-option='" + shown + "']");
    }

    private void onButton() {
        PredictionRecord earlier = learning.store().progress().predictions().get(key());
        if (earlier != null) {
            reveal.accept(question.reveal()); // predicted already: show the state again
            return;
        }
        String typed = typed();
        if (typed.isEmpty() && question.kind() != QuestionKind.NUMERIC) {
            showMalformed(question.kind() == QuestionKind.MULTIPLE ? "Choose at least one option, then check."
                    : "Choose an option, then check.");
            return;
        }
        Verdict v = learning.store().progress().recordPrediction(labId, question, typed, learning.now());
        if (!v.wellFormed()) {
            showMalformed(v.message());
            if (numberInput != null) {
                numberInput.focus();
            }
            return;
        }
        learning.store().save();
        showRecorded(learning.store().progress().predictions().get(key()), true);
        reveal.accept(question.reveal());
        button.focus();
    }

    /** The answer in the grader's notation, in the authored numbering: "2" (single), "a, c" (multiple), true/false, or the number typed. */
    private String typed() {
        if (question.kind() == QuestionKind.NUMERIC) {
            return numberInput.getValue();
        }
        StringBuilder sb = new StringBuilder();
        boolean[] authored = new boolean[question.kind() == QuestionKind.TRUEFALSE ? 2 : order.length];
        for (int i = 0; i < shownCount(); i++) {
            if (optionInput(i).isChecked()) {
                if (question.kind() == QuestionKind.TRUEFALSE) {
                    return i == 0 ? "true" : "false";
                }
                authored[order[i]] = true;
            }
        }
        for (int k = 0; k < authored.length; k++) {
            if (authored[k]) {
                if (question.kind() == QuestionKind.SINGLE) {
                    return String.valueOf(k + 1);
                }
                sb.append(sb.length() == 0 ? "" : ", ").append((char) ('a' + k));
            }
        }
        return sb.toString();
    }

    private void showMalformed(String message) {
        feedback.clear();
        feedback.setClassName("feedback malformed");
        feedback.setAttribute("data-verdict", "malformed");
        feedback.appendChild(Dom.text("p", "verdict", "⚠ " + message));
    }

    /**
     * Shows the kept (first) prediction in the inputs, locked, with its verdict, the right answer and
     * the explanation; the button then shows the state again.
     */
    private void showRecorded(PredictionRecord rec, boolean justNow) {
        if (numberInput != null) {
            numberInput.setValue(rec.given());
            numberInput.setDisabled(true);
        } else {
            for (int i = 0; i < shownCount(); i++) {
                HTMLInputElement input = optionInput(i);
                input.setChecked(givenPicks(rec.given(), i));
                input.setDisabled(true);
            }
        }
        box.setAttribute("data-predicted", rec.correct() ? "right" : "wrong");
        feedback.clear();
        feedback.setClassName("feedback " + (rec.correct() ? "right" : "wrong"));
        feedback.setAttribute("data-verdict", rec.correct() ? "right" : "wrong");
        String who = justNow ? "Your prediction" : "Your first prediction, kept in your progress,";
        feedback.appendChild(Dom.text("p", "verdict", rec.correct() ? "✓ " + who + " was right."
                : "✗ " + who + " was not what happens."));
        if (!rec.correct()) {
            HTMLElement p = Dom.el("p");
            p.appendChild(Dom.text("span", null, "What happens: "));
            p.appendChild(UiBits.trusted("span", null, QuizView.rightAnswerHtml(question)));
            feedback.appendChild(p);
        }
        feedback.appendChild(UiBits.trusted("div", "explanation", question.explanation().text()));
        feedback.appendChild(Dom.text("p", "kbd-hint", justNow ? "The lab now shows it." : "Show it in the lab "
                + "with the button."));
        button.setTextContent(justNow ? "Show it again" : "Show it in the lab");
        button.setAttribute("data-action", "reveal");
    }

    /** Whether the recorded answer {@code given} (authored numbering) picks the option shown at {@code shown}. */
    private boolean givenPicks(String given, int shown) {
        String g = given.trim().toLowerCase();
        if (question.kind() == QuestionKind.TRUEFALSE) {
            return (shown == 0) == (g.equals("true") || g.equals("yes"));
        }
        int authored = order[shown];
        if (question.kind() == QuestionKind.SINGLE) {
            return g.equals(String.valueOf(authored + 1)) || g.equals(String.valueOf((char) ('a' + authored)));
        }
        for (String tok : g.split("[,;\\s]+")) {
            if (tok.equals(String.valueOf((char) ('a' + authored)))) {
                return true;
            }
        }
        return false;
    }
}
