package dev.kappa.web.plot;

import dev.kappa.web.Dom;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * A plot as an image for slides: drawn at {@value #RATIO} device pixels per CSS pixel, in the light
 * palette (light background, dark ink) whatever the page's colour scheme, and saved as
 * {@code <file name>.png}. The light palette is the stylesheet's own ({@code :root}'s colours): the
 * dark scheme's colours apply only while the root element lacks {@value #INK_ATTRIBUTE}{@code ="light"},
 * which is set for the one drawing and removed before the plot is drawn for the screen again, all in
 * one task, so the page never shows it.
 */
public final class SlideImage {
    /** Device pixels per CSS pixel of the image: sharp on a projector or a 4K slide. */
    public static final double RATIO = 2;
    /** The attribute on the root element that holds the dark scheme's colours off while it is set. */
    static final String INK_ATTRIBUTE = "data-plot-ink";

    private SlideImage() {
    }

    /** Puts a "PNG for slides" button, saving {@code fileName}.png, beside the plot's "Download PNG". */
    public static void addTo(Plot plot, String fileName) {
        HTMLElement b = button(plot, fileName);
        HTMLElement png = plot.element().querySelector(".plot-png");
        if (png != null) {
            png.getParentNode().insertBefore(b, png.getNextSibling());
        } else {
            plot.addToCaption(b);
        }
    }

    private static HTMLElement button(Plot plot, String fileName) {
        HTMLElement b = Dom.text("button", "plot-png plot-slide", "PNG for slides");
        b.setAttribute("type", "button");
        b.setAttribute("data-slide-png", fileName + ".png");
        b.setAttribute("title", "Twice the screen's pixels, light background and dark ink, for slides");
        b.addEventListener("click", e -> {
            label(b, plot); // the plot's title may have changed with the state
            save(plot, fileName + ".png");
        });
        label(b, plot);
        return b;
    }

    private static void label(HTMLElement button, Plot plot) {
        button.setAttribute("aria-label", "Save “" + plot.canvas().getAttribute("aria-label")
                + "” as a PNG for slides (2×, light background)");
    }

    /** Draws {@code plot} for a slide and offers it as the download {@code name}. */
    static void save(Plot plot, String name) {
        HTMLElement root = Dom.document().getDocumentElement();
        root.setAttribute(INK_ATTRIBUTE, "light");
        try {
            plot.renderForExport(RATIO, () -> {
                try {
                    download(plot.canvas(), name);
                } finally {
                    root.removeAttribute(INK_ATTRIBUTE); // before the plot is drawn for the screen again
                }
            });
        } catch (RuntimeException e) {
            plot.setSummary("The image could not be saved: " + e.getMessage());
        } finally {
            if (root.hasAttribute(INK_ATTRIBUTE)) {
                root.removeAttribute(INK_ATTRIBUTE);
                plot.render();
            }
        }
    }

    /**
     * Offers the canvas as a PNG download. {@code toBlob} copies the pixels when it is called (the
     * encoding is asynchronous), so the caller may draw the screen's picture right after; a Blob,
     * unlike a data: URL, has no length limit.
     */
    @JSBody(params = {"canvas", "name"}, script = "canvas.toBlob(function (blob) { if (!blob) return;"
            + " var url = URL.createObjectURL(blob); var a = document.createElement('a');"
            + " a.href = url; a.download = name; a.style.display = 'none'; document.body.appendChild(a); a.click();"
            + " setTimeout(function () { URL.revokeObjectURL(url); if (a.parentNode) a.parentNode.removeChild(a); },"
            + " 60000); }, 'image/png');")
    private static native void download(HTMLCanvasElement canvas, String name);
}
