package dev.kappa.learn;

import java.util.Collections;
import java.util.List;

/**
 * The words of one lab page, from {@code content/labs/<id>.md}: a one-paragraph lede, the rule behind the picture (usually display maths), the
 * "what to try" items and the explanation paragraphs. Every {@link SourceText} is authored text
 * (TeX between dollars) that the build turns into HTML with MathML. The title is not here: it is
 * declared once with the lab ({@code dev.kappa.lab.LabDeclaration}).
 */
public final class LabText {
    private final String id;
    private final String file;
    private final SourceText lede;
    private final SourceText rule;
    private final List<SourceText> tryItems;
    private final List<SourceText> explanation;
    private final List<Question> predictions;

    public LabText(String id, String file, SourceText lede, SourceText rule, List<SourceText> tryItems,
            List<SourceText> explanation) {
        this(id, file, lede, rule, tryItems, explanation, Collections.<Question>emptyList());
    }

    public LabText(String id, String file, SourceText lede, SourceText rule, List<SourceText> tryItems,
            List<SourceText> explanation, List<Question> predictions) {
        this.predictions = Collections.unmodifiableList(predictions);
        this.id = id;
        this.file = file;
        this.lede = lede;
        this.rule = rule;
        this.tryItems = Collections.unmodifiableList(tryItems);
        this.explanation = Collections.unmodifiableList(explanation);
    }

    /** The lab id, from the file name: the {@code <id>} in {@code #/lab/<id>}. */
    public String id() {
        return id;
    }

    /** The file name it was parsed from, for error messages. */
    public String file() {
        return file;
    }

    public SourceText lede() {
        return lede;
    }

    public SourceText rule() {
        return rule;
    }

    /** One entry per "what to try" item, in order. */
    public List<SourceText> tryItems() {
        return tryItems;
    }

    /** One entry per paragraph, in order. */
    public List<SourceText> explanation() {
        return explanation;
    }

    /**
     * "Predict, then reveal": questions the learner answers before the lab shows the answer (each
     * with its {@link Question#reveal()} state); the answers are kept in progress
     * ({@link Progress#recordPrediction}).
     */
    public List<Question> predictions() {
        return predictions;
    }
}
