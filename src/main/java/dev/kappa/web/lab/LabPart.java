package dev.kappa.web.lab;

import org.teavm.jso.dom.html.HTMLElement;

/**
 * Something the app adds to a lab page beside the lab's own picture, controls and words (a
 * "Predict first" box, the teacher notes): built by {@link LabView} when it mounts, placed where
 * {@link #place()} says. The lab framework knows nothing of what a part shows; a part changes the
 * lab only through {@link LabView}'s public methods (as a preset click would).
 */
public interface LabPart {
    /** Where a part goes on the page. */
    enum Place {
        /**
         * Before the picture: first in the page's single column on a phone, above the controls in
         * the side column on a wide screen.
         */
        BEFORE_PICTURE,
        /** After the lab's words ("what to try", the explanation); never in a compact embed. */
        AFTER_WORDS
    }

    /** Builds the part's element for this page. */
    interface Builder {
        /** The element, or null when the part has nothing to show on this page (e.g. in an embed). */
        HTMLElement build(LabView lab);
    }

    Place place();

    /** The part's element for {@code lab}, or null when it has nothing to show there. */
    HTMLElement build(LabView lab);

    static LabPart of(Place place, Builder builder) {
        return new LabPart() {
            @Override
            public Place place() {
                return place;
            }

            @Override
            public HTMLElement build(LabView lab) {
                return builder.build(lab);
            }
        };
    }
}
