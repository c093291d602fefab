package dev.kappa.web.lab;

import dev.kappa.lab.CsvImport;
import dev.kappa.lab.NumberText;
import dev.kappa.lab.Param;
import dev.kappa.lab.ParamSet;
import dev.kappa.lab.PointData;
import dev.kappa.web.Dom;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * The control of one {@link Param}: a slider with a number box for numbers (the slider moves in
 * log10 for log-scale parameters, and the value snaps as the parameter declares), a select showing
 * the declared choice labels, a checkbox for flags, a text box for text; a parameter holding data
 * points also takes pasted or dropped CSV through its {@link Param#csvImport} (two columns x, y by default,
 * {@link PointData#fromCsv}; refused input changes nothing and says why). Each
 * has a visible label tied to its input, and all are native inputs, so they work with the keyboard.
 */
final class Control {
    /** What a control changes. */
    interface Host {
        void setParam(String name, double value);

        void setChoice(String name, String value);

        void setText(String name, String value);

        ParamSet values();
    }

    /** Receives a dropped or chosen file's text, or an error. */
    @JSFunctor
    interface TextReceiver extends JSObject {
        void receive(String text, String error);
    }

    /** Largest CSV file read (200 points need far less). */
    private static final int MAX_CSV_BYTES = 200_000;

    private final Param param;
    private final HTMLElement root;
    private HTMLInputElement slider;
    private HTMLInputElement box;
    private HTMLSelectElement select;
    private HTMLInputElement check;

    Control(Param p, String labId, Host host) {
        this.param = p;
        String id = "p-" + labId + "-" + p.name();
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
                    HTMLElement o = Dom.text("option", null, p.choiceLabel(c));
                    o.setAttribute("value", c);
                    select.appendChild(o);
                }
                select.addEventListener("change", e -> host.setChoice(p.name(), select.getValue()));
                root.appendChild(select);
                break;
            }
            case FLAG: {
                check = (HTMLInputElement) Dom.el("input");
                check.setType("checkbox");
                check.setAttribute("id", id);
                check.addEventListener("change", e -> host.setParam(p.name(), check.isChecked() ? 1 : 0));
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
                box.addEventListener("change", e -> host.setText(p.name(), box.getValue()));
                root.appendChild(box);
                if (p.csvImport() != null) {
                    root.appendChild(csvBox(id, host, p.csvImport()));
                }
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
                    slider.setAttribute("step", fmt(p.step()));
                }
                slider.addEventListener("input", e -> {
                    double v = parse(slider.getValue());
                    if (!Double.isNaN(v)) {
                        // the parameter snaps the value (a log slider to 3 significant digits)
                        host.setParam(p.name(), p.logScale() ? Math.pow(10, v) : v);
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
                        sync(host.values());
                    } else {
                        host.setParam(p.name(), v);
                    }
                });
                row.appendChild(slider);
                row.appendChild(box);
                root.appendChild(row);
            }
        }
    }

    /** "Paste CSV" under a points parameter: a text area (paste or drop a file) and a button that uses it. */
    private HTMLElement csvBox(String id, Host host, CsvImport importer) {
        HTMLElement details = Dom.el("details", "csv-input");
        details.appendChild(Dom.text("summary", null, "Paste or drop CSV data"));
        HTMLElement hint = Dom.text("label", "csv-hint", importer.hint());
        hint.setAttribute("for", id + "-csv");
        details.appendChild(hint);
        HTMLElement area = Dom.el("textarea", "csv-text mono");
        area.setAttribute("id", id + "-csv");
        area.setAttribute("rows", "5");
        area.setAttribute("spellcheck", "false");
        area.setAttribute("data-csv", param.name());
        details.appendChild(area);
        HTMLElement use = Dom.text("button", null, "Use these points");
        use.setAttribute("type", "button");
        use.setAttribute("data-csv-apply", param.name());
        HTMLElement file = Dom.el("input");
        file.setAttribute("type", "file");
        file.setAttribute("accept", ".csv,.txt,text/csv,text/plain");
        file.setAttribute("aria-label", "Choose a CSV file");
        HTMLElement status = Dom.el("p", "csv-status");
        status.setAttribute("role", "status");
        status.setAttribute("data-csv-status", param.name());
        HTMLElement row = Dom.el("div", "csv-row");
        row.appendChild(use);
        row.appendChild(file);
        details.appendChild(row);
        details.appendChild(status);
        use.addEventListener("click", e -> applyCsv(importer, ((HTMLInputElement) area).getValue(), status, host));
        file.addEventListener("change", e -> readFile(file, MAX_CSV_BYTES, (text, error) -> {
            if (error != null) {
                status.setTextContent("The file could not be used: " + error + ".");
                return;
            }
            ((HTMLInputElement) area).setValue(text);
            applyCsv(importer, text, status, host);
        }));
        area.addEventListener("drop", e -> {
            e.preventDefault();
            readDropped(e, MAX_CSV_BYTES, (text, error) -> {
                if (error != null) {
                    status.setTextContent("The file could not be used: " + error + ".");
                    return;
                }
                ((HTMLInputElement) area).setValue(text);
                applyCsv(importer, text, status, host);
            });
        });
        return details;
    }

    private void applyCsv(CsvImport importer, String text, HTMLElement status, Host host) {
        CsvImport.Result r = importer.read(text);
        for (java.util.Map.Entry<String, String> e : r.changes().entrySet()) {
            host.setText(e.getKey(), e.getValue());
        }
        status.setTextContent(r.message());
    }

    @JSBody(params = {"input", "maxBytes", "receiver"}, script = "var f = input.files && input.files[0];"
            + " if (!f) { receiver(null, 'no file was chosen'); return; }"
            + " if (f.size > maxBytes) { receiver(null, 'it is ' + f.size + ' bytes, more than a small data file'); return; }"
            + " var r = new FileReader(); r.onload = function () { receiver(String(r.result), null); };"
            + " r.onerror = function () { receiver(null, 'the browser could not read it'); }; r.readAsText(f);")
    private static native void readFile(HTMLElement input, int maxBytes, TextReceiver receiver);

    @JSBody(params = {"e", "maxBytes", "receiver"}, script = "var f = e.dataTransfer && e.dataTransfer.files"
            + " && e.dataTransfer.files[0]; if (!f) { var t = e.dataTransfer ? e.dataTransfer.getData('text') : '';"
            + " receiver(t || '', null); return; }"
            + " if (f.size > maxBytes) { receiver(null, 'it is ' + f.size + ' bytes, more than a small data file'); return; }"
            + " var r = new FileReader(); r.onload = function () { receiver(String(r.result), null); };"
            + " r.onerror = function () { receiver(null, 'the browser could not read it'); }; r.readAsText(f);")
    private static native void readDropped(JSObject e, int maxBytes, TextReceiver receiver);

    HTMLElement element() {
        return root;
    }

    Param param() {
        return param;
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
                String text = NumberText.exact(v);
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
