package dev.kappa.web.lab;

import dev.kappa.lab.NumberText;
import dev.kappa.lab.Param;
import dev.kappa.lab.ParamSet;
import dev.kappa.web.Dom;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * The control of one {@link Param}: a slider with a number box for numbers (the slider moves in
 * log10 for log-scale parameters), a select for choices, a checkbox for flags. Each has a visible
 * label tied to its input, and all are native inputs, so they work with the keyboard.
 */
final class Control {
    private final Param param;
    private final HTMLElement root;
    private HTMLInputElement slider;
    private HTMLInputElement box;
    private HTMLSelectElement select;
    private HTMLInputElement check;

    Control(Param p, Lab lab, LabView view) {
        this.param = p;
        String id = "p-" + lab.id() + "-" + p.name();
        root = Dom.el("div", "control control-" + p.kind().name().toLowerCase());
        root.setAttribute("data-param", p.name());
        HTMLElement label = Dom.text("label", null, p.label());
        switch (p.kind()) {
            case CHOICE: {
                label.setAttribute("for", id);
                root.appendChild(label);
                select = (HTMLSelectElement) Dom.el("select");
                select.setAttribute("id", id);
                for (String c : p.choices()) {
                    HTMLElement o = Dom.text("option", null, lab.choiceLabel(p.name(), c));
                    o.setAttribute("value", c);
                    select.appendChild(o);
                }
                select.addEventListener("change", e -> view.setChoice(p.name(), select.getValue()));
                root.appendChild(select);
                break;
            }
            case FLAG: {
                check = (HTMLInputElement) Dom.el("input");
                check.setType("checkbox");
                check.setAttribute("id", id);
                check.addEventListener("change", e -> view.setParam(p.name(), check.isChecked() ? 1 : 0));
                label.setAttribute("for", id);
                root.appendChild(check);
                root.appendChild(label);
                break;
            }
            case TEXT: {
                // Free text (a lab's own data points): applied on change, the model reports bad parts as notes.
                label.setAttribute("for", id);
                root.appendChild(label);
                box = (HTMLInputElement) Dom.el("input");
                box.setType("text");
                box.setAttribute("id", id);
                box.setAttribute("maxlength", String.valueOf((int) p.max()));
                box.setAttribute("spellcheck", "false");
                box.addEventListener("change", e -> view.setText(p.name(), box.getValue()));
                root.appendChild(box);
                break;
            }
            default: {
                label.setAttribute("for", id);
                root.appendChild(label);
                HTMLElement row = Dom.el("div", "control-row");
                slider = (HTMLInputElement) Dom.el("input");
                slider.setType("range");
                slider.setAttribute("id", id);
                if (p.logScale()) {
                    slider.setAttribute("min", fmt(log10(p.min())));
                    slider.setAttribute("max", fmt(log10(p.max())));
                    slider.setAttribute("step", "0.01");
                } else {
                    slider.setAttribute("min", fmt(p.min()));
                    slider.setAttribute("max", fmt(p.max()));
                    slider.setAttribute("step", p.step() > 0 ? fmt(p.step()) : "any");
                }
                slider.addEventListener("input", e -> {
                    double v = parse(slider.getValue());
                    if (!Double.isNaN(v)) {
                        view.setParam(p.name(), p.logScale() ? Math.pow(10, v) : v);
                    }
                });
                box = (HTMLInputElement) Dom.el("input");
                box.setType("number");
                box.setAttribute("aria-label", p.label() + " (number)");
                box.setAttribute("min", fmt(p.min()));
                box.setAttribute("max", fmt(p.max()));
                box.setAttribute("step", p.step() > 0 && !p.logScale() ? fmt(p.step()) : "any");
                box.setAttribute("inputmode", "decimal");
                box.addEventListener("change", e -> {
                    double v = parse(box.getValue());
                    if (Double.isNaN(v)) {
                        sync(view.values());
                    } else {
                        view.setParam(p.name(), v);
                    }
                });
                row.appendChild(slider);
                row.appendChild(box);
                root.appendChild(row);
            }
        }
    }

    HTMLElement element() {
        return root;
    }

    /** Shows the current value without firing events. */
    void sync(ParamSet values) {
        switch (param.kind()) {
            case CHOICE:
                select.setValue(values.choice(param.name()));
                break;
            case FLAG:
                check.setChecked(values.flag(param.name()));
                break;
            case TEXT: {
                String t = values.text(param.name());
                if (!t.equals(box.getValue())) {
                    box.setValue(t);
                }
                break;
            }
            default: {
                double v = values.number(param.name());
                slider.setValue(fmt(param.logScale() ? log10(v) : v));
                String text = NumberText.format(v, 6);
                if (!text.equals(box.getValue())) {
                    box.setValue(text);
                }
            }
        }
    }

    private static double log10(double v) {
        return Math.log(v) / Math.log(10);
    }

    private static String fmt(double v) {
        return NumberText.format(v, 10);
    }

    private static double parse(String s) {
        if (s == null || s.isEmpty()) {
            return Double.NaN;
        }
        try {
            double v = Double.parseDouble(s.trim());
            return Double.isFinite(v) ? v : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

}
