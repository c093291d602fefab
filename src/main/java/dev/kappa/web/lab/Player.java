package dev.kappa.web.lab;

import dev.kappa.web.Browser;
import dev.kappa.web.Dom;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Play / step / reset for labs that show an iteration: which of the iterates 0..max are drawn.
 * After any parameter change everything is shown (the picture the URL describes); reset goes back
 * to the start, step reveals one more, play reveals them over time: {@value #STEP_MS} ms a step,
 * but a whole run takes at most {@value #LONGEST_MS} ms (5000 GD steps advance many per tick), so
 * every lab's iterations can be watched. With {@code prefers-reduced-motion: reduce} play does one
 * step per press instead of animating.
 */
public final class Player {
    private static final int STEP_MS = 350;
    private static final int LONGEST_MS = 6000;
    private static final int TICK_MS = 40;

    private final HTMLElement root;
    private final HTMLElement playButton;
    private final HTMLElement status;
    private final Runnable changed;
    private final boolean reducedMotion;
    private int max;
    private int shown;
    private boolean playing;
    private int timer = -1;

    Player(Runnable changed, boolean reducedMotion) {
        this.changed = changed;
        this.reducedMotion = reducedMotion;
        root = Dom.el("div", "player");
        root.setAttribute("role", "group");
        root.setAttribute("aria-label", "Iterations");
        playButton = button(reducedMotion ? "Play (step)" : "Play", "play", this::play);
        root.appendChild(playButton);
        root.appendChild(button("Step", "step", this::step));
        root.appendChild(button("Reset", "reset", this::reset));
        status = Dom.el("span", "player-status");
        status.setAttribute("data-player-status", "true");
        status.setAttribute("aria-live", "polite");
        root.appendChild(status);
        root.setHidden(true);
    }

    private static HTMLElement button(String text, String name, Runnable action) {
        HTMLElement b = Dom.text("button", null, text);
        b.setAttribute("type", "button");
        b.setAttribute("data-player", name);
        b.addEventListener("click", e -> action.run());
        return b;
    }

    HTMLElement element() {
        return root;
    }

    /** The number of iterations available (0 hides the player); a new count shows them all. */
    public void setMax(int max) {
        if (max != this.max) {
            this.max = max;
            this.shown = max;
            stop();
        }
        root.setHidden(max <= 0);
        showStatus();
    }

    private void showStatus() {
        String text = "showing " + Math.min(shown, max) + " of " + max + " steps";
        if (!text.equals(status.getTextContent())) {
            status.setTextContent(text);
        }
    }

    /** The last iteration to draw. */
    public int shown() {
        return Math.min(shown, max);
    }

    public boolean playing() {
        return playing;
    }

    /** Shows everything again (a parameter changed). */
    public void showAll() {
        shown = max;
        stop();
    }

    void step() {
        stop();
        if (shown < max) {
            shown++;
        }
        showStatus();
        changed.run();
    }

    void reset() {
        stop();
        shown = 0;
        showStatus();
        changed.run();
    }

    void play() {
        if (reducedMotion) {
            step();
            return;
        }
        if (playing) {
            stop();
            changed.run();
            return;
        }
        if (shown >= max) {
            shown = 0;
        }
        playing = true;
        playButton.setTextContent("Pause");
        showStatus();
        changed.run();
        tick();
    }

    /** Steps per tick and the tick's length: one step each {@value #STEP_MS} ms, or faster for long runs. */
    private void tick() {
        int perTick = 1;
        int delay = STEP_MS;
        if ((long) max * STEP_MS > LONGEST_MS) {
            delay = TICK_MS;
            perTick = (int) Math.max(1, Math.ceil((double) max * TICK_MS / LONGEST_MS));
        }
        int advance = perTick;
        timer = Window.setTimeout(() -> {
            timer = -1;
            if (!playing) {
                return;
            }
            shown += advance;
            if (shown >= max) {
                shown = max;
                stop();
            } else {
                tick();
            }
            showStatus();
            changed.run();
        }, delay);
    }

    void stop() {
        playing = false;
        if (timer >= 0) {
            Window.clearTimeout(timer);
            timer = -1;
        }
        playButton.setTextContent(reducedMotion ? "Play (step)" : "Play");
        showStatus();
    }

    static boolean prefersReducedMotion() {
        return Browser.mediaMatches("(prefers-reduced-motion: reduce)");
    }
}
