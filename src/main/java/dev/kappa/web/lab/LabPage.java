package dev.kappa.web.lab;

import dev.kappa.web.Dom;
import dev.kappa.web.plot.Plot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * What a {@link Lab} may put on its page: plots, readouts (a definition list), the update rule
 * with numbers substituted, a player for iterations, and parameter changes of its own (a dragged
 * start point). Owned by {@link LabView}.
 */
public final class LabPage {
    private final LabView view;
    private final HTMLElement figures;
    private final HTMLElement readoutList;
    private final HTMLElement rule;
    private final HTMLElement playerSlot;
    private final Map<String, HTMLElement> readouts = new LinkedHashMap<>();
    private final List<Plot> plots = new ArrayList<>();
    private Player player;

    LabPage(LabView view, HTMLElement figures, HTMLElement readoutList, HTMLElement rule, HTMLElement playerSlot) {
        this.view = view;
        this.figures = figures;
        this.readoutList = readoutList;
        this.rule = rule;
        this.playerSlot = playerSlot;
    }

    /** Adds a plot under the previous ones. */
    public Plot addPlot(String title, String fileName) {
        Plot p = new Plot(title, fileName);
        figures.appendChild(p.element());
        plots.add(p);
        return p;
    }

    /**
     * Appends an element (tables, notes) under the figures; appending it again moves it back to
     * the end, under plots added since.
     */
    public void addBlock(HTMLElement block) {
        figures.appendChild(block);
    }

    List<Plot> plots() {
        return plots;
    }

    /** Sets (creating on first use) the readout {@code key}: a term and its value. */
    public void readout(String key, String term, String value) {
        HTMLElement dd = readouts.get(key);
        if (dd == null) {
            HTMLElement dt = Dom.text("dt", null, term);
            dd = Dom.el("dd");
            dd.setAttribute("data-readout", key);
            readoutList.appendChild(dt);
            readoutList.appendChild(dd);
            readouts.put(key, dd);
        } else {
            HTMLElement dt = (HTMLElement) dd.getPreviousSibling();
            if (!term.equals(dt.getTextContent())) {
                dt.setTextContent(term);
            }
        }
        dd.removeAttribute("data-stale");
        if (!value.equals(dd.getTextContent())) {
            dd.setTextContent(value);
        }
    }

    /** Removes readouts not set since {@link #beginReadouts()} (e.g. per-direction rows that went away). */
    public void beginReadouts() {
        for (HTMLElement dd : readouts.values()) {
            dd.setAttribute("data-stale", "true");
        }
    }

    public void endReadouts() {
        List<String> gone = new ArrayList<>();
        for (Map.Entry<String, HTMLElement> e : readouts.entrySet()) {
            HTMLElement dd = e.getValue();
            if ("true".equals(dd.getAttribute("data-stale"))) {
                gone.add(e.getKey());
            }
        }
        for (String key : gone) {
            HTMLElement dd = readouts.remove(key);
            readoutList.removeChild(dd.getPreviousSibling());
            readoutList.removeChild(dd);
        }
    }

    /**
     * The current step of the rule with its numbers substituted (plain text, shown under the
     * rule's maths from the lab's text file); empty hides it.
     */
    public void rule(String text) {
        if (!text.equals(rule.getTextContent())) {
            rule.setTextContent(text);
            rule.setHidden(text.isEmpty());
            if (!text.isEmpty()) {
                ((HTMLElement) rule.getParentNode()).setHidden(false); // shown even without the compiled maths
            }
        }
    }

    /** Play / step / reset controls, created on first use. */
    public Player player() {
        if (player == null) {
            player = new Player(view::requestUpdate, Player.prefersReducedMotion());
            playerSlot.appendChild(player.element());
        }
        return player;
    }

    boolean hasPlayer() {
        return player != null;
    }

    /** Sets a parameter from inside the lab (a drag), updating its control and the URL. */
    public void setParam(String name, double value) {
        view.setParam(name, value);
    }

    /** Sets a text parameter from inside the lab (edited data points), updating its control and the URL. */
    public void setText(String name, String value) {
        view.setText(name, value);
    }

    /** Asks for an update in the next animation frame. */
    public void requestUpdate() {
        view.requestUpdate();
    }
}
