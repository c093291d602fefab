package dev.kappa.web.learn;

import dev.kappa.learn.TeacherNotes;
import dev.kappa.web.Dom;
import java.util.function.Predicate;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.events.MouseEvent;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The teacher notes of a lab ({@code content/teacher/<lab-id>.md}, compiled into the content scripts) as a
 * collapsed "For teachers" section of the lab page: learning goals, the ten-minute script, the
 * presets to show and the misconceptions to expect. Each preset is a link with the preset's exact
 * address; a plain click shows it in the lab on the page (no reload, the notes stay open), while a
 * new tab or a copied link gets the address as it is. Plain text throughout (no innerHTML).
 */
public final class TeacherNotesPanel {
    private TeacherNotesPanel() {
    }

    /**
     * The section for lab {@code labId}, or null when it has no notes (or the content did not load).
     * {@code show} applies an address of this lab in place and says whether it did.
     */
    public static HTMLElement forLab(String labId, Predicate<String> show) {
        TeacherNotes notes = CompiledTeacherNotes.find(labId);
        if (notes == null) {
            return null;
        }
        HTMLElement details = Dom.el("details", "lab-teacher");
        details.setAttribute("data-lab-teacher", "true");
        details.appendChild(Dom.text("summary", null, "For teachers: goals, a 10-minute script, presets to show, "
                + "misconceptions"));
        HTMLElement body = Dom.el("div", "lab-teacher-body");
        body.appendChild(Dom.text("h3", null, "Learning goals"));
        body.appendChild(list("ul", notes.goals(), "goals"));
        body.appendChild(Dom.text("h3", null, "A " + TeacherNotes.SCRIPT_MINUTES + "-minute classroom script"));
        HTMLElement script = Dom.el("ol", "lab-teacher-script");
        script.setAttribute("data-teacher", "script");
        for (TeacherNotes.Step s : notes.script()) {
            HTMLElement li = Dom.el("li");
            li.appendChild(Dom.text("strong", null, s.from() + "–" + s.to() + " min: "));
            li.appendChild(Dom.document().createTextNode(s.text()));
            script.appendChild(li);
        }
        body.appendChild(script);
        body.appendChild(Dom.text("h3", null, "Presets to show"));
        HTMLElement presets = Dom.el("ul");
        presets.setAttribute("data-teacher", "presets");
        for (TeacherNotes.PresetLink p : notes.presets()) {
            HTMLElement li = Dom.el("li");
            HTMLElement a = Dom.link(p.route(), p.label());
            a.setAttribute("data-teacher-preset", p.route());
            a.addEventListener("click", e -> {
                MouseEvent m = (MouseEvent) e;
                boolean plain = m.getButton() == 0 && !m.getCtrlKey() && !m.getMetaKey() && !m.getShiftKey()
                        && !m.getAltKey();
                if (plain && show.test(p.route())) {
                    e.preventDefault();
                    showPicture(); // the notes sit under the words; the preset shows in the picture above
                }
            });
            li.appendChild(a);
            li.appendChild(Dom.document().createTextNode(": " + p.why()));
            presets.appendChild(li);
        }
        body.appendChild(presets);
        body.appendChild(Dom.text("h3", null, "Misconceptions to expect"));
        body.appendChild(list("ul", notes.misconceptions(), "misconceptions"));
        details.appendChild(body);
        return details;
    }

    /** Scrolls the lab's first picture to the top of the screen. */
    @JSBody(script = "try { var c = document.querySelector('[data-view=lab] [data-plot]:not([hidden]) canvas');"
            + " if (c) { window.scrollBy(0, c.getBoundingClientRect().top - 8); } } catch (e) {}")
    private static native void showPicture();

    private static HTMLElement list(String tag, java.util.List<String> items, String what) {
        HTMLElement l = Dom.el(tag);
        l.setAttribute("data-teacher", what);
        for (String s : items) {
            l.appendChild(Dom.text("li", null, s));
        }
        return l;
    }
}
