package dev.kappa.web.learn;

import dev.kappa.learn.Exercise;
import dev.kappa.learn.ExerciseGenerator;
import dev.kappa.learn.SeedRange;
import dev.kappa.web.Dom;
import dev.kappa.web.View;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * A printable exercise sheet ({@code #/sheet/<generator>?from=1&to=10}): the exercises of one
 * generator for a range of seeds, each with room to answer, then the answer key with the worked
 * solutions, which the print style (css/print.css) starts on a page of its own. Every exercise is
 * the one {@code #/exercise/<id>?seed=<n>} shows, so a student can check an answer online later.
 */
public final class SheetView implements View {
    private final ExerciseGenerator generator;
    private final SeedRange range;

    public SheetView(ExerciseGenerator generator, String from, String to) {
        this.generator = generator;
        this.range = SeedRange.parse(from, to);
    }

    @Override
    public String title() {
        return generator.title() + " — exercise sheet, seeds " + range.from() + "–" + range.to() + " — Kappa";
    }

    @Override
    public void mount(HTMLElement container) {
        HTMLElement root = Dom.el("section", "learn sheet-view");
        root.setAttribute("data-view", "sheet");
        root.setAttribute("data-exercise", generator.id());
        root.appendChild(Dom.focusableHeading("h1", generator.title()));
        if (range.note() != null) {
            root.appendChild(Dom.text("p", "notice info no-print", "ℹ " + range.note()));
        }
        root.appendChild(Dom.text("p", "sheet-meta", "Exercise sheet · " + range.count() + " exercises (seeds "
                + range.from() + " to " + range.to() + ") · Name: ______________________"));
        HTMLElement actions = Dom.el("div", "card-controls no-print");
        HTMLElement print = UiBits.button("Print the sheet and its answer key", "primary");
        print.setAttribute("data-action", "print");
        print.addEventListener("click", e -> printPage());
        actions.appendChild(print);
        actions.appendChild(Dom.link("#/exercise/" + generator.id() + "?seed=" + range.from(), "Try them on screen"));
        root.appendChild(actions);
        root.appendChild(Dom.text("p", "kbd-hint no-print", "The answer key prints on its own page after the "
                + "exercises; change from= and to= in the address for other seeds (at most " + SeedRange.MAX_COUNT
                + " at a time)."));

        HTMLElement list = Dom.el("ol", "sheet-exercises");
        HTMLElement key = Dom.el("ol", "sheet-answers");
        for (long seed = range.from(); seed <= range.to(); seed++) {
            Exercise x = generator.generate(seed);
            HTMLElement item = Dom.el("li", "sheet-item");
            item.setAttribute("data-seed", String.valueOf(seed));
            item.appendChild(Dom.text("p", "sheet-seed", "Seed " + seed));
            item.appendChild(UiBits.trusted("div", "prompt", x.prompt().html()));
            String[] options = x.options();
            if (options.length > 0) {
                HTMLElement choices = Dom.el("ul", "sheet-options");
                for (int i = 0; i < options.length; i++) {
                    choices.appendChild(Dom.text("li", null, "☐ " + (char) ('a' + i) + ") " + options[i]));
                }
                item.appendChild(choices);
            } else {
                item.appendChild(Dom.text("p", "sheet-answer-line", "Answer: "));
            }
            list.appendChild(item);

            HTMLElement answer = Dom.el("li", "sheet-item");
            answer.setAttribute("data-seed", String.valueOf(seed));
            answer.appendChild(Dom.text("p", "sheet-key-answer", "Seed " + seed + ": " + x.answer().describe()));
            answer.appendChild(UiBits.trusted("div", "explanation", x.solution().html()));
            key.appendChild(answer);
        }
        root.appendChild(list);
        HTMLElement keySection = Dom.el("section", "answer-key");
        keySection.setAttribute("data-answer-key", "true");
        keySection.appendChild(Dom.text("h2", null, "Answer key: " + generator.title()));
        keySection.appendChild(key);
        root.appendChild(keySection);
        container.appendChild(root);
    }

    @JSBody(script = "window.print();")
    private static native void printPage();
}
