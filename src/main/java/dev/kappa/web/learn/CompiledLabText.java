package dev.kappa.web.learn;

import dev.kappa.learn.Question;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.teavm.jso.JSObject;

/**
 * The words of one lab page as compiled at build time into {@code content/en/} (the index and this entry's own script)
 * ({@code self.KAPPA_CONTENT.labs}, from {@code content/labs/<id>.md} by
 * {@code dev.kappa.build.ContentCompiler}; the title is the lab's declaration's). Lede, rule, the "what to try"
 * items and the explanation paragraphs are <em>trusted HTML</em> (escaped prose and KaTeX MathML
 * made by the build), which the lab page sets as innerHTML. Nothing learner- or URL-supplied ever
 * goes through here.
 */
public final class CompiledLabText {
    private final String lede;
    private final String rule;
    private final List<String> tryItems;
    private final List<String> explanation;
    private final List<Question> predictions;

    private CompiledLabText(String lede, String rule, List<String> tryItems, List<String> explanation,
            List<Question> predictions) {
        this.predictions = Collections.unmodifiableList(predictions);
        this.lede = lede;
        this.rule = rule;
        this.tryItems = Collections.unmodifiableList(tryItems);
        this.explanation = Collections.unmodifiableList(explanation);
    }

    /**
     * The compiled words of lab {@code id}, or null when the content did not load, has another
     * format version, or has no complete entry for that lab; never throws.
     */
    public static CompiledLabText find(String id) {
        JSObject root = Js.content();
        if (root == null || Js.number(root, "version") != Content.FORMAT_VERSION) {
            return null;
        }
        for (int i = 0; i < Js.length(root, "labs"); i++) {
            JSObject lab = Js.objectAt(root, "labs", i);
            if (lab != null && id.equals(Js.string(lab, "id"))) {
                return read(lab);
            }
        }
        return null;
    }

    private static CompiledLabText read(JSObject lab) {
        String lede = Js.string(lab, "lede");
        String rule = Js.string(lab, "rule");
        List<String> tryItems = strings(lab, "try");
        List<String> explanation = strings(lab, "explanation");
        if (lede == null || rule == null || tryItems == null || explanation == null) {
            return null;
        }
        List<Question> predictions = new ArrayList<>();
        for (int i = 0; i < Js.length(lab, "predict"); i++) {
            Question q = Content.question(Js.objectAt(lab, "predict", i));
            if (q != null && q.reveal() != null) {
                predictions.add(q); // one that does not read is left out: the lab works without it
            }
        }
        return new CompiledLabText(lede, rule, tryItems, explanation, predictions);
    }

    /** The strings of an array field; null when any entry is not a string. */
    static List<String> strings(JSObject o, String key) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Js.length(o, key); i++) {
            String s = Js.stringAt(o, key, i);
            if (s == null) {
                return null;
            }
            out.add(s);
        }
        return out;
    }

    /** Trusted HTML. */
    public String lede() {
        return lede;
    }

    /** Trusted HTML, usually display maths. */
    public String rule() {
        return rule;
    }

    /** Trusted HTML, one entry per item. */
    public List<String> tryItems() {
        return tryItems;
    }

    /** Trusted HTML, one entry per paragraph. */
    public List<String> explanation() {
        return explanation;
    }

    /**
     * The lab's "predict, then reveal" questions, each with its {@link Question#reveal()} state; their
     * prompts, options and explanations are trusted HTML.
     */
    public List<Question> predictions() {
        return predictions;
    }
}
