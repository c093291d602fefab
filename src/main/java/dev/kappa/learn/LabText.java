package dev.kappa.learn;

import java.util.Collections;
import java.util.List;

/**
 * The words of one lab page, from {@code content/labs/<id>.md}: a plain-text title (it is also the
 * document title), a one-paragraph lede, the rule behind the picture (usually display maths), the
 * "what to try" items and the explanation paragraphs. Every {@link SourceText} is authored text
 * (TeX between dollars) that the build turns into HTML with MathML.
 */
public final class LabText {
    private final String id;
    private final String file;
    private final String title;
    private final SourceText lede;
    private final SourceText rule;
    private final List<SourceText> tryItems;
    private final List<SourceText> explanation;
    private final List<Question> predictions;

    public LabText(String id, String file, String title, SourceText lede, SourceText rule, List<SourceText> tryItems,
            List<SourceText> explanation) {
        this(id, file, title, lede, rule, tryItems, explanation, Collections.<Question>emptyList());
    }

    public LabText(String id, String file, String title, SourceText lede, SourceText rule, List<SourceText> tryItems,
            List<SourceText> explanation, List<Question> predictions) {
        this.predictions = Collections.unmodifiableList(predictions);
        this.id = id;
        this.file = file;
        this.title = title;
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

    /** Plain text, no maths markup. */
    public String title() {
        return title;
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
